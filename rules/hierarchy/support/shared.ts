// Helpers shared by the hierarchy rules: levels of the configured chain, and nearest names.
import { distance } from 'fastest-levenshtein';
import type { HierarchyLevel } from '../../../engine/config/schema.ts';
import type { DocumentOutline } from '../../../engine/model/document.ts';
import type { WorkspaceRuleContext } from '../../../engine/rule.ts';
import type { Range } from '../../../engine/types.ts';

/** Index of a document type in the configured chain (0 = root), or -1 when the type is not a level. */
export function levelIndex(context: Pick<WorkspaceRuleContext, 'config'>, type: string | undefined): number {
  if (type === undefined) return -1;
  return context.config.levels.findIndex((level) => level.type === type);
}

export function levelAt(context: Pick<WorkspaceRuleContext, 'config'>, index: number): HierarchyLevel | undefined {
  return context.config.levels[index];
}

/**
 * The closest names to `name` by edit distance, nearest first (ties by name), at most `limit`.
 * A candidate must be reasonably near — an unrelated id is noise, not help: at most 3 edits, or
 * 40 % of the longer name's length for long ids (`boernepolitk` vs `boernepolitik-2025`).
 */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored: Array<{ candidate: string; score: number }> = [];
  const lower = name.toLowerCase();
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const score = distance(lower, candidate.toLowerCase());
    if (score <= Math.max(3, Math.ceil(Math.max(name.length, candidate.length) * 0.4))) scored.push({ candidate, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0));
  return scored.slice(0, limit).map((entry) => entry.candidate);
}

/** Where the document's id stands (front matter value), or its front matter as a fallback. */
export function idRangeOf(document: DocumentOutline): Range | undefined {
  return document.frontmatter?.entries.get('id')?.valueRange ?? document.frontmatter?.range;
}

/** Formats a list of names for a message: `"a", "b" or "c"` / `"a", "b" eller "c"`. */
export function orList(names: readonly string[], word: string): string {
  const quoted = names.map((name) => `"${name}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${word} ${quoted[quoted.length - 1]}`;
}
