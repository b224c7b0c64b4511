import type { DiagnosticsManager } from '../diagnostics.ts';
import type { ServerWorkspace } from '../workspace.ts';

/** What every feature reads: the workspace, the findings, and what the client can do. */
export interface FeatureContext {
  workspace: ServerWorkspace;
  diagnostics: DiagnosticsManager;
  client: {
    /** `SnippetTextEdit`s in workspace edits (tab through `[placeholders]`). */
    snippetEdits: boolean;
    /** Markdown in hovers. */
    markdownHover: boolean;
  };
}
