// Phase 1 of a document already parsed, with nothing of the platform: the browser builds (the web
// language server) take it from here, `files.ts` (which reads files) builds on it.
import type { DocumentOutline, GovDocument } from '../model/document.ts';
import { outlineOf } from '../model/outline.ts';
import { addDueDates } from '../analysis/due.ts';
import type { Diagnostic } from '../types.ts';
import { lintDocumentRules, type LintOptions } from './runner.ts';

/** What phase 1 keeps of a file: its outline and the document rules' findings. */
export interface LintedFile {
  outline: DocumentOutline;
  diagnostics: Diagnostic[];
}

/** Phase 1 for a document already parsed (from a file, standard input, an editor's buffer or a test's text): its outline and, unless `outlineOnly`, its document rules' findings. */
export function lintParsedDocument(document: GovDocument, options: LintOptions, outlineOnly = false): LintedFile {
  return { outline: addDueDates(outlineOf(document), document, document.meta.lang ?? options.config.lang), diagnostics: outlineOnly ? [] : lintDocumentRules(document, options) };
}
