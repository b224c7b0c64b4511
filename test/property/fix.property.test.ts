// Property tests of --fix: on arbitrary documents (with Danish dates in the front matter, CRLF or LF,
// with or without a BOM) fixing never loses an original line other than the lines a safe fix
// touches, keeps the line endings, and a second fix changes nothing.
import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { encodeDocument, fixWorkspace } from '../../cli/fix.ts';
import { resolveConfig } from '../../engine/config/schema.ts';
import { lintWorkspace } from '../../engine/lint/runner.ts';
import { documentFromBytes } from '../../engine/parse/from-bytes.ts';
import { WorkspaceIndex } from '../../engine/workspace/index.ts';
import { allRules } from '../../rules/index.ts';

// Each test spawns the CLI several times (or runs many fix passes); a loaded CI machine is slow.
vi.setConfig({ testTimeout: 120_000 });

const config = resolveConfig({}, '/workspace');
const options = { config, rules: allRules, today: '2026-11-23' };

const frontmatterLines = [
  'id: boernepolitik-2025',
  'id: standarder',
  'type: politik',
  'type: serviceniveau',
  'titel: Politik',
  'ansvarlig: Udvalget',
  'overordnet: boernepolitik-2025',
  'vedtaget: 12. marts 2025',
  'vedtaget: 1/2/2025',
  'vedtaget: "3. januar 2024"',
  'revision: 1. juni 2028',
  'revision: 31.12.2027',
  'revision: March 5, 2027',
  'revision: 2028-01-01',
  'adopted: 2 feb 2025',
  'review: 30. februar 2027',
  'status: vedtaget',
  'implements: [M1]',
  'x: &a [1]',
  'revision:',
];
const bodyLines = [
  '',
  '# Titel',
  '## Mål',
  '## Goals',
  '### M1 Flere børn gennemfører folkeskolen',
  '- Ansvarlig: Chef',
  '- Frist: 1. marts 2027',
  '- Udmønter: M1',
  'Andelen stiger fra 40 % til 55 % senest 2027.',
  '> citat',
  '```',
  'vedtaget: 12. marts 2025',
  '<!-- govlint-disable frontmatter-invalid -->',
  'æøå ÆØÅ',
  '| a | b |',
];

const documentArb = fc.record({
  frontmatter: fc.array(fc.constantFrom(...frontmatterLines), { maxLength: 10 }),
  closed: fc.boolean(),
  body: fc.array(
    fc.oneof(
      fc.constantFrom(...bodyLines),
      fc.string({ maxLength: 10 }).filter((s) => !/[\r\n]/.test(s)),
    ),
    { maxLength: 12 },
  ),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  finalEol: fc.boolean(),
});

function build(doc: { frontmatter: string[]; closed: boolean; body: string[]; eol: string; finalEol: boolean }): string {
  const lines = ['---', ...doc.frontmatter, ...(doc.closed ? ['---'] : []), ...doc.body];
  return lines.join(doc.eol) + (doc.finalEol ? doc.eol : '');
}

function workspaceOf(files: Record<string, Uint8Array>): WorkspaceIndex {
  return new WorkspaceIndex(Object.entries(files).map(([path, bytes]) => documentFromBytes(path, bytes, config)));
}

/** Runs the fixer like the CLI does and returns the bytes it would write per file. */
function fixBytes(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const outcome = fixWorkspace(workspaceOf(files), options);
  const result = { ...files };
  for (const [file, { before, text }] of outcome.changed) result[file] = encodeDocument(text, before.hasBom);
  return result;
}

describe('--fix on arbitrary documents', () => {
  it('loses no original line except those a safe fix touches, keeps BOM and line endings, and is idempotent', () => {
    fc.assert(
      fc.property(documentArb, documentArb, (first, second) => {
        const texts = { 'a.md': build(first), 'dir/b.md': build(second) };
        const boms = { 'a.md': first.bom, 'dir/b.md': second.bom };
        const files: Record<string, Uint8Array> = {};
        for (const [file, text] of Object.entries(texts)) files[file] = encodeDocument(text, boms[file as keyof typeof boms]);

        // Lines a safe fix may touch: those any safe fix's edits of the original lint overlap
        // (kept as their text, since a diff may pair identical lines either way).
        const workspace = workspaceOf(files);
        const touched = new Map<string, Set<string>>();
        for (const diagnostic of lintWorkspace(workspace, options)) {
          if (diagnostic.fix?.safe !== true) continue;
          const document = workspace.get(diagnostic.file)!;
          const lines = touched.get(diagnostic.file) ?? new Set<string>();
          for (const edit of diagnostic.fix.edits) {
            for (let line = 0; line < document.lineStarts.length; line++) {
              const start = document.lineStarts[line]!;
              const end = document.lineStarts[line + 1] ?? document.text.length + 1;
              if (edit.start < end && edit.end >= start) lines.add(document.text.slice(start, end).replace(/\r?\n$/, ''));
            }
          }
          touched.set(diagnostic.file, lines);
        }

        const fixed = fixBytes(files);
        for (const [file, text] of Object.entries(texts)) {
          const bytes = Buffer.from(fixed[file]!);
          const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
          expect(hasBom).toBe(boms[file as keyof typeof boms]);
          const after = bytes.subarray(hasBom ? 3 : 0).toString('utf8');
          const eol = file === 'a.md' ? first.eol : second.eol;
          // Line endings as found: a CRLF file has no lone LF, an LF file no CR.
          if (eol === '\r\n') expect(after.replace(/\r\n/g, '')).not.toContain('\n');
          else expect(after).not.toContain('\r');
          const beforeLines = text.split(eol);
          const afterLines = after.split(eol);
          let index = 0;
          for (const part of diffArrays(beforeLines, afterLines)) {
            if (part.added) continue;
            if (part.removed)
              for (let i = 0; i < part.count; i++) expect(touched.get(file)?.has(beforeLines[index + i]!), `${file} lost line ${index + i + 1}: ${JSON.stringify(beforeLines[index + i])}`).toBe(true);
            index += part.count;
          }
        }
        // Idempotent: fixing the fixed files changes nothing.
        const again = fixBytes(fixed);
        for (const file of Object.keys(files)) expect(Buffer.from(again[file]!).equals(Buffer.from(fixed[file]!))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('fixes something on the documents built to need it', () => {
    const text = build({ frontmatter: ['id: a', 'type: politik', 'vedtaget: 12. marts 2025'], closed: true, body: ['# T'], eol: '\r\n', finalEol: true });
    const fixed = fixBytes({ 'a.md': encodeDocument(text, true) });
    expect(Buffer.from(fixed['a.md']!).toString('utf8')).toBe('\uFEFF---\r\nid: a\r\ntype: politik\r\nvedtaget: 2025-03-12\r\n---\r\n# T\r\n');
  });
});
