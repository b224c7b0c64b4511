// Structured cloning (worker → this thread) copies every string it meets, even the same one twice:
// each finding arrives with its own copy of its file's path, its rule id, its severity and its
// message (once in `message`, once in `messages`). A large workspace keeps all its findings until
// the output is written, so the copies add up (1,000 documents: 1.9 KB a finding, a third of it
// such copies). `shareStrings` points those fields back at one shared string.

import type { Diagnostic, Localized } from '../types.ts';
import type { LintedFile } from './files.ts';

/** Interned strings; only short ones that recur across documents (rule ids, fix titles) go in, and the table is bounded. */
const interned = new Map<string, string>();
const MAX_INTERNED = 4096;
const MAX_INTERNED_LENGTH = 200;

function intern<T extends string>(text: T): T {
  if (text.length > MAX_INTERNED_LENGTH) return text;
  const known = interned.get(text);
  if (known !== undefined) return known as T;
  if (interned.size < MAX_INTERNED) interned.set(text, text);
  return text;
}

function internLocalized(localized: Localized): void {
  localized.da = intern(localized.da);
  localized.en = intern(localized.en);
}

// Each assignment below replaces a string with an equal one that is shared: the value does not change, only which copy holds it.
function shareDiagnostic(diagnostic: Diagnostic, path: string): void {
  if (diagnostic.file === path) diagnostic.file = path;
  diagnostic.rule = intern(diagnostic.rule);
  diagnostic.severity = intern(diagnostic.severity);
  if (diagnostic.lang !== undefined) diagnostic.lang = intern(diagnostic.lang);
  const { messages } = diagnostic;
  if (diagnostic.message === messages.da) diagnostic.message = messages.da;
  else if (diagnostic.message === messages.en) diagnostic.message = messages.en;
  if (diagnostic.fix) internLocalized(diagnostic.fix.title);
  if (diagnostic.suggestions) for (const suggestion of diagnostic.suggestions) internLocalized(suggestion.title);
}

/** Makes a cloned file's findings share equal strings (in place): the path with its outline, the message with its localized form, rule ids and fix titles across files. */
export function shareStrings(linted: LintedFile): LintedFile {
  const path = linted.outline.path;
  for (const diagnostic of linted.diagnostics) shareDiagnostic(diagnostic, path);
  return linted;
}
