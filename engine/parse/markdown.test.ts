import { describe, expect, it } from 'vitest';
import { longDocument } from '../../bench/generate.mjs';
import { chunkOffsets, exceedsNesting, mayHoldTable, parseMarkdown } from './markdown.ts';

const document = [
  '---',
  'id: a',
  '# a YAML comment, not a heading',
  '---',
  '# Title',
  '',
  'Text with [a link][ref] and *emphasis*.',
  '',
  '## Mål',
  '',
  '- item one',
  '  - nested',
  'lazy continuation',
  '',
  '> quote',
  '# heading after quote',
  '',
  '```markdown',
  '# not a heading: inside a fence',
  '```',
  '',
  '<!-- a comment',
  '# still inside the comment',
  '-->',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '### M1 Goal',
  'Statement.',
  '',
  '- Ansvarlig: X',
  '',
].join('\n');

describe('chunked Markdown parsing', () => {
  it('cuts only at headings outside fences and comments', () => {
    const cuts = chunkOffsets(document, 1).map((offset) => document.slice(offset, document.indexOf('\n', offset)));
    expect(cuts).toEqual(['---', '# Title', '## Mål', '# heading after quote', '### M1 Goal']);
  });

  it('gives the same blocks and positions as parsing the whole text at once', () => {
    const whole = parseMarkdown(document, Number.MAX_SAFE_INTEGER);
    const chunked = parseMarkdown(document, 1);
    // Reference definitions do not cross chunks, and none of the rules reads links: compare block structure.
    const blocks = (root: ReturnType<typeof parseMarkdown>) =>
      root.children.map((node) => [node.type, node.position?.start.line, node.position?.start.offset, node.position?.end.line, node.position?.end.offset]);
    expect(blocks(chunked)).toEqual(blocks(whole));
  });

  it('reusing parsed chunks gives the same tree as parsing afresh, after edits and undo too', () => {
    const original = longDocument(1500, 5);
    const lines = original.split('\n');
    const edited = [...lines.slice(0, 700), 'En ny sætning midt i dokumentet, der skubber resten en linje ned.', ...lines.slice(700)].join('\n');
    const retitled = original.replace('# ', '# Ændret: ');
    for (const text of [original, edited, original, retitled, edited, original]) {
      expect(parseMarkdown(text, undefined, true)).toEqual(parseMarkdown(text));
    }
    // The cached trees are never shifted in place: parsing the same text twice gives equal trees.
    expect(parseMarkdown(edited, undefined, true)).toEqual(parseMarkdown(edited, undefined, true));
    expect(chunkOffsets(original).length).toBeGreaterThan(3);
  });

  it('parses 20,000 goal sections in linear time', () => {
    const big = Array.from({ length: 20_000 }, (_, i) => `### M${i} Goal ${i}\nThe share rises to ${i % 100} %.\n\n- Owner: X\n`).join('\n');
    const tree = parseMarkdown(big);
    expect(tree.children.filter((node) => node.type === 'heading')).toHaveLength(20_000);
    expect(tree.children.at(-1)?.position?.end.offset).toBe(big.length - 1);
  });
});

describe('tables only where one may be', () => {
  const types = (text: string) => parseMarkdown(text).children.map((node) => node.type);

  it('finds a table with pipes, and one without any, whose delimiter row aligns with a colon', () => {
    expect(types('| a | b |\n| - | - |\n| 1 | 2 |\n')).toEqual(['table']);
    expect(types('a | b\n--|--\n')).toEqual(['table']);
    expect(types('a\n:-\n')).toEqual(['table']);
    expect(types('a\n-:\n')).toEqual(['table']);
    expect(types('a\n:-:\n')).toEqual(['table']);
    expect(['a\n:-\n', 'a\n--:\n', 'x | y'].every(mayHoldTable)).toBe(true);
  });

  it('reads text that cannot hold a table as before: headings, lists, breaks and paragraphs', () => {
    expect(mayHoldTable('a\n---\n\nb\n- c\n')).toBe(false);
    expect(types('a\n---\n')).toEqual(['heading']);
    expect(types('a\n- b\n')).toEqual(['paragraph', 'list']);
    expect(types('a\n\n---\n')).toEqual(['paragraph', 'thematicBreak']);
    expect(types('Tekst: mere tekst\nog en linje til -\n')).toEqual(['paragraph']);
  });
});

describe('nesting guard', () => {
  it('refuses block quotes and lists nested deeper than the limit, and nothing else', () => {
    expect(exceedsNesting('>'.repeat(201) + ' deep', 200)).toBe(true);
    expect(exceedsNesting('>'.repeat(200) + ' fine', 200)).toBe(false);
    expect(exceedsNesting(' '.repeat(500) + '- x', 200)).toBe(true);
    expect(exceedsNesting(' '.repeat(500) + 'text after many spaces', 200)).toBe(false);
    expect(exceedsNesting('- a\n  - b\n    - c', 2)).toBe(true);
  });
});
