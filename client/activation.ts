// When the language client starts. package.json activates the extension on Markdown and on a
// `.govlint.*` file in the workspace; then the server is started only where govlint has work:
// a configuration file (in the workspace, or above it up to the git root, where the server finds
// it too), or a Markdown file that is a governance document — read as the engine reads it: the
// front matter's YAML (comments, quotes, flow style), and the levels of the configured chain or
// the default one (types and aliases, any case).
import { readFileSync } from 'node:fs';
import { findConfigFile } from '../engine/config/find.ts';
import { DEFAULT_LEVELS, declaredLevels, type HierarchyLevel } from '../engine/config/levels.ts';
import { governanceType } from '../engine/parse/document-type.ts';
import { decodeDocumentBytes } from '../engine/read.ts';
import type { ClientSettings } from './settings.ts';

/** Globs, relative to a workspace folder, passed to workspace.findFiles. */
export const CONFIG_GLOB = '**/.govlint.{yaml,yml,json}';
export const MARKDOWN_GLOB = '**/*.md';
export const EXCLUDE_GLOB = '**/{node_modules,.git,dist,out}/**';
/** How many Markdown files are read at a time while looking for a governance document (every file is looked at; the first hit stops the search). */
export const PEEK_BATCH = 32;
/** The engine's default size limit: a larger file is not linted, so it cannot make a workspace a governance workspace. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

/** True when the text opens with front matter whose `type:` names a level of `levels` (the default chain unless configured). */
export function isGovernanceText(text: string, levels: readonly HierarchyLevel[] = DEFAULT_LEVELS): boolean {
  return governanceType(text, levels) !== undefined;
}

/** The same for a file's bytes, decoded as the engine decodes them (a binary or non-UTF-8 file is no document). */
export function isGovernanceFile(bytes: Uint8Array, levels: readonly HierarchyLevel[] = DEFAULT_LEVELS): boolean {
  const decoded = decodeDocumentBytes(bytes, MAX_DOCUMENT_BYTES);
  return decoded.ok && isGovernanceText(decoded.text, levels);
}

/**
 * Whether any of `files` is a governance document: read `batch` at a time, stopping at the first
 * that is. An unreadable file is no reason to start.
 */
export async function anyGovernanceFile<T>(files: readonly T[], read: (file: T) => Promise<Uint8Array>, levels: readonly HierarchyLevel[] = DEFAULT_LEVELS, batch = PEEK_BATCH): Promise<boolean> {
  for (let start = 0; start < files.length; start += batch) {
    const found = await Promise.all(
      files.slice(start, start + batch).map((file) =>
        read(file).then(
          (bytes) => isGovernanceFile(bytes, levels),
          () => false,
        ),
      ),
    );
    if (found.includes(true)) return true;
  }
  return false;
}

export interface WorkspaceFacts {
  hasConfigFile: boolean;
  /** Whether any Markdown file in the workspace (or open in the editor) is a governance document. */
  hasGovernanceDocument: boolean;
}

export type StartDecision = { start: true; reason: 'config' | 'document' } | { start: false; reason: 'disabled' | 'no-governance' };

export function decideStart(settings: Pick<ClientSettings, 'enable'>, facts: WorkspaceFacts): StartDecision {
  if (!settings.enable) return { start: false, reason: 'disabled' };
  if (facts.hasConfigFile) return { start: true, reason: 'config' };
  if (facts.hasGovernanceDocument) return { start: true, reason: 'document' };
  return { start: false, reason: 'no-governance' };
}

/** The levels that name documents in `folder`: those of the configuration the server would use there (nearest `.govlint.*` up to the git root), else the default chain. */
export function levelsFor(folder: string): readonly HierarchyLevel[] {
  const file = findConfigFile(folder);
  if (!file) return DEFAULT_LEVELS;
  try {
    return declaredLevels(readFileSync(file, 'utf8')) ?? DEFAULT_LEVELS;
  } catch {
    return DEFAULT_LEVELS;
  }
}
