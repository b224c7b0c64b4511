// Property tests: whatever text arrives, linting never throws and every diagnostic's range
// lies inside its document (offsets, lines and columns agree with the text).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLineStarts } from '../../engine/text/positions.ts';
import { lintFiles } from '../support/lint-files.ts';

const fragments = [
  '---\n',
  'id: a\n',
  'id: b\n',
  'type: politik\n',
  'type: serviceniveau\n',
  'type: [x]\n',
  'parent: a\n',
  'overordnet: b\n',
  'owner: X\n',
  'review: 2025-01-01\n',
  'revision: 1. marts 2027\n',
  'status: vedtaget\n',
  'implements: [M1, a#M2]\n',
  'x: &a [1]\ny: *a\n',
  '# Titel\n',
  '## Mål\n',
  '## Goals\n',
  '### M1 Styrke trivslen\n',
  '### SN-2.1 Andelen stiger fra 40 % til 55 % senest 2027\n',
  '- Ansvarlig: Chef\n',
  '- **Frist:** 2027-12-31\n',
  '- Udmønter: M1, politik#M3\n',
  '  - nested\n',
  '- Et mål uden id\n',
  '> citat\n',
  '```\n',
  '~~~md\n',
  '<!-- govlint-disable-next-line missing-owner -->\n',
  '<!-- govlint-disable -->\n',
  '<!-- govlint-enable -->\n',
  '| a | b |\n|---|---|\n| 1 | 2 |\n',
  'servicelovens § 50\n',
  'inden for 6 måneder\n',
  '\r\n',
  '\n',
  '\t',
  '\ufeff',
  'æøå ÆØÅ\n',
  '[link][x]\n',
  '* * *\n',
];

const markdown = fc.oneof(
  fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 30 }).map((parts) => parts.join('')),
);

describe('linting arbitrary text', () => {
  it('never throws, and every range lies inside its document', () => {
    fc.assert(
      fc.property(markdown, markdown, (first, second) => {
        const files = { 'a.md': first, 'dir/b.md': second };
        const diagnostics = lintFiles(files);
        for (const diagnostic of diagnostics) {
          const raw = files[diagnostic.file as keyof typeof files];
          const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
          const lineStarts = computeLineStarts(text);
          const { start, end } = diagnostic.range;
          expect(diagnostic.rule).not.toBe('internal-error');
          expect(0 <= start.offset && start.offset <= end.offset && end.offset <= text.length).toBe(true);
          for (const point of [start, end]) {
            expect(point.line).toBeGreaterThanOrEqual(1);
            expect(point.line).toBeLessThanOrEqual(lineStarts.length);
            expect(lineStarts[point.line - 1]! + point.column - 1).toBe(point.offset);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
