// The engine's entry point for its front ends (the CLI, the management report, the language
// server, the rule tests): a linter created from options (`createLinter`) that finds the
// configuration and the files and runs the two-phase pipeline, with what the callers need around
// it. Node only (files, worker threads). Beside it, grouped by what a caller does and free of the
// platform (the browser builds and the web language server use them too):
//   - `model.ts`: a document's model for editor features and the report (goal ranges, references,
//     the hierarchy tree, placeholders, positions, dates; a goal's scorecard, owner and deadline);
//   - `in-memory.ts`: documents held in memory, linted one at a time (the server's buffers);
//   - `fixing.ts`: the fix applier's passes and what `--fix` writes with;
//   - `rules.ts`: the rules by ID, name, page and whether a configuration runs them.
// `cli/` and `server/` import the engine through these only (eslint.config.mjs), the types of the
// model (`engine/types.ts`, `engine/model/document.ts`, `engine/rule.ts`, `engine/config/schema.ts`)
// aside. Free of `vscode` and of the LSP library, like the rest of the engine.
export { createLinter, Linter, type DocumentsResult, type LinterOptions, type LinterWarning, type LintRunOptions, type LintRunResult, type SourceText } from './linter.ts';
export { loadFolderConfig, loadRunConfig, type ConfigSource, type RunConfig } from './config.ts';
export { lintPhaseOne, type PhaseOneOptions } from './phase-one.ts';
export { STDIN_NAME, type RunFiles } from './project-files.ts';
export { describeCacheProblem, type CacheProblem, type CacheStats } from './cache.ts';
export { errorCode, fileIdentity, pathKind, readHead, replaceFile } from './safe-write.ts';
export { GOVLINT_VERSION } from './version.ts';

// Errors a caller tells the user about (exit status 2 in the CLI).
export { ConfigError } from '../config/load.ts';
export { NoMatchError, NotAFileError, PathNotFoundError } from '../workspace/discover.ts';

// Projects: which folder a path belongs to (the language server lays out its projects with these).
export { isInside, nestedProjectRoots } from '../workspace/project.ts';

// Word documents (`govlint import`), templates (`govlint init`) and configuration files as the CLI reads its arguments.
export { convertDocx, DocxProblem, type DocxProblemReason } from '../import/docx/convert.ts';
export { isWordPath, WORD_LOCK_FILES } from '../import/docx/document.ts';
export { renderSkeleton, type SkeletonInput } from '../templates/skeleton.ts';
export { findConfigFile } from '../config/find.ts';
export { discoverFiles } from '../workspace/discover.ts';

// Files on disk one at a time: the language server reads a closed file, `--fix` the bytes it keeps a snapshot of.
export { lintFile } from '../lint/files.ts';
export { documentFromFileBytes, readDocumentFile, unreadableFile } from '../workspace/load.ts';
export { WorkspaceBoundary } from '../workspace/boundary.ts';

// What the results are made of.
export type { ConfigInput, ResolvedConfig } from '../config/schema.ts';
export type { LintedFile, FileToLint } from '../lint/files.ts';
export type { LintOptions } from '../lint/runner.ts';
export type { DocumentOutline, GovDocument } from '../model/document.ts';
export type { Rule } from '../rule.ts';
export type { Diagnostic, Lang } from '../types.ts';
export type { SourceLocation } from '../model/source.ts';
export type { DiscoveredFile } from '../workspace/discover.ts';
export type { WorkspaceIndex } from '../workspace/index.ts';
