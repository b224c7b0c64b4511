// Linting a set of files in two phases, so that no more than one document's text is held at a time:
//  1. each file is read, parsed and checked by the document rules; only its outline and those
//     findings are kept (`lintFile`, which worker threads can run in parallel);
//  2. the outlines make the workspace index, and the workspace rules run over it
//     (`lintOutlines`).
import type { DocumentOutline } from '../model/document.ts';
import type { Diagnostic } from '../types.ts';
import type { DiscoveredFile } from '../workspace/discover.ts';
import { WorkspaceIndex } from '../workspace/index.ts';
import { readDocumentFile } from '../workspace/load.ts';
import { lintParsedDocument, type LintedFile } from './parsed.ts';
import { isGovernanceDocument, lintWorkspaceRules, sortDiagnostics, type LintOptions } from './runner.ts';

export { lintParsedDocument, type LintedFile } from './parsed.ts';

export interface WorkspaceLintResult {
  /** All findings, sorted by file and position. */
  diagnostics: Diagnostic[];
  /** Governance documents (with front matter). */
  documents: number;
}

/** A file for phase 1. */
export interface FileToLint extends DiscoveredFile {
  /**
   * Only its outline is needed: the file is in the workspace for what other documents read of
   * it, but its own findings are not reported (a partial run), so its document rules do not run.
   */
  outlineOnly?: boolean;
}

/** Phase 1 for one file: read, parse, run the document rules (unless `outlineOnly`), keep the outline. */
export function lintFile(file: FileToLint, options: LintOptions): LintedFile {
  return lintParsedDocument(readDocumentFile(file, options.config), options, file.outlineOnly === true);
}

/**
 * Phase 2: the workspace rules over every outline, merged with phase 1's findings. With
 * `reported`, only the findings (and governance documents) of the files it accepts are kept:
 * the others are in the index for what the reported ones read of them.
 */
export function lintOutlines(linted: readonly LintedFile[], options: LintOptions, reported?: (path: string) => boolean): WorkspaceLintResult {
  const workspace = new WorkspaceIndex<DocumentOutline>(linted.map((file) => file.outline));
  const diagnostics: Diagnostic[] = [];
  let documents = 0;
  for (const { outline, diagnostics: own } of linted) {
    if (reported && !reported(outline.path)) continue;
    if (isGovernanceDocument(outline)) documents++;
    for (const diagnostic of own) diagnostics.push(diagnostic);
    for (const diagnostic of lintWorkspaceRules(outline, workspace, options)) diagnostics.push(diagnostic);
  }
  return { diagnostics: sortDiagnostics(diagnostics), documents };
}

/** Phase 1 for every file, in this thread. */
export function lintEach(files: readonly DiscoveredFile[], options: LintOptions, onProgress?: (done: number, total: number) => void): LintedFile[] {
  return files.map((file, i) => {
    const result = lintFile(file, options);
    onProgress?.(i + 1, files.length);
    return result;
  });
}

/** Both phases in this thread. */
export function lintFiles(files: readonly DiscoveredFile[], options: LintOptions, onProgress?: (done: number, total: number) => void): WorkspaceLintResult {
  return lintOutlines(lintEach(files, options, onProgress), options);
}
