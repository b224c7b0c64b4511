// Escaping, self-containment and language of the rendered page, and the tree layout.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../engine/config/schema.ts';
import { lintWorkspace } from '../../engine/lint/runner.ts';
import { documentFromText } from '../../engine/parse/from-bytes.ts';
import { WorkspaceIndex } from '../../engine/workspace/index.ts';
import { escapeHtml, html, raw, truncate } from '../../cli/report/html.ts';
import { layoutTree } from '../../cli/report/layout.ts';
import { buildReportModel } from '../../cli/report/model.ts';
import { formatDate } from '../../cli/report/i18n.ts';
import { renderReport, twoLines } from '../../cli/report/render.ts';
import { summarySentences } from '../../cli/report/summary.ts';
import { allRules } from '../../rules/index.ts';

const HOSTILE_TITLE = 'Politik <script>alert(1)</script> "onerror="alert(2)';
const HOSTILE_GOAL = 'M1 Mål "onerror="alert(3)" <img src=x onerror=alert(4)> & </td></table><script>alert(5)</script>';

const files: Record<string, string> = {
  'politik.md': [
    '---',
    'id: pol',
    'type: policy',
    `title: '${HOSTILE_TITLE}'`,
    'owner: "<b>Udvalget</b>"',
    'review: 2026-01-01',
    '---',
    '',
    '## Goals',
    '',
    `### ${HOSTILE_GOAL}`,
    'The share rises from 40 % to 60 % by 31 December 2027.',
    '',
    '- Owner: <svg onload=alert(6)>',
    '- Deadline: 2027-12-31',
    '',
  ].join('\n'),
  'sl.md': ['---', 'id: sl"><script>alert(7)</script>', 'type: service-level', 'title: SL', 'owner: Unit', 'parent: pol', 'implements: [M1]', 'review: 2027-01-01', '---', ''].join('\n'),
};

function reportModel(lang: 'da' | 'en', input: Record<string, string> = files) {
  const config = resolveConfig({}, '/workspace');
  const workspace = new WorkspaceIndex(Object.entries(input).map(([path, text]) => documentFromText(path, text, config)));
  const diagnostics = lintWorkspace(workspace, { config, rules: allRules, today: '2026-11-23' });
  return buildReportModel({ workspace, diagnostics, config, rules: allRules, today: '2026-11-23', lang });
}

function page(lang: 'da' | 'en' = 'en', input: Record<string, string> = files): string {
  return renderReport(reportModel(lang, input), { version: '9.9.9' });
}

/** The page's visible text, roughly: tags dropped (SVG tooltips too), entities of the test's text decoded, white space squashed. */
function text(out: string): string {
  return out
    .replace(/<style>[\s\S]*?<\/style>|<title>[\s\S]*?<\/title>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('escaping', () => {
  it('escapes text for content and attributes, and drops characters HTML cannot carry', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\`</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
    expect(escapeHtml('a\u0000b\u0007c\ud800d')).toBe('a\ufffdb\ufffdc\ufffdd');
    expect(escapeHtml('😀 æøå')).toBe('😀 æøå');
  });

  it('interpolates text escaped and only govlint markup raw', () => {
    const text = '<script>"x"</script>';
    expect(html`<p title="${text}">${text}${raw('<br>')}${[text, 1]}</p>`.value).toBe(
      '<p title="&quot;x&quot;">'.replace('&quot;x&quot;', '&lt;script&gt;&quot;x&quot;&lt;/script&gt;') +
        '&lt;script&gt;&quot;x&quot;&lt;/script&gt;<br>&lt;script&gt;&quot;x&quot;&lt;/script&gt;1</p>',
    );
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });

  it('never lets document text (titles, goals, owners, ids) become markup', () => {
    const out = page();
    // The only markup is govlint's own: no script element, no injected element or handler.
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<img/i);
    expect(out).not.toMatch(/<svg onload/i);
    expect(out).not.toMatch(/<b>Udvalget/);
    // Every `<` in the page opens govlint's own tag (document text has its `<` escaped), so the tags
    // can be read exactly: none carries an event handler or a source.
    const tags = out.match(/<[a-zA-Z][^>]*>/g)!;
    expect(tags.filter((tag) => /\son[a-z]+\s*=|\ssrc\s*=/i.test(tag))).toEqual([]);
    // The text itself is there, escaped.
    expect(out).toContain('Politik &lt;script&gt;alert(1)&lt;/script&gt; &quot;onerror=&quot;alert(2)');
    expect(out).toContain('Mål &quot;onerror=&quot;alert(3)&quot; &lt;img src=x onerror=alert(4)&gt; &amp; &lt;/td&gt;&lt;/table&gt;&lt;script&gt;alert(5)&lt;/script&gt;');
    expect(out).toContain('&lt;svg onload=alert(6)&gt;');
    expect(out).toContain('sl&quot;&gt;&lt;script&gt;alert(7)&lt;/script&gt;');
  });
});

describe('self-contained page', () => {
  it('references nothing outside the file and forbids it with a Content-Security-Policy', () => {
    const out = page();
    expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:`);
    expect(out).not.toMatch(/<script|<link rel="stylesheet"|<iframe|<object|<embed|@import|url\(/i);
    // The SVG namespace is a name, not a request; no other absolute URL appears.
    const urls = out.match(/(https?:)?\/\/[^\s"'<)]+/g) ?? [];
    expect(urls.filter((url) => url !== 'http://www.w3.org/2000/svg')).toEqual([]);
    expect((out.match(/<[a-zA-Z][^>]*>/g) ?? []).filter((tag) => /\s(src|href)\s*=\s*"(?!#|data:)/i.test(tag))).toEqual([]);
  });

  it('is accessible and printable: language, headings, table headers, SVG title and description, print CSS', () => {
    const out = page();
    expect(out).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(out.match(/<h1>/g)).toHaveLength(1);
    expect(out.match(/<h2 id="[a-z]+-h">/g)!.length).toBeGreaterThanOrEqual(6);
    expect(out).toMatch(/<svg class="tree" role="img" aria-labelledby="tree-title tree-desc"/);
    expect(out).toMatch(/<title id="tree-title">The document hierarchy<\/title>/);
    expect(out).toContain('<th scope="col">');
    expect(out).toContain('@media print');
  });

  it('speaks the language asked for', () => {
    const da = page('da');
    expect(da).toMatch(/<html lang="da">/);
    expect(da).toContain('<h2 id="trace-h">Sporbarhed: fra politikkens mål til praksis</h2>');
    expect(da).toContain('Revision af dokumentet');
    const en = page('en');
    expect(en).toContain('<h2 id="trace-h">Traceability: from policy goals to practice</h2>');
    expect(en).toContain('Review of the document');
  });

  it('is deterministic', () => {
    expect(page()).toBe(page());
  });
});

describe('for readers on paper', () => {
  const municipal: Record<string, string> = {
    'politik.md': [
      '---',
      'id: pol',
      'type: politik',
      'titel: Sammenhængende børne- og ungepolitik',
      'ansvarlig: Udvalget',
      'revision: 2028-03-12',
      '---',
      '',
      '# Sammenhængende børne- og ungepolitik',
      '',
      '## Mål',
      '',
      '### M1 Flere gennemfører skolen',
      '',
      'Andelen af anbragte børn, der afslutter 9. klasse, stiger fra 52 % i 2024 til 65 % senest 31. december 2027.',
      '',
      '- Ansvarlig: Skolechefen',
      '- Frist: 2027-12-31',
      '',
      '### M2 Vi vil styrke trivslen',
      '',
      'Vi vil styrke trivslen blandt børn og unge.',
      '',
      '- Ansvarlig: Skolechefen',
      '- Frist: 12. marts 2025',
      '',
    ].join('\n'),
  };

  it('writes dates the Danish way in Danish reports and the English way in English ones', () => {
    expect(formatDate('2025-03-12', 'da')).toBe('12. marts 2025');
    expect(formatDate('2025-03-12', 'en')).toBe('12 March 2025');
    expect(formatDate('2027-12-01', 'da')).toBe('1. december 2027');
    expect(formatDate('snarest', 'da')).toBe('snarest');
    // govlint's own text, without the rules' messages (which may quote a date as ISO).
    const own = (out: string): string => text(out.replace(/<ul class="reasons">[\s\S]*?<\/ul>/g, '').replace(/<section id="findings"[\s\S]*?<\/section>/, ''));
    const da = own(page('da', municipal));
    expect(da).toContain('Opgjort pr. 23. november 2026 af govlint 9.9.9.');
    expect(da).toContain('12. marts 2025'); // M2's deadline (written the Danish way in the document)
    expect(da).toContain('31. december 2027'); // M1's deadline (written as ISO)
    expect(da).toContain('12. marts 2028'); // the review date
    expect(da).not.toMatch(/\b20\d\d-\d\d-\d\d\b/); // no ISO date left in the reader's text
    const en = own(page('en', municipal));
    expect(en).toContain('As of 23 November 2026, by govlint 9.9.9.');
    expect(en).toContain('12 March 2025');
    expect(en).toContain('31 December 2027');
    expect(en).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
  });

  it('opens with a plain-language summary and who must act by when, overdue first', () => {
    const model = reportModel('da', municipal);
    expect(summarySentences(model)).toEqual([
      'Rapporten dækker 1 styringsdokument med i alt 2 mål.',
      '1 af de 2 mål opfylder SMART (specifikt, målbart, opnåeligt, realistisk og tidsbestemt); SMART-vurderingen viser, hvad de øvrige mangler.',
      'Ingen af de 2 mål på de øverste niveauer udmøntes af et dokument længere nede.',
      '1 frist for mål er overskredet.',
      expect.stringMatching(/^govlint har (\d+ fejl, )?\d+ advarsler( og \d+ bemærkning(er)?)?; alle fund står sidst i rapporten\.$/),
    ]);
    expect(summarySentences(model, 'en').slice(0, 4)).toEqual([
      'The report covers 1 governance document with 2 goals in all.',
      '1 of the 2 goals meet SMART (specific, measurable, achievable, realistic and time-bound); the SMART scorecard shows what the others lack.',
      'None of the 2 goals at the upper levels is carried out by a document below.',
      '1 goal deadline has passed.',
    ]);
    const da = text(page('da', municipal));
    const summary = da.slice(da.indexOf('Kort fortalt'), da.indexOf('Dokumenthierarkiet'));
    expect(summary).toContain('Kort fortalt Rapporten dækker 1 styringsdokument med i alt 2 mål.');
    // Who must act by when: the owner, then the goals by deadline, the overdue one first, with how late it is.
    expect(summary).toContain(
      'Hvem skal handle hvornår Målenes ansvarlige og deres frister, de mest forsinkede først. Mål uden frist står i SMART-vurderingen. Frist Hvornår Mål Dokument ' +
        'Skolechefen (2 mål, 1 overskredet) 12. marts 2025 621 dage over M2 Vi vil styrke trivslen Sammenhængende børne- og ungepolitik ' +
        '31. december 2027 om 403 dage M1 Flere gennemfører skolen Sammenhængende børne- og ungepolitik',
    );
    const en = text(page('en', municipal));
    expect(en).toContain('Who must act by when');
    expect(en).toContain('Skolechefen (2 goals, 1 overdue) 12 March 2025 621 days overdue M2 Vi vil styrke trivslen');
  });

  it('shows goal statements and the SMART reasons as text, not only as tooltips', () => {
    const da = text(page('da', municipal));
    const smart = da.slice(da.indexOf('SMART-vurdering af målene'), da.indexOf('Tidslinje: revisioner'));
    expect(smart).toContain('M2 Vi vil styrke trivslen Vi vil styrke trivslen blandt børn og unge.');
    expect(smart).toMatch(/✗ S \(ikke opfyldt\) ?: Mål M2 er ikke specifikt: "styrke" siger ikke/);
    expect(smart).toMatch(/✓ T \(opfyldt\) ?: Tidsbestemt: "31\. december 2027"/);
  });

  it('names documents by their titles in the hierarchy drawing, on up to two lines', () => {
    const out = page('da', municipal);
    const tree = out.slice(out.indexOf('<svg class="tree"'), out.indexOf('</svg>'));
    expect(tree).toContain('<text class="ntitle" x="14" y="17">Sammenhængende børne- og</text>');
    expect(tree).toContain('<text class="ntitle" x="14" y="33">ungepolitik</text>');
    expect(twoLines('Retningslinje for samarbejde om bekymrende skolefravær', 26, 30)).toEqual(['Retningslinje for', 'samarbejde om bekymrende skol…']);
    expect(twoLines('Kort titel', 26)).toEqual(['Kort titel', '']);
  });
});

describe('tree layout', () => {
  const options = { levels: 3, nodeWidth: 100, nodeHeight: 40, columnGap: 20, rowGap: 10, margin: 5, header: 0 };

  it('puts levels in columns, leaves on successive rows and each parent at the middle of its children', () => {
    const layout = layoutTree(
      [
        { key: 'p', level: 0 },
        { key: 's1', parentKey: 'p', level: 1 },
        { key: 'g1', parentKey: 's1', level: 2 },
        { key: 'g2', parentKey: 's1', level: 2 },
        { key: 's2', parentKey: 'p', level: 1 },
        { key: 'x', level: 7 },
      ],
      options,
    );
    const at = (key: string) => [layout.boxes.get(key)!.column, layout.boxes.get(key)!.y];
    expect(at('g1')).toEqual([2, 5]);
    expect(at('g2')).toEqual([2, 55]);
    expect(at('s1')).toEqual([1, 30]);
    expect(at('s2')).toEqual([1, 105]);
    expect(at('p')).toEqual([0, 67.5]);
    expect(at('x')).toEqual([3, 155]); // a type that is no level: its own last column
    expect(layout.columns).toBe(4);
    expect(layout.edges).toEqual([
      { from: 'p', to: 's1' },
      { from: 's1', to: 'g1' },
      { from: 's1', to: 'g2' },
      { from: 'p', to: 's2' },
    ]);
    expect(layout.height).toBe(5 + 5 + 4 * 50 - 10);
  });

  it('never overlaps boxes: parent and child in one column, and cycles', () => {
    const layout = layoutTree(
      [
        { key: 'a', level: 1 },
        { key: 'b', parentKey: 'a', level: 1 },
        { key: 'c', parentKey: 'd', level: 2 },
        { key: 'd', parentKey: 'c', level: 2 },
      ],
      options,
    );
    const seen = new Set<string>();
    for (const box of layout.boxes.values()) {
      const spot = `${box.x},${box.y}`;
      expect(seen.has(spot)).toBe(false);
      seen.add(spot);
    }
    expect(layout.boxes.size).toBe(4);
  });
});
