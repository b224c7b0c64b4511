// The fix applier's conflict policy, edit by edit: overlapping, touching, identical, nested,
// zero-width and multi-edit fixes, fixes that reach into other files, and line endings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Fix, TextEdit } from '../types.ts';
import { applyEdits, chooseFixes, editsConflict } from './apply.ts';
import { composedEdits } from './compose.ts';

const edit = (start: number, end: number, newText: string): TextEdit => ({ start, end, newText });

/** A finding in `file` whose fix makes `edits` (safe unless told). */
function finding(file: string, edits: TextEdit[], more: Partial<Fix> = {}): Diagnostic {
  const at = edits[0]?.start ?? 0;
  const point = { line: 1, column: at + 1, offset: at };
  return {
    file,
    rule: 'r',
    severity: 'warning',
    message: '',
    messages: { da: '', en: '' },
    range: { start: point, end: point },
    fix: { title: { da: '', en: '' }, edits, safe: true, ...more },
  };
}

/** The text of `a.md` after one pass over the findings, and how many fixes were taken. */
function onePass(text: string, findings: Diagnostic[]): { text: string; fixes: number } {
  const chosen = chooseFixes(findings, (file) => (file === 'a.md' ? text : undefined));
  return { text: applyEdits(text, chosen.edits.get('a.md') ?? []), fixes: chosen.fixes };
}

describe('conflict policy', () => {
  it('overlapping edits conflict: the first finding wins, the later waits', () => {
    expect(editsConflict(edit(0, 3, 'X'), edit(2, 5, 'Y'))).toBe(true);
    expect(onePass('abcdefg', [finding('a.md', [edit(0, 3, 'X')]), finding('a.md', [edit(2, 5, 'Y')])])).toEqual({ text: 'Xdefg', fixes: 1 });
    expect(onePass('abcdefg', [finding('a.md', [edit(2, 5, 'Y')]), finding('a.md', [edit(0, 3, 'X')])])).toEqual({ text: 'abYfg', fixes: 1 });
  });

  it('touching edits conflict: a span ending where another begins, an insertion at the end of a span, two insertions at one offset', () => {
    expect(editsConflict(edit(0, 2, 'X'), edit(2, 4, 'Y'))).toBe(true);
    expect(editsConflict(edit(0, 2, 'X'), edit(2, 2, 'T'))).toBe(true);
    expect(editsConflict(edit(2, 2, 'T'), edit(2, 4, 'Y'))).toBe(true);
    expect(editsConflict(edit(2, 2, 'S'), edit(2, 2, 'T'))).toBe(true);
    expect(onePass('abcdef', [finding('a.md', [edit(0, 2, 'X')]), finding('a.md', [edit(2, 4, 'Y')]), finding('a.md', [edit(2, 2, 'T')])])).toEqual({ text: 'Xcdef', fixes: 1 });
    expect(onePass('abcdef', [finding('a.md', [edit(3, 3, 'S')]), finding('a.md', [edit(3, 3, 'T')])])).toEqual({ text: 'abcSdef', fixes: 1 });
    // One character apart is apart.
    expect(editsConflict(edit(0, 2, 'X'), edit(3, 4, 'Y'))).toBe(false);
    expect(onePass('abcdef', [finding('a.md', [edit(0, 2, 'X')]), finding('a.md', [edit(3, 4, 'Y')])])).toEqual({ text: 'XcYef', fixes: 2 });
  });

  it('identical edits do not conflict: both fixes are taken and the edit is made once', () => {
    expect(editsConflict(edit(1, 3, 'X'), edit(1, 3, 'X'))).toBe(false);
    expect(editsConflict(edit(1, 3, 'X'), edit(1, 3, 'Y'))).toBe(true);
    // Two identical insertions insert once.
    expect(onePass('abc', [finding('a.md', [edit(1, 1, '+')]), finding('a.md', [edit(1, 1, '+')])])).toEqual({ text: 'a+bc', fixes: 2 });
    // "§ 146 i SEL § 146": two references share the law's name; each fix renames it and its own number.
    const text = '§ 146 i SEL § 146';
    const first = finding('a.md', [edit(2, 5, '9'), edit(8, 11, 'BL')]);
    const second = finding('a.md', [edit(8, 11, 'BL'), edit(14, 17, '9')]);
    expect(onePass(text, [first, second])).toEqual({ text: '§ 9 i BL § 9', fixes: 2 });
  });

  it('a nested edit conflicts with the edit around it', () => {
    expect(editsConflict(edit(0, 10, 'X'), edit(3, 5, 'Y'))).toBe(true);
    expect(onePass('0123456789', [finding('a.md', [edit(3, 5, 'Y')]), finding('a.md', [edit(0, 10, 'X')])])).toEqual({ text: '012Y56789', fixes: 1 });
  });

  it('zero-width edits: an insertion into an empty text, inside a replaced span (conflict), one character past it (apart)', () => {
    expect(onePass('', [finding('a.md', [edit(0, 0, 'new')])])).toEqual({ text: 'new', fixes: 1 });
    expect(editsConflict(edit(2, 5, 'X'), edit(4, 4, 'T'))).toBe(true);
    expect(onePass('abcdefg', [finding('a.md', [edit(2, 5, 'X')]), finding('a.md', [edit(6, 6, 'T')])])).toEqual({ text: 'abXfTg', fixes: 2 });
    // A deletion is an edit like any other.
    expect(onePass('abcdefg', [finding('a.md', [edit(1, 3, '')]), finding('a.md', [edit(3, 3, 'T')])])).toEqual({ text: 'adefg', fixes: 1 });
  });

  it('a multi-edit fix is taken whole or not at all', () => {
    // Its second edit conflicts with one already taken: none of its edits is made.
    expect(onePass('abcdefgh', [finding('a.md', [edit(6, 7, 'X')]), finding('a.md', [edit(0, 1, 'A'), edit(5, 6, 'B')])])).toEqual({ text: 'abcdefXh', fixes: 1 });
    // Its own edits touch each other: it is never taken.
    expect(onePass('abcdefgh', [finding('a.md', [edit(0, 2, 'A'), edit(2, 3, 'B')])])).toEqual({ text: 'abcdefgh', fixes: 0 });
    // Apart, all of them are made.
    expect(onePass('abcdefgh', [finding('a.md', [edit(0, 1, 'A'), edit(3, 4, 'B'), edit(7, 8, 'C')])])).toEqual({ text: 'AbcBefgC', fixes: 1 });
  });

  it('takes only safe fixes with edits, and rejects edits that would break the text', () => {
    expect(onePass('abcdef', [finding('a.md', [edit(0, 1, 'X')], { safe: false }), finding('a.md', [])])).toEqual({ text: 'abcdef', fixes: 0 });
    // Outside the text, inverted, not whole numbers.
    expect(onePass('abc', [finding('a.md', [edit(2, 9, 'X')]), finding('a.md', [edit(2, 1, 'X')]), finding('a.md', [edit(-1, 0, 'X')]), finding('a.md', [edit(0.5, 1, 'X')])]).fixes).toBe(0);
    // An end inside a surrogate pair, or inserted text that is not valid Unicode.
    expect(onePass('a🙂b', [finding('a.md', [edit(1, 2, 'X')]), finding('a.md', [edit(0, 0, '\uD83D')])]).fixes).toBe(0);
    expect(onePass('a🙂b', [finding('a.md', [edit(1, 3, '😀')])])).toEqual({ text: 'a😀b', fixes: 1 });
  });
});

describe('fixes that edit other files', () => {
  const texts: Record<string, string> = { 'a.md': 'aaaaaaaa', 'b.md': 'bbbbbbbb' };
  const withOther = (start: number, otherStart: number) => finding('a.md', [edit(start, start + 1, 'A')], { otherFiles: { 'b.md': [edit(otherStart, otherStart + 1, 'B')] } });

  it('are taken when every file they edit is being fixed, whole or not at all', () => {
    const chosen = chooseFixes([finding('b.md', [edit(0, 1, 'X')]), withOther(4, 0), withOther(6, 5)], (file) => texts[file]);
    expect(chosen.fixes).toBe(2);
    expect(chosen.fixesByFile).toEqual(
      new Map([
        ['b.md', 1],
        ['a.md', 1],
      ]),
    );
    expect(chosen.edits.get('a.md')).toEqual([edit(6, 7, 'A')]);
    expect(chosen.edits.get('b.md')).toEqual([edit(0, 1, 'X'), edit(5, 6, 'B')]);
  });

  it('are left out when another file they edit is not being fixed', () => {
    const chosen = chooseFixes([withOther(4, 0), finding('a.md', [edit(0, 1, 'X')])], (file) => (file === 'a.md' ? texts[file] : undefined));
    expect(chosen.fixes).toBe(1);
    expect([...chosen.edits]).toEqual([['a.md', [edit(0, 1, 'X')]]]);
  });
});

describe('applying edits', () => {
  it('writes inserted line breaks as the document has them: CRLF in a CRLF document, LF in an LF one', () => {
    expect(applyEdits('a\r\nb\r\n', [edit(3, 3, 'x\ny\n')], '\r\n')).toBe('a\r\nx\r\ny\r\nb\r\n');
    expect(applyEdits('a\r\nb\r\n', [edit(3, 3, 'x\r\ny\r\n')], '\r\n')).toBe('a\r\nx\r\ny\r\nb\r\n');
    expect(applyEdits('a\nb\n', [edit(2, 2, 'x\r\ny\n')], '\n')).toBe('a\nx\ny\nb\n');
    // Without an end of line given, the text goes in as it is.
    expect(applyEdits('a\nb\n', [edit(2, 2, 'x\r\n')])).toBe('a\nx\r\nb\n');
  });

  it('refuses overlapping edits instead of guessing', () => {
    expect(() => applyEdits('abcdef', [edit(0, 3, 'X'), edit(2, 4, 'Y')])).toThrow(RangeError);
    expect(() => applyEdits('abc', [edit(2, 9, 'X')])).toThrow(RangeError);
  });

  it('composes passes into edits of the original text that make the same text, apart from each other', () => {
    const original = 'abcdefghij';
    // Pass 1 in the original's coordinates, pass 2 in those of pass 1's text.
    const passes = [
      [edit(0, 2, 'XY'), edit(5, 5, '+')],
      [edit(2, 3, ''), edit(3, 4, 'Z'), edit(11, 11, '!')],
    ];
    const once = applyEdits(applyEdits(original, passes[0]!), passes[1]!);
    expect(once).toBe('XYZe+fghij!');
    const edits = composedEdits(original, passes);
    expect(applyEdits(original, edits)).toBe(once);
    expect(edits).toEqual([edit(0, 4, 'XYZ'), edit(5, 5, '+'), edit(10, 10, '!')]);
    for (let i = 1; i < edits.length; i++) expect(edits[i]!.start).toBeGreaterThan(edits[i - 1]!.end);
    // A pass that puts back what it found leaves no edit.
    expect(composedEdits('abc', [[edit(0, 1, 'X')], [edit(0, 1, 'a')]])).toEqual([]);
  });
  it('composed edits make, on any text and any passes, the text the passes make one after another', () => {
    // Each pass: edits at random offsets of the text before it, kept when they do not conflict.
    const passArb = fc.array(fc.record({ at: fc.nat(), length: fc.nat({ max: 4 }), newText: fc.constantFrom('', 'x', 'yz', '\n', 'æ🙂') }), { maxLength: 5 });
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(passArb, { maxLength: 4 }), (original, rawPasses) => {
        let text = original;
        const passes: TextEdit[][] = [];
        for (const raw of rawPasses) {
          const findings = raw.map(({ at, length, newText }) => {
            const start = text.length === 0 ? 0 : at % (text.length + 1);
            return finding('a.md', [edit(start, Math.min(text.length, start + length), newText)]);
          });
          const current = text;
          const edits = chooseFixes(findings, () => current).edits.get('a.md') ?? [];
          passes.push(edits);
          text = applyEdits(text, edits);
        }
        const composed = composedEdits(original, passes);
        expect(applyEdits(original, composed)).toBe(text);
        for (let i = 1; i < composed.length; i++) expect(composed[i]!.start).toBeGreaterThan(composed[i - 1]!.end);
      }),
      { numRuns: 300 },
    );
  });
});
