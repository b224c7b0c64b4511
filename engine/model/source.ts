// Where the text of a document converted from Word came from: the paragraphs of the original,
// since a .docx has no lines. A finding on such a document is located by the paragraph its line
// was made from (`locateLine`): its number, the headings above it and its first words.

/** One stretch of the converted text, from `line` to the next entry's line. */
export interface SourceBlock {
  /** 1-based line of the converted text where this stretch starts. */
  line: number;
  /** 1-based number of the paragraph among the original's non-empty paragraphs; absent for what the converter wrote itself (front matter from the document's properties). */
  paragraph?: number;
  /** The headings above the paragraph, outermost first. */
  headings: string[];
  /** The paragraph's first words. */
  text: string;
}

export interface DocumentSource {
  /** The original's format. */
  format: 'docx';
  /** Sorted by line. */
  blocks: SourceBlock[];
}

/** Where in the original a finding lies: the public `location` of a finding (JSON output). */
export interface SourceLocation {
  format: 'docx';
  /** `properties` for the front matter the converter built (from the document's properties, a metadata table or a cover sentence), `body` for the text. */
  part: 'properties' | 'body';
  paragraph?: number;
  headings: string[];
  text: string;
}

/** The location of a line of the converted text, from the last stretch that starts at or before it. */
export function locateLine(source: DocumentSource, line: number, frontmatterEndLine: number | undefined): SourceLocation {
  const { blocks } = source;
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.line <= line) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const block = found >= 0 ? blocks[found]! : undefined;
  const part = frontmatterEndLine !== undefined && line <= frontmatterEndLine ? 'properties' : 'body';
  const location: SourceLocation = { format: source.format, part, headings: block?.headings ?? [], text: block?.text ?? '' };
  if (block?.paragraph !== undefined) location.paragraph = block.paragraph;
  return location;
}
