// The governance type a Markdown text declares, read exactly as the document parser reads it
// (the front-matter block and its YAML, key aliases, the levels' types and aliases) but nothing
// more: the VS Code client asks this of every Markdown file until it finds a governance document.
import { levelNamed, type HierarchyLevel } from '../config/levels.ts';
import { computeLineStarts } from '../text/positions.ts';
import { findFrontmatterBlock, parseFrontmatter } from './frontmatter.ts';

/** The canonical type of the level the text's front matter names in `type:`, or undefined when it names none. */
export function governanceType(text: string, levels: readonly HierarchyLevel[], maxYamlAliases = 100): string | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const block = findFrontmatterBlock(body);
  if (!block?.closed) return undefined;
  // A key that reads as `type` is written with those letters, or with a YAML escape: without
  // either, there is nothing to parse (most Markdown with front matter is not governance).
  const yaml = body.slice(block.bodyStart, block.bodyEnd);
  if (!/type/i.test(yaml) && !yaml.includes('\\')) return undefined;
  // Only the block is parsed: positions past it are never asked for.
  const head = body.slice(0, block.end);
  const frontmatter = parseFrontmatter(head, block, computeLineStarts(head), { maxYamlAliases });
  const value = frontmatter.entries.get('type')?.value;
  return typeof value === 'string' ? levelNamed(value, levels)?.type : undefined;
}
