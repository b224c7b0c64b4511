// When the language client starts. package.json activates the extension on Markdown and on a
// `.govlint.*` file in the workspace; then the server is started only where govlint has work:
// a configuration file, or a Markdown file that is a governance document.
import type { ClientSettings } from './settings.ts';

/** Globs, relative to a workspace folder, passed to workspace.findFiles. */
export const CONFIG_GLOB = '**/.govlint.{yaml,yml,json}';
export const MARKDOWN_GLOB = '**/*.md';
export const EXCLUDE_GLOB = '**/{node_modules,.git,dist,out}/**';
/** How many Markdown files to peek into before giving up looking for a governance document. */
export const MAX_PEEK = 200;
/** How much of each file to read: front matter comes first. */
export const PEEK_BYTES = 4096;

const TYPE_VALUES = new Set(['policy', 'politik', 'service-level', 'serviceniveau', 'kvalitetsstandard', 'standard', 'guideline', 'retningslinje', 'retningslinjer']);

/** True when the text opens with front matter whose `type:` names a governance document type. */
export function isGovernanceText(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '');
  if (!/^---\r?\n/.test(head)) return false;
  const end = head.slice(4).search(/^(---|\.\.\.)\s*$/m);
  const block = end === -1 ? head.slice(4) : head.slice(4, 4 + end);
  const match = /^type:\s*["']?([\p{L}-]+)["']?\s*$/imu.exec(block);
  return match !== null && TYPE_VALUES.has(match[1]!.toLowerCase());
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
