import type { Snapshot } from '../workspace-state.ts';

/** What the features adapt to: snippet edits in code actions, Markdown in hovers. */
export interface ClientFeatures {
  /** `SnippetTextEdit`s in workspace edits (tab through `[placeholders]`). */
  snippetEdits: boolean;
  /** Markdown in hovers. */
  markdownHover: boolean;
}

/**
 * What every feature reads: its project's state as a snapshot (up to date with every open
 * buffer, whatever the feature reads first), and what the client can do.
 */
export interface FeatureContext {
  snapshot: Snapshot;
  client: ClientFeatures;
}
