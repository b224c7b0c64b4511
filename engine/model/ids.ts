// The one grammar of identifiers (SPEC §1, §2), shared by the front-matter schema (`id`,
// `parent`), the reference parser (`Udmønter:`/`implements`), goal headings and rename:
//
//   document id    a letter or digit, then letters, digits, ".", "_" and "-"
//                  (`boernepolitik-2025`, `BUP-2025`, `politik.2025`)
//   goal id        a capital letter, up to 7 more letters, an optional "-", digits, optionally
//                  dotted or hyphenated parts (`M1`, `M2.1`, `SN-3`); the capital keeps ordinary
//                  words from reading as ids
//   reference      `goal id` (a goal of the parent document) or `document id#goal id`
//
// Whatever the schema accepts as a document id also works before "#" in a reference.

const DOCUMENT_ID_SOURCE = '[\\p{L}\\d][\\p{L}\\d._-]*';
/** Source of a goal id, for patterns that embed one (goal headings). */
export const GOAL_ID_SOURCE = '\\p{Lu}\\p{L}{0,7}-?\\d{1,4}(?:[.-]\\d{1,4}){0,4}';

export const DOCUMENT_ID_PATTERN = new RegExp(`^${DOCUMENT_ID_SOURCE}$`, 'u');
export const GOAL_ID_PATTERN = new RegExp(`^${GOAL_ID_SOURCE}$`, 'u');

export function isDocumentId(value: string): boolean {
  return DOCUMENT_ID_PATTERN.test(value);
}

export function isGoalId(value: string): boolean {
  return GOAL_ID_PATTERN.test(value);
}

/** A goal reference found in a text: offsets into that text. */
export interface ScannedRef {
  start: number;
  end: number;
  /** The named document; undefined for a bare goal id (a goal of the parent). */
  documentId?: string;
  goalId: string;
}

/** Runs of characters a document id is made of: matched greedily, so scanning stays linear. */
const DOCUMENT_ID_RUN = /[\p{L}\d._-]+/gu;
/** A goal id at a given position (sticky), not followed by a letter or digit. */
const GOAL_ID_AT = new RegExp(`${GOAL_ID_SOURCE}(?![\\p{L}\\d])`, 'uy');
/** Every goal id in a text, not followed by a letter or digit. */
const GOAL_ID_ANYWHERE = new RegExp(`${GOAL_ID_SOURCE}(?![\\p{L}\\d])`, 'gu');

/**
 * The goal references in an `Udmønter:`/`implements` value, in text order. `doc#M1` names goal
 * M1 of document `doc`, for any document id; a goal id elsewhere is a goal of the parent.
 */
export function scanGoalRefs(value: string): ScannedRef[] {
  const qualified: ScannedRef[] = [];
  for (const run of value.matchAll(DOCUMENT_ID_RUN)) {
    const runEnd = run.index + run[0].length;
    if (value[runEnd] !== '#') continue;
    // Punctuation before the id (`(-doc#M1`) is not part of it: an id starts with a letter or digit.
    const lead = /^[._-]*/.exec(run[0])![0].length;
    const documentId = run[0].slice(lead);
    if (!isDocumentId(documentId)) continue;
    GOAL_ID_AT.lastIndex = runEnd + 1;
    const goal = GOAL_ID_AT.exec(value);
    if (!goal) continue;
    qualified.push({ start: run.index + lead, end: runEnd + 1 + goal[0].length, documentId, goalId: goal[0] });
  }
  const refs = [...qualified];
  let next = 0;
  for (const match of value.matchAll(GOAL_ID_ANYWHERE)) {
    const start = match.index;
    const end = start + match[0].length;
    // Skip ids inside a qualified reference (its document id or its goal).
    while (next < qualified.length && qualified[next]!.end <= start) next++;
    const inside = qualified[next];
    if (inside && inside.start < end && start < inside.end) continue;
    refs.push({ start, end, goalId: match[0] });
  }
  return refs.sort((a, b) => a.start - b.start);
}
