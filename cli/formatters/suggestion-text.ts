import type { Fix } from '../../engine/api/model.ts';

/**
 * What a suggestion writes: the new text of its edits in document order (edits in other files
 * after them), each without the blank lines around it, joined by line breaks. Empty when the
 * suggestion only removes text. The whole of it: a CI user acts on what is printed.
 */
export function suggestionText(suggestion: Fix): string {
  const edits = [...suggestion.edits].sort((a, b) => a.start - b.start);
  const others = Object.values(suggestion.otherFiles ?? {}).flatMap((list) => [...list].sort((a, b) => a.start - b.start));
  return [...edits, ...others]
    .map((edit) =>
      edit.newText
        .replace(/^(?:[ \t]*\r?\n)+/, '')
        .replace(/(?:\r?\n[ \t]*)+$/, '')
        .replace(/\r\n?/g, '\n'),
    )
    .filter((text) => text.trim() !== '')
    .join('\n');
}
