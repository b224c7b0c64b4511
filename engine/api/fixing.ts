// Fixing: the one fix applier's passes (`--fix` over a workspace, the editor's fix-all over one
// document), and what `--fix` needs to write the result byte for byte: the edits of every pass
// composed over the original text, and the original bytes read as the engine reads them. Pure (no
// files): writing is the CLI's.
export { fixDocument, fixInPasses, type DocumentFix, type FixedDocument, type FixPassesOutcome } from '../fixes/passes.ts';
export { composeEdits, type Piece } from '../fixes/compose.ts';
export { decodeDocumentBytes } from '../read.ts';
/** The findings of a whole workspace held in memory (after `--fix` left some files unwritten). */
export { lintWorkspace } from '../lint/runner.ts';
