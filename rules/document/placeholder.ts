import type { Goal, GoalFieldKey, GovDocument } from '../../engine/model/document.ts';
import { GOAL_FIELD_LABELS } from '../../engine/parse/aliases.ts';
import type { Rule, RuleContext } from '../../engine/rule.ts';
import { findPlaceholders, type PlaceholderSpan } from '../../engine/text/placeholder.ts';
import { rangeAt } from '../../engine/text/positions.ts';
import type { Lang, Localized } from '../../engine/types.ts';

/** What to write instead of a placeholder in a goal field. */
const FIELD_WANTS: Record<GoalFieldKey, Localized> = {
  owner: { da: 'den enhed eller rolle, der svarer for målet', en: 'the unit or role that answers for the goal' },
  deadline: { da: 'en dato (ÅÅÅÅ-MM-DD), en periode eller en tidsfrist', en: 'a date (YYYY-MM-DD), a period or a time limit' },
  indicator: { da: 'hvad der måles, og hvor tallet kommer fra', en: 'what is measured, and where the figure comes from' },
  baseline: { da: 'det nuværende niveau og året, det er målt', en: 'the current level and the year it was measured' },
  target: { da: 'den værdi, der skal nås', en: 'the value to reach' },
  implements: { da: "id'et på det overordnede mål", en: 'the ID of the parent goal' },
  'follow-up': { da: 'hvornår og hvordan der følges op', en: 'when and how progress is followed up' },
};

/** What to write instead of a placeholder in front matter, by canonical key. */
const KEY_WANTS: Record<string, Localized> = {
  owner: { da: 'den enhed eller rolle, der ejer dokumentet', en: 'the unit or role that owns the document' },
  title: { da: 'dokumentets titel', en: 'the title of the document' },
  parent: { da: "id'et på det overordnede dokument", en: 'the id of the parent document' },
  adopted: { da: 'vedtagelsesdatoen (ÅÅÅÅ-MM-DD)', en: 'the date of adoption (YYYY-MM-DD)' },
  review: { da: 'datoen for næste revision (ÅÅÅÅ-MM-DD)', en: 'the date of the next review (YYYY-MM-DD)' },
  id: { da: 'et fast id for dokumentet', en: 'a stable id for the document' },
};

const OTHER_VALUE: Localized = { da: 'den rigtige værdi', en: 'the actual value' };

/** The message for a front matter value, saying what to write (one message per key: the text differs by language). */
function frontmatterMessage(wants: Localized): Localized {
  return { da: `"{key}" er ikke udfyldt ({placeholders}). Skriv ${wants.da}.`, en: `"{key}" is not filled in ({placeholders}). Write ${wants.en}.` };
}

function fieldMessage(wants: Localized): Localized {
  return {
    da: `Feltet "{field}" i mål {goal} er ikke udfyldt ({placeholders}). Skriv ${wants.da}.`,
    en: `The field "{field}" of goal {goal} is not filled in ({placeholders}). Write ${wants.en}.`,
  };
}

function quoted(spans: readonly PlaceholderSpan[]): string {
  return [...new Set(spans.map((span) => span.text))].map((text) => `"${text}"`).join(', ');
}

function goalLabel(goal: Goal): string {
  if (goal.id) return goal.id;
  return `"${goal.title.length > 60 ? `${goal.title.slice(0, 57)}…` : goal.title}"`;
}

/** Spans of `text` (which starts at `offset` in the document) that hold placeholders, shifted to document offsets. */
function placeholdersAt(text: string, offset: number): PlaceholderSpan[] {
  return findPlaceholders(text).map((span) => ({ ...span, start: span.start + offset, end: span.end + offset }));
}

/** The finding's range: from the first placeholder to the last one on the same line. */
function spansRange(document: GovDocument, spans: readonly PlaceholderSpan[]) {
  const first = spans[0]!;
  const line = rangeAt(document.lineStarts, first.start, first.start).start.line;
  let end = first.end;
  for (const span of spans) if (rangeAt(document.lineStarts, span.end, span.end).start.line === line) end = Math.max(end, span.end);
  return rangeAt(document.lineStarts, first.start, end);
}

/** Front-matter keys that hold one value: a YAML list in them is template text in brackets. */
const SCALAR_KEYS = new Set(['id', 'type', 'title', 'owner', 'parent', 'adopted', 'adopted-by', 'review', 'status', 'lang']);

function checkFrontmatter(context: RuleContext): void {
  const { document } = context;
  const frontmatter = document.frontmatter;
  if (!frontmatter) return;
  for (const entry of [...frontmatter.entries.values(), ...frontmatter.duplicateKeys]) {
    // "udmønter: [M1, M2]" is a YAML list, not template text; a key that holds one value ("ansvarlig: [Enhed eller rolle]") is.
    if (Array.isArray(entry.value) && !SCALAR_KEYS.has(entry.key)) continue;
    const start = entry.valueRange.start.offset;
    const spans = placeholdersAt(document.text.slice(start, entry.valueRange.end.offset), start);
    if (spans.length === 0) continue;
    context.report({
      messageId: KEY_WANTS[entry.key] ? `frontmatter-${entry.key}` : 'frontmatter',
      data: { key: entry.rawKey, placeholders: quoted(spans) },
      range: spansRange(document, spans),
    });
  }
}

function checkGoal(context: RuleContext, goal: Goal, lang: Lang, covered: Array<[number, number]>): void {
  const { document } = context;
  const statementSpans = goal.statementSpans.flatMap((span) => {
    covered.push([span.start, span.start + span.text.length]);
    return placeholdersAt(span.text, span.start);
  });
  if (statementSpans.length > 0) {
    context.report({
      messageId: 'statement',
      data: { goal: goalLabel(goal), placeholders: quoted(statementSpans) },
      range: spansRange(document, statementSpans),
      ...(goal.id ? { goal: goal.id } : {}),
    });
  }
  for (const field of goal.fields) {
    const start = field.valueRange.start.offset;
    covered.push([field.range.start.offset, field.range.end.offset]);
    const spans = placeholdersAt(document.text.slice(start, field.valueRange.end.offset), start);
    if (spans.length === 0) continue;
    context.report({
      messageId: `field-${field.key}`,
      data: { goal: goalLabel(goal), field: field.rawKey || GOAL_FIELD_LABELS[field.key][lang], placeholders: quoted(spans) },
      range: spansRange(document, spans),
      ...(goal.id ? { goal: goal.id } : {}),
    });
  }
}

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    family: 'document',
    defaultSeverity: 'warning',
    description: {
      da: 'Skabelontekst, der ikke er udfyldt: [pladsholdere], ÅÅÅÅ-MM-DD, TBD, XX — i front matter, målfelter og måludsagn. En pladsholder tæller aldrig som en værdi.',
      en: 'Template text left unfilled: [placeholders], YYYY-MM-DD, TBD, XX — in front matter, goal fields and goal statements. A placeholder never counts as a value.',
    },
    fixable: false,
    hasSuggestions: false,
    messages: {
      frontmatter: frontmatterMessage(OTHER_VALUE),
      ...Object.fromEntries(Object.entries(KEY_WANTS).map(([key, wants]) => [`frontmatter-${key}`, frontmatterMessage(wants)])),
      ...Object.fromEntries(Object.entries(FIELD_WANTS).map(([key, wants]) => [`field-${key}`, fieldMessage(wants)])),
      statement: {
        da: 'Mål {goal} indeholder skabelontekst, der ikke er udfyldt ({placeholders}). Erstat den med målets egne ord og tal.',
        en: "Goal {goal} holds template text that is not filled in ({placeholders}). Replace it with the goal's own words and figures.",
      },
      text: {
        da: 'Skabelonteksten {placeholders} er ikke udfyldt: skriv afsnittets egen tekst.',
        en: "The template text {placeholders} is not filled in: write the section's text.",
      },
    },
  },
  check(context) {
    const { document, lang } = context;
    checkFrontmatter(context);
    const covered: Array<[number, number]> = [];
    for (const goal of document.goals) checkGoal(context, goal, lang, covered);
    // Elsewhere, only a paragraph that is nothing but a placeholder ("[Hvem gælder politikken for?]"):
    // brackets inside prose may be the author's own.
    // Goals' statements and fields are checked above; blocks and goals are both in document order (sorted, and bisected: a document may hold thousands of goals).
    covered.sort((a, b) => a[0] - b[0]);
    const ends: number[] = [];
    for (const [, to] of covered) ends.push(Math.max(to, ends.at(-1) ?? 0));
    const overlapsGoal = (start: number, end: number): boolean => {
      // The last covered span that starts before `end`; any earlier one that reaches past `start` overlaps too (running maximum of ends).
      let low = 0;
      let high = covered.length - 1;
      let last = -1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (covered[mid]![0] < end) {
          last = mid;
          low = mid + 1;
        } else high = mid - 1;
      }
      return last >= 0 && ends[last]! > start;
    };
    for (const block of document.textBlocks) {
      const start = block.range.start.offset;
      const end = block.range.end.offset;
      if (overlapsGoal(start, end)) continue;
      const trimmed = block.text.trim();
      const spans = placeholdersAt(block.text, start);
      if (spans.length !== 1 || spans[0]!.text !== trimmed) continue;
      context.report({ messageId: 'text', data: { placeholders: quoted(spans) }, range: spansRange(document, spans) });
    }
  },
};
