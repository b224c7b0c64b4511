// Word documents over a real process: .docx files made by an independent writer (the `docx`
// package; pandoc too where it is installed) are linted in memory beside Markdown, their findings
// placed by paragraph; `govlint import` writes the same documents as Markdown, and linting those
// gives the same findings; `govlint report` reads them; --fix never writes one.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guidelineWithMetadataTable, MARKDOWN_POLICY, policyWithGoalHeadings, policyWithNumberedGoals, qualityStandardWithTimeLimits } from '../support/word-fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

let base: string;
let word: string;

function run(args: string[], cwd = word) {
  const result = spawnSync(process.execPath, [cli, ...args, '--today', '2026-11-23'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonFinding {
  file: string;
  rule: string;
  goal?: string;
  message: string;
  severity: string;
  location?: { format: string; part: string; paragraph?: number; headings: string[]; text: string };
}

function findings(args: string[], cwd = word): JsonFinding[] {
  const result = run([...args, '--format', 'json'], cwd);
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as { diagnostics: JsonFinding[] }).diagnostics;
}

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
  base = mkdtempSync(join(tmpdir(), 'govlint-word-'));
  word = join(base, 'word');
  mkdirSync(join(word, '.git'), { recursive: true });
  writeFileSync(join(word, 'politik.docx'), await policyWithGoalHeadings());
  writeFileSync(join(word, 'early-help.docx'), await policyWithNumberedGoals());
  writeFileSync(join(word, 'kvalitetsstandard.docx'), await qualityStandardWithTimeLimits());
  writeFileSync(join(word, 'retningslinje.docx'), await guidelineWithMetadataTable());
  writeFileSync(join(word, 'boernepolitik.md'), MARKDOWN_POLICY);
  // Word's lock file beside a document open in Word: never read as a document.
  writeFileSync(join(word, '~$politik.docx'), 'Jens Hansen');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('linting .docx files', () => {
  it('lints them in the same workspace as Markdown, each finding placed by paragraph and heading path', () => {
    const found = findings([]);
    expect(found.map((d) => `${d.file} ${d.rule}${d.goal ? ` ${d.goal}` : ''} ${d.location?.part} ¶${d.location?.paragraph ?? '-'}`)).toEqual([
      'early-help.docx goal-uncovered M1 body ¶9',
      'early-help.docx goal-uncovered M2 body ¶12',
      'early-help.docx missing-deadline M2 body ¶12',
      'early-help.docx missing-owner M2 body ¶12',
      'early-help.docx unmeasurable-goal M2 body ¶12',
      'early-help.docx vague-goal M2 body ¶12',
      'politik.docx missing-owner properties ¶-',
      'politik.docx placeholder properties ¶-',
      'politik.docx goal-uncovered M1 body ¶8',
      'politik.docx goal-uncovered M2 body ¶13',
      'politik.docx missing-deadline M2 body ¶13',
      'politik.docx missing-owner M2 body ¶13',
      'politik.docx unmeasurable-goal M2 body ¶13',
      'politik.docx vague-goal M2 body ¶14',
      'retningslinje.docx missing-deadline R2 body ¶18',
      'retningslinje.docx missing-owner R2 body ¶18',
      'retningslinje.docx unmeasurable-goal R2 body ¶18',
      'retningslinje.docx hedged-goal R2 body ¶19',
    ]);
    // The Word service level names the Markdown policy as its parent and carries out its M1: no
    // parent-unknown, no goal-uncovered on the policy; the guideline names the service level by its title.
    expect(found.filter((d) => d.file === 'kvalitetsstandard.docx' || d.file === 'boernepolitik.md')).toEqual([]);
    expect(found.find((d) => d.rule === 'vague-goal' && d.file === 'politik.docx')!.location).toEqual({
      format: 'docx',
      part: 'body',
      paragraph: 14,
      headings: ['Mål', 'M2 Styrket trivsel'],
      text: 'Vi vil styrke trivslen blandt børn og unge.',
    });
    expect(found.find((d) => d.rule === 'placeholder')!.location).toEqual({ format: 'docx', part: 'properties', headings: [], text: 'ansvarlig: "[Enhed eller rolle]"' });
    // Nothing a Word finding offers can be applied by --fix.
    expect(found.some((d) => 'fixable' in d)).toBe(false);
  });

  it('shows the paragraph in stylish output, with the headings above it and its first words', () => {
    const result = run(['politik.docx', '--lang', 'da']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  ¶14  advarsel  Mål M2 er ikke specifikt: "styrke" siger ikke, hvem der gør hvad, eller hvad der skal kunne måles.');
    expect(result.stdout).toContain('↳ afsnit 14 i Mål › M2 Styrket trivsel: »Vi vil styrke trivslen blandt børn og unge.«\n');
    expect(result.stdout).toContain('↳ front matter (fra dokumentegenskaberne): »ansvarlig: "[Enhed eller rolle]"«\n');
  });

  it('gives SARIF and GitHub annotations the file, and the paragraph in the message', () => {
    const sarif = JSON.parse(run(['politik.docx', '--format', 'sarif', '--lang', 'en']).stdout) as {
      runs: Array<{ results: Array<{ ruleId: string; message: { text: string }; locations: Array<Record<string, unknown>> }> }>;
    };
    const vague = sarif.runs[0]!.results.find((result) => result.ruleId === 'vague-goal')!;
    expect(vague.message.text).toMatch(/\(paragraph 14 in Mål › M2 Styrket trivsel: "Vi vil styrke trivslen blandt børn og unge\."\)$/);
    expect(vague.locations[0]).toMatchObject({
      physicalLocation: { artifactLocation: { uri: 'politik.docx' }, region: { startLine: 1 } },
      logicalLocations: [{ name: 'M2 Styrket trivsel', fullyQualifiedName: 'Mål › M2 Styrket trivsel' }],
    });
    const github = run(['politik.docx', '--format', 'github', '--lang', 'en']).stdout.split('\n');
    expect(github.find((line) => line.includes('vague-goal'))).toMatch(
      /^::warning file=politik\.docx,title=vague-goal \(M2\)::Goal M2 is not specific: .* \(paragraph 14 in Mål › M2 Styrket trivsel: "Vi vil styrke trivslen blandt børn og unge\."\)$/,
    );
  });

  it('reports a file that is not a readable Word document as internal-error, and goes on with the others', () => {
    const dir = join(base, 'broken');
    cpSync(word, dir, { recursive: true });
    writeFileSync(join(dir, 'tekst.docx'), 'plain text with a .docx name');
    const compound = new Uint8Array(1024);
    compound.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    compound.set(Buffer.from('EncryptionInfo', 'utf16le'), 512);
    writeFileSync(join(dir, 'hemmelig.docx'), compound);
    const result = run(['--format', 'json', '--lang', 'en'], dir);
    const errors = (JSON.parse(result.stdout) as { diagnostics: JsonFinding[] }).diagnostics.filter((d) => d.rule === 'internal-error');
    expect(errors.map((d) => `${d.file}: ${d.message}`)).toEqual([
      'hemmelig.docx: The Word document is password-protected and cannot be read; save a copy without a password to have it linted.',
      'tekst.docx: The file is not a Word document (no zip signature) and is not linted.',
    ]);
    expect(result.code).toBe(1);
  });

  it('--fix writes no Word document and says so', () => {
    const dir = join(base, 'fix');
    cpSync(word, dir, { recursive: true });
    const before = readFileSync(join(dir, 'politik.docx'));
    const result = run(['--fix', '--lang', 'en'], dir);
    expect(result.stderr).toContain('govlint: --fix never changes a Word document: 4 .docx file(s) left untouched (govlint import turns them into Markdown that can be fixed)\n');
    expect(readFileSync(join(dir, 'politik.docx')).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(readdirSync(word).sort());
  });

  it('--cache gives the same findings, locations included, cold and warm', () => {
    const dir = join(base, 'cached');
    cpSync(word, dir, { recursive: true });
    const plain = findings([], dir);
    expect(findings(['--cache'], dir)).toEqual(plain);
    expect(findings(['--cache'], dir)).toEqual(plain);
    expect(plain.filter((d) => d.location).length).toBe(18);
  });

  it('worker threads read .docx files as this thread does (160 documents, two threads)', () => {
    const dir = join(base, 'many');
    mkdirSync(join(dir, '.git'), { recursive: true });
    for (let i = 0; i < 160; i++) cpSync(join(word, 'politik.docx'), join(dir, `p${i}.docx`));
    const alone = run(['--format', 'json', '--concurrency', 'off'], dir);
    const threads = run(['--format', 'json', '--concurrency', '2'], dir);
    expect(threads.stdout).toBe(alone.stdout);
    const { diagnostics } = JSON.parse(threads.stdout) as { diagnostics: JsonFinding[] };
    expect(diagnostics.length).toBeGreaterThan(160);
    expect(diagnostics.every((d) => d.location?.format === 'docx')).toBe(true);
  });

  it('govlint report reads a workspace of .docx files', () => {
    const result = run(['report', '--out', join(base, 'report.html'), '--lang', 'da']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^govlint: rapport skrevet til .*report\.html \(5 dokumenter, 8 mål, 0 fejl, 17 advarsler\)\n$/);
    const html = readFileSync(join(base, 'report.html'), 'utf8');
    for (const title of ['Sammenhængende børne- og ungepolitik 2025-2028', 'Early Help Policy', 'Kvalitetsstandard for børnefaglige undersøgelser', 'Retningslinje for modtagelse af underretninger'])
      expect(html).toContain(title);
    // A finding's place in a Word document is its paragraph, with where that is as the cell's title.
    expect(html).toContain('<td class="num" title="afsnit 14 i Mål › M2 Styrket trivsel: »Vi vil styrke trivslen blandt børn og unge.«">¶14</td>');
  });
});

describe('govlint import', () => {
  it('writes each document beside its .docx, and linting the Markdown gives the findings of the .docx', () => {
    const dir = join(base, 'imported');
    cpSync(word, dir, { recursive: true });
    const result = run(['import', '.', '--lang', 'en'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'early-help.docx → early-help.md\nkvalitetsstandard.docx → kvalitetsstandard.md\npolitik.docx → politik.md (1 field(s) to fill in: ansvarlig)\nretningslinje.docx → retningslinje.md\n',
    );
    expect(result.stderr).toBe('govlint: 4 of 4 document(s) imported\n');
    // The Markdown alone (the .docx moved away) is the same workspace.
    mkdirSync(join(base, 'originals'));
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.docx')) continue;
      cpSync(join(dir, name), join(base, 'originals', name));
      rmSync(join(dir, name));
    }
    const shape = (d: JsonFinding) => `${d.file.replace(/\.(md|docx)$/, '')} ${d.rule} ${d.goal ?? '-'} ${d.severity} ${d.message}`;
    const fromMarkdown = findings([], dir).map(shape);
    const fromWord = findings([]).map(shape);
    expect(fromMarkdown.sort()).toEqual(fromWord.sort());
    expect(fromMarkdown.length).toBe(18);
  });

  it('never overwrites a file without --force, and says why each file could not be imported', () => {
    const dir = join(base, 'refusals');
    cpSync(word, dir, { recursive: true });
    writeFileSync(join(dir, 'politik.md'), 'my own notes\n');
    writeFileSync(join(dir, 'gammel.docx'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    writeFileSync(join(dir, 'skadet.docx'), readFileSync(join(word, 'politik.docx')).subarray(0, 300));
    const result = run(['import', 'politik.docx', 'gammel.docx', 'skadet.docx', 'boernepolitik.md', '--lang', 'da'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'govlint: boernepolitik.md er ikke en .docx-fil (govlint import læser Word-dokumenter i .docx-format)',
      'govlint: politik.md findes allerede og overskrives ikke (--force erstatter den)',
      'govlint: gammel.docx er et gammelt Word-dokument (.doc); gem det som .docx i Word og importér det',
      expect.stringMatching(/^govlint: skadet\.docx er beskadiget og kan ikke læses \(zip: .+\)$/),
      'govlint: 0 af 4 dokument(er) importeret',
      '',
    ]);
    expect(readFileSync(join(dir, 'politik.md'), 'utf8')).toBe('my own notes\n');
    const forced = run(['import', 'politik.docx', '--force', '-o', 'politik.md'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'politik.md'), 'utf8')).toMatch(/^---\nid: sammenhaengende-boerne-og-ungepolitik-2025-2028\n/);
  });

  it("prints one document with -o -, and puts a folder's documents under -o FOLDER", () => {
    const printed = run(['import', 'retningslinje.docx', '-o', '-']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^---\nid: retningslinje-for-modtagelse-af-underretninger\ntype: retningslinje\n/);
    const out = join(base, 'out');
    const folder = run(['import', '.', '-o', out]);
    expect(folder.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['early-help.md', 'kvalitetsstandard.md', 'politik.md', 'retningslinje.md']);
  });
});

const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).status === 0;

describe.runIf(pandoc)('a .docx written by pandoc', () => {
  it('is read with its title, cover line, headings, fields and numbered goals', () => {
    const dir = join(base, 'pandoc');
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(
      join(dir, 'source.txt'),
      [
        '---',
        'title: Retningslinje for børnesamtaler',
        'author: Myndighedsafdelingen',
        '---',
        '',
        'Godkendt af Børne- og Ungeudvalget den 2. maj 2025. Retningslinjen revideres i 2027.',
        '',
        '# Formål',
        '',
        'Barnet skal høres, før der træffes afgørelse.',
        '',
        '# Fremgangsmåde',
        '',
        '## R1 Samtale før afgørelsen',
        '',
        'Rådgiveren holder en samtale med barnet inden afgørelsen.',
        '',
        '- Ansvarlig: Teamleder',
        '- Frist: 2026-12-31',
        '',
        '## R2 Opfølgning',
        '',
        'Vi vil styrke opfølgningen.',
        '',
        '# Mål',
        '',
        '1. Alle børn over 12 år høres inden for 14 dage.',
        '2. Bedre dialog med familierne.',
        '',
      ].join('\n'),
    );
    const converted = spawnSync('pandoc', ['--from', 'markdown', 'source.txt', '-o', 'samtaler.docx'], { cwd: dir, encoding: 'utf8' });
    expect(converted.status, converted.stderr).toBe(0);
    const printed = run(['import', 'samtaler.docx', '-o', '-'], dir).stdout;
    expect(printed).toContain('ansvarlig: Myndighedsafdelingen  # fra dokumentegenskaberne\n');
    expect(printed).toContain('vedtaget: 2025-05-02  # "Godkendt af Børne- og Ungeudvalget den 2. maj 2025."\n');
    expect(printed).toContain('revision: 2027-12-31  # "Retningslinjen revideres i 2027."\n');
    expect(printed).toContain('### R1 Samtale før afgørelsen\n\nRådgiveren holder en samtale med barnet inden afgørelsen.\n\n- Ansvarlig: Teamleder\n- Frist: 2026-12-31\n');
    // Numbered goals under "Mål" take the next free IDs: R1 and R2 are the document's own.
    expect(printed).toContain('## Mål\n\n- R3 Alle børn over 12 år høres inden for 14 dage.\n- R4 Bedre dialog med familierne.\n');
    const found = findings(['samtaler.docx'], dir).map((d) => `${d.rule} ${d.goal ?? '-'} ¶${d.location?.paragraph ?? '-'}`);
    expect(found).toContain('vague-goal R2 ¶12');
    expect(found).toContain('vague-goal R4 ¶15');
    // The parent is not in the document: a placeholder to fill in.
    expect(found).toContain('placeholder - ¶-');
  });
});
