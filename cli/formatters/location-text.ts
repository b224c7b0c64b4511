// A finding in a Word document, located for a reader: the paragraph's number, the headings above
// it and its first words (a .docx has no lines). Shared by the formats that print text.
import type { Lang, SourceLocation } from '../../engine/api/model.ts';

/** The short position of a finding in a Word document: `¶14`, or `¶-` for the front matter the converter built from the document's properties. */
export function paragraphMark(location: SourceLocation): string {
  return location.part === 'body' && location.paragraph !== undefined ? `¶${location.paragraph}` : '¶-';
}

/** Where a finding lies, in words: "afsnit 14 i Mål › M2 …: »Sagsbehandlingstiden skal …«". */
export function describeLocation(location: SourceLocation, lang: Lang): string {
  const da = lang === 'da';
  const quote = (text: string) => (da ? `»${text}«` : `"${text}"`);
  if (location.part === 'properties') {
    const origin =
      location.paragraph !== undefined ? (da ? `læst i afsnit ${location.paragraph}` : `read from paragraph ${location.paragraph}`) : da ? 'fra dokumentegenskaberne' : 'from the document properties';
    return `front matter (${origin})${location.text ? `: ${quote(location.text)}` : ''}`;
  }
  const where = location.paragraph !== undefined ? (da ? `afsnit ${location.paragraph}` : `paragraph ${location.paragraph}`) : da ? 'dokumentet' : 'the document';
  const path = location.headings.length > 0 ? ` ${da ? 'i' : 'in'} ${location.headings.join(' › ')}` : '';
  return `${where}${path}${location.text ? `: ${quote(location.text)}` : ''}`;
}
