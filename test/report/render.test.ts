// Escaping, self-containment and language of the rendered page, and the tree layout.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../engine/config/schema.ts';
import { lintWorkspace } from '../../engine/lint/runner.ts';
import { documentFromText } from '../../engine/parse/from-bytes.ts';
import { WorkspaceIndex } from '../../engine/workspace/index.ts';
import { escapeHtml, html, raw, truncate } from '../../cli/report/html.ts';
import { layoutTree } from '../../cli/report/layout.ts';
import { buildReportModel } from '../../cli/report/model.ts';
import { renderReport } from '../../cli/report/render.ts';
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

function page(lang: 'da' | 'en' = 'en'): string {
  const config = resolveConfig({}, '/workspace');
  const workspace = new WorkspaceIndex(Object.entries(files).map(([path, text]) => documentFromText(path, text, config)));
  const diagnostics = lintWorkspace(workspace, { config, rules: allRules, today: '2026-11-23' });
  const model = buildReportModel({ workspace, diagnostics, config, rules: allRules, today: '2026-11-23', lang });
  return renderReport(model, { version: '9.9.9' });
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
      '<p title="&quot;x&quot;">'.replace('&quot;x&quot;', '&lt;script&gt;&quot;x&quot;&lt;/script&gt;') + '&lt;script&gt;&quot;x&quot;&lt;/script&gt;<br>&lt;script&gt;&quot;x&quot;&lt;/script&gt;1</p>',
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
