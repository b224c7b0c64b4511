// Documents held in memory and linted one at a time against an index of the others: the language
// server's open buffers and, in the web extension, every file of the workspace. A document is
// parsed from its text, its phase 1 kept (outline and document rules' findings), and linted again
// with the workspace rules when what it reads of the others changes. Pure (no files, no threads):
// the web language server uses it too; files on disk are `index.ts`'s.
import type { DocumentOutline } from '../model/document.ts';
import { lintWorkspaceRules, sortDiagnostics, type LintOptions } from '../lint/runner.ts';
import type { Diagnostic } from '../types.ts';
import type { WorkspaceIndex } from '../workspace/index.ts';

export { documentFromText } from '../parse/from-bytes.ts';
export { lintParsedDocument, type LintedFile } from '../lint/parsed.ts';
export { documentLang, lintDocument, type LintOptions } from '../lint/runner.ts';
export { WorkspaceIndex } from '../workspace/index.ts';

// A configuration read from its text (a worker has no disk), or the defaults.
export { CONFIG_FILE_NAMES } from '../config/names.ts';
export { parseConfigContent } from '../config/parse.ts';
export { defaultConfig, type ResolvedConfig } from '../config/schema.ts';

/** Phase 2 for one document known by its outline: its kept phase-1 findings and the workspace rules' against `workspace`, sorted. */
export function lintOutline(outline: DocumentOutline, own: readonly Diagnostic[], workspace: WorkspaceIndex<DocumentOutline>, options: LintOptions): Diagnostic[] {
  return sortDiagnostics([...own, ...lintWorkspaceRules(outline, workspace, options)]);
}
