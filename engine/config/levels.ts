// The document levels of a hierarchy, without the configuration schema (zod) or the rule
// registry: the VS Code client reads them too, to decide whether a workspace holds governance
// documents, and its bundle should not carry the whole engine for that.
import { isMap, isSeq, parseDocument } from 'yaml';

export interface HierarchyLevel {
  type: string;
  aliases: string[];
  label: { da: string; en: string };
}

export const DEFAULT_LEVELS: HierarchyLevel[] = [
  { type: 'policy', aliases: ['politik'], label: { da: 'politik', en: 'policy' } },
  {
    type: 'service-level',
    aliases: ['serviceniveau', 'kvalitetsstandard', 'standard'],
    label: { da: 'serviceniveau', en: 'service level' },
  },
  { type: 'guideline', aliases: ['retningslinje', 'retningslinjer'], label: { da: 'retningslinje', en: 'guideline' } },
];

/** The level a `type:` value names (its type or one of its aliases, any case), if any. */
export function levelNamed(value: string, levels: readonly HierarchyLevel[]): HierarchyLevel | undefined {
  const lower = value.trim().toLowerCase();
  return levels.find((level) => level.type.toLowerCase() === lower || level.aliases.some((alias) => alias.toLowerCase() === lower));
}

/** The canonical type a `type:` value names, or the value itself when no level has it. */
export function canonicalType(value: string, levels: readonly HierarchyLevel[]): string {
  return levelNamed(value, levels)?.type ?? value;
}

/**
 * The levels a configuration text declares (`hierarchy.levels`), read leniently: undefined when
 * the text declares none or cannot be read (the configuration loader reports what is wrong; this
 * only answers which types name documents).
 */
export function declaredLevels(configText: string): HierarchyLevel[] | undefined {
  let data: unknown;
  try {
    const document = parseDocument(configText, { prettyErrors: false });
    if (document.errors.length > 0 || !isMap(document.contents) || !isSeq(document.getIn(['hierarchy', 'levels'], true))) return undefined;
    const config: unknown = document.toJS({ maxAliasCount: 50 });
    data = (config as { hierarchy: { levels: unknown } }).hierarchy.levels;
  } catch {
    return undefined;
  }
  if (!Array.isArray(data)) return undefined;
  const result: HierarchyLevel[] = [];
  for (const item of data as unknown[]) {
    if (!item || typeof item !== 'object') continue;
    const { type, aliases } = item as { type?: unknown; aliases?: unknown };
    if (typeof type !== 'string' || type === '') continue;
    const names = Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string' && alias !== '') : [];
    result.push({ type, aliases: names, label: { da: type, en: type } });
  }
  return result.length > 0 ? result : undefined;
}
