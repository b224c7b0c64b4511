// Finds references to paragraphs of Serviceloven in prose: "servicelovens § 50", "SEL § 155 b",
// "serviceloven § 19, stk. 2", "§ 50 i serviceloven", "servicelovens §§ 11, 50 og 140",
// "section 50 of the Social Services Act". A bare "§ 50" names no law and is never a match.
// The scanner walks the text once; every regex is anchored (sticky) or has no adjacent
// unbounded quantifiers, so the work is linear in the length of the text.

export type LawForm = 'genitive' | 'name' | 'abbreviation' | 'english';

export interface LawMention {
  start: number;
  end: number;
  text: string;
  form: LawForm;
}

export interface ParagraphItem {
  /** Paragraph number with its letter, as a data key: "155b". */
  paragraph: string;
  /** As written for messages: "155 b". */
  label: string;
  subsection?: number;
  /** Span of the number, letter and subsection ("50", "155 b", "19, stk. 2"). */
  start: number;
  end: number;
}

export interface ServicelovenReference {
  law: LawMention;
  items: ParagraphItem[];
  /** The whole expression, law name included. */
  start: number;
  end: number;
  /** `§ 50 i serviceloven` (law after the paragraph) rather than `servicelovens § 50`. */
  lawAfter: boolean;
}

const LAW_DA = /(?<![\p{L}\p{N}])(?:servicel?ovens?|lov om social service)(?![\p{L}\p{N}])/giu;
const LAW_ABBR = /(?<![\p{L}\p{N}])SEL(?![\p{L}\p{N}])/gu;
const LAW_EN = /(?<![\p{L}\p{N}])(?:the )?(?:Danish )?(?:Consolidation Act on Social Services|Social Services? Act)(?![\p{L}\p{N}])/giu;
const SECTION_MARK = /§|(?<![\p{L}\p{N}])sections?(?= ?\d)/giu;
const SPACE = /[ \u00a0]*/y;
const NUMBER = /\d{1,4}/y;
const LETTER = /[ \u00a0]?([a-hj-z])(?![\p{L}\p{N}])/uy;
const SUBSECTION = /,?[ \u00a0]+(?:stk\.|stykke|subsection)[ \u00a0]*(\d{1,3})/iy;
const SUBSECTION_PAREN = /\((\d{1,3})\)/y;
const TAIL = /,?[ \u00a0]+(?:nr\.|no\.)[ \u00a0]*\d{1,3}|,?[ \u00a0]+\d{1,2}\.[ \u00a0]*pkt\./iy;
const LIST_SEPARATOR = /(?:,[ \u00a0]*|[ \u00a0]+(?:og|eller|and|or)[ \u00a0]+|[ \u00a0]*[-–][ \u00a0]*)(?=\d)/iy;
const LAW_AFTER = /,?[ \u00a0]+(?:i|in|of)[ \u00a0]+/iy;

function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function lawMentions(text: string): LawMention[] {
  const mentions: LawMention[] = [];
  for (const match of text.matchAll(LAW_DA)) {
    const lower = match[0].toLowerCase();
    mentions.push({ start: match.index, end: match.index + match[0].length, text: match[0], form: lower.endsWith('s') && !lower.startsWith('lov') ? 'genitive' : 'name' });
  }
  for (const match of text.matchAll(LAW_ABBR)) mentions.push({ start: match.index, end: match.index + match[0].length, text: match[0], form: 'abbreviation' });
  for (const match of text.matchAll(LAW_EN)) mentions.push({ start: match.index, end: match.index + match[0].length, text: match[0], form: 'english' });
  return mentions.sort((a, b) => a.start - b.start);
}

/** Parses one paragraph item at `at` (digits first); returns it and where it ends. */
function parseItem(text: string, at: number): ParagraphItem | undefined {
  const number = stickyMatch(NUMBER, text, at);
  if (!number) return undefined;
  let end = at + number[0].length;
  if (/\d/.test(text[end] ?? '')) return undefined;
  let letter = '';
  const letterMatch = stickyMatch(LETTER, text, end);
  if (letterMatch) {
    letter = letterMatch[1]!;
    end += letterMatch[0].length;
  }
  const item: ParagraphItem = { paragraph: number[0] + letter, label: letter ? `${number[0]} ${letter}` : number[0], start: at, end };
  const subsection = stickyMatch(SUBSECTION, text, end) ?? stickyMatch(SUBSECTION_PAREN, text, end);
  if (subsection) {
    item.subsection = Number(subsection[1]);
    item.end = end = end + subsection[0].length;
  }
  const tail = stickyMatch(TAIL, text, end);
  if (tail) item.end = end + tail[0].length;
  return item;
}

/** Every reference to Serviceloven in `text`, in order. */
export function findServicelovenReferences(text: string): ServicelovenReference[] {
  const mentions = lawMentions(text);
  if (mentions.length === 0) return [];
  const byEnd = new Map<number, LawMention>();
  const byStart = new Map<number, LawMention>();
  for (const mention of mentions) {
    byStart.set(mention.start, mention);
    let end = mention.end;
    // "servicelovens § 50": the mark follows after spaces.
    const space = stickyMatch(SPACE, text, end);
    end += space ? space[0].length : 0;
    byEnd.set(end, mention);
  }
  const references: ServicelovenReference[] = [];
  for (const mark of text.matchAll(SECTION_MARK)) {
    const markStart = mark.index;
    let at = markStart + mark[0].length;
    if (mark[0] === '§' && text[at] === '§') at++;
    const space = stickyMatch(SPACE, text, at);
    at += space ? space[0].length : 0;
    const items: ParagraphItem[] = [];
    let item = parseItem(text, at);
    while (item) {
      items.push(item);
      const separator = stickyMatch(LIST_SEPARATOR, text, item.end);
      if (!separator) break;
      item = parseItem(text, item.end + separator[0].length);
    }
    if (items.length === 0) continue;
    const groupEnd = items[items.length - 1]!.end;
    const before = byEnd.get(markStart);
    if (before) {
      references.push({ law: before, items, start: before.start, end: groupEnd, lawAfter: false });
      continue;
    }
    const connector = stickyMatch(LAW_AFTER, text, groupEnd);
    if (connector) {
      const after = byStart.get(groupEnd + connector[0].length);
      if (after && after.form !== 'genitive') references.push({ law: after, items, start: markStart, end: after.end, lawAfter: true });
    }
  }
  return references;
}
