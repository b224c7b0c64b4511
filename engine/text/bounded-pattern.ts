// Patterns that must start at a boundary (not right after a letter or a digit), with the
// boundary checked in code after the engine finds a candidate, instead of a leading lookbehind
// `(?<![\p{L}\p{N}])`. Same matches, found 2 to 6 times faster: a pattern that starts with
// literal words lets V8's engine skip ahead to their first letters, which a leading lookbehind
// prevents (it is tried at every position). The leftmost match with the boundary is the
// leftmost candidate that passes the check, so searching on from the next position after a
// candidate that fails finds what the lookbehind would have found.

/** The character before a match may not be a letter or a digit (a word boundary)… */
export const AFTER_WORD = /[\p{L}\p{N}]$/u;
/** …nor, before a number, a `.` or `,` (inside a number)… */
export const AFTER_NUMBER_OR_WORD = /[\p{L}\p{N}.,]$/u;
/** …nor, before a year, a `/` (inside a date). */
export const AFTER_DATE_OR_WORD = /[\p{L}\p{N}.,/]$/u;

/** A global regular expression and what may not come right before its matches. */
export interface BoundedPattern {
  re: RegExp;
  notAfter: RegExp;
}

/**
 * `body` must not start with a top-level alternation unless every branch needs the boundary:
 * write `(?:a|b)`. `flags` must include `g`.
 */
export function bounded(body: string, flags: string, notAfter: RegExp = AFTER_WORD): BoundedPattern {
  return { re: new RegExp(body, flags), notAfter };
}

/** Whether the text right before `index` forbids a match of `pattern` there. */
export function isBlocked(pattern: BoundedPattern, text: string, index: number): boolean {
  return index > 0 && pattern.notAfter.test(text.slice(Math.max(0, index - 2), index));
}

/** Every non-empty match of `pattern` in `text`, left to right (as `matchAll` would give them with the lookbehind). */
export function* boundedMatches(pattern: BoundedPattern, text: string): Generator<RegExpExecArray> {
  const { re } = pattern;
  re.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (match[0].length === 0 || isBlocked(pattern, text, match.index)) {
      re.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    yield match;
  }
  re.lastIndex = 0;
}

/** Whether `pattern` matches anywhere in `text`. */
export function boundedTest(pattern: BoundedPattern, text: string): boolean {
  const { re } = pattern;
  re.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (match[0].length > 0 && !isBlocked(pattern, text, match.index)) break;
    re.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
  re.lastIndex = 0;
  return match !== null;
}
