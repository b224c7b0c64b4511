import { z } from 'zod';
import type { Lang, SeveritySetting } from '../types.ts';
import { reachesOutside } from '../workspace/outside-pattern.ts';
import { fieldKnowledgeSchema, type FieldKnowledge } from '../data/legal-schemas.ts';
import type { RuleMeta } from '../rule.ts';
import { DEFAULT_LEVELS, type HierarchyLevel } from './levels.ts';

export { DEFAULT_LEVELS, type HierarchyLevel } from './levels.ts';

// The configuration is data only (SPEC §6): nothing in it is ever executed,
// so an untrusted workspace is safe to open.

const severitySetting = z.enum(['error', 'warning', 'info', 'off']);
const langSchema = z.enum(['da', 'en']);

const levelSchema = z.strictObject({
  type: z.string().min(1).describe('Canonical name of the level, used in `type:` of documents.'),
  aliases: z.array(z.string().min(1)).optional().describe('Other accepted `type:` values (e.g. Danish names).'),
  label: z.strictObject({ da: z.string(), en: z.string() }).optional().describe('Display name in messages.'),
});

const lexiconExtension = z.strictObject({
  vague: z.array(z.string().min(1)).optional().describe('Extra vague verbs or phrases.'),
  hedges: z.array(z.string().min(1)).optional().describe('Extra hedging phrases.'),
});

/**
 * A record keyed by document type: `requiredSections`, `reviewIntervalMonths`. zod builds a record
 * by assignment, which makes a `__proto__` key the record's prototype (and skips its check); the
 * loader re-reads such a top-level key's entries as written (`perTypeEntry`), checked alike.
 */
const perTypeEntries = new WeakMap<z.ZodType, z.ZodType>();

export function perTypeRecord<Entry extends z.ZodType>(entry: Entry, description: string) {
  const schema = z.record(z.string(), entry).optional().describe(description);
  perTypeEntries.set(schema, entry);
  return schema;
}

/** The entry schema of a top-level key made by `perTypeRecord`, or undefined. */
export function perTypeEntry(schema: z.ZodType | undefined): z.ZodType | undefined {
  return schema ? perTypeEntries.get(schema) : undefined;
}

/**
 * The project's settings: what the engine reads (files, limits, the hierarchy, the language), and
 * what several readers share beyond one rule: the owners and lexicons of the goal analysis (the
 * goal rules, the hover and the report read it), whether goals inherit their document's owner
 * (`missing-owner` and the report), the project's legal knowledge (two field rules, checked on
 * load against the shipped data). An option that only rules read is declared by those rules
 * (`RuleMeta.options`) and composed in by `composeConfigSchema`.
 */
function engineShape(ruleIds: readonly string[]) {
  const ruleSeverities = z.strictObject(Object.fromEntries(ruleIds.map((id) => [id, severitySetting.optional()]))).describe('Severity per rule ID: error, warning, info or off.');
  return {
    $schema: z.string().optional(),
    lang: langSchema.optional().describe('Default language of documents and messages (da or en).'),
    rules: ruleSeverities.optional(),
    hierarchy: z
      .strictObject({
        levels: z.array(levelSchema).min(1).describe('Document levels from the root down, e.g. policy → service-level → guideline.'),
      })
      .optional(),
    include: z
      .array(
        z
          .string()
          .min(1)
          .refine((pattern) => !reachesOutside(pattern), {
            error: (issue) => `the pattern "${String(issue.input)}" reaches outside the project folder, and govlint reads no file outside it`,
          }),
      )
      .optional()
      .describe('Globs of files to lint (default: **/*.md), inside the project folder.'),
    ignore: z.array(z.string().min(1)).optional().describe('Globs of files to skip.'),
    owners: z.array(z.string().min(1)).optional().describe('Known units and roles; `unknown-owner` flags any other owner.'),
    goalsInheritOwner: z.boolean().optional().describe('Goals without an owner field inherit the document owner (no missing-owner on goals).'),
    lexicon: z.strictObject({ da: lexiconExtension.optional(), en: lexiconExtension.optional() }).optional(),
    fieldKnowledge: fieldKnowledgeSchema.optional(),
    limits: z
      .strictObject({
        maxFileBytes: z.number().int().positive().optional(),
        maxYamlAliases: z.number().int().nonnegative().optional(),
        maxNestingDepth: z.number().int().positive().optional(),
      })
      .optional(),
  };
}

/** The top-level keys the engine owns; every other key of a configuration belongs to rules. */
export const ENGINE_KEYS: ReadonlySet<string> = new Set(Object.keys(engineShape([])));

/**
 * Builds the configuration schema: the engine's keys, then the rules' option keys in the order
 * given. Rule IDs come from the rule registry so a misspelt ID is reported.
 */
export function buildConfigSchema(ruleIds: readonly string[], ruleKeys: Readonly<Record<string, z.ZodType>> = {}) {
  // Typed as the engine's keys: a rule's keys are typed where the rule declares them.
  return z.strictObject({ ...engineShape(ruleIds), ...ruleKeys }).describe('govlint configuration (.govlint.yaml or .govlint.json)');
}

/** What the loader needs of each rule: its ID and the options it declares. */
export type ConfigRules = ReadonlyArray<{ readonly meta: Pick<RuleMeta, 'id' | 'options'> }>;

/** The configuration schema of a rule list: rule IDs, the rules' option keys and the whole schema. */
export interface ComposedConfigSchema {
  readonly ruleIds: readonly string[];
  readonly ruleKeys: Readonly<Record<string, z.ZodType>>;
  readonly schema: ReturnType<typeof buildConfigSchema>;
}

const composed = new WeakMap<ConfigRules, ComposedConfigSchema>();

/**
 * Composes the configuration schema of `rules` (once per list). A key may be declared by several
 * rules only with the same schema object, and never be one of the engine's.
 */
export function composeConfigSchema(rules: ConfigRules): ComposedConfigSchema {
  const known = composed.get(rules);
  if (known) return known;
  const ruleKeys: Record<string, z.ZodType> = {};
  const declaredBy = new Map<string, string>();
  for (const { meta } of rules) {
    for (const [key, schema] of Object.entries(meta.options?.keys ?? {})) {
      if (ENGINE_KEYS.has(key)) throw new Error(`rule ${meta.id} declares the option "${key}", which is a project setting of the engine`);
      const other = ruleKeys[key];
      if (other && other !== schema) throw new Error(`rules ${declaredBy.get(key)} and ${meta.id} declare the option "${key}" with different schemas; share one schema object`);
      ruleKeys[key] = schema;
      if (!declaredBy.has(key)) declaredBy.set(key, meta.id);
    }
  }
  const ruleIds = rules.map((rule) => rule.meta.id);
  const result: ComposedConfigSchema = { ruleIds, ruleKeys, schema: buildConfigSchema(ruleIds, ruleKeys) };
  composed.set(rules, result);
  return result;
}

/** A configuration as written: the engine's keys typed, the rules' keys as their rules declare them. */
export type ConfigInput = z.infer<ReturnType<typeof buildConfigSchema>> & { readonly [key: string]: unknown };

/** Configuration with every default filled in. */
export interface ResolvedConfig {
  lang: Lang;
  rules: Record<string, SeveritySetting>;
  levels: HierarchyLevel[];
  /** Whether the configuration declares its hierarchy (else `levels` are the default chain). */
  hierarchyDeclared: boolean;
  include: string[];
  ignore: string[];
  owners?: string[];
  goalsInheritOwner: boolean;
  lexicon: { da: { vague: string[]; hedges: string[] }; en: { vague: string[]; hedges: string[] } };
  limits: { maxFileBytes: number; maxYamlAliases: number; maxNestingDepth: number };
  /** The project's statutory limits and legal-reference moves, laid over the shipped data by the field rules. */
  fieldKnowledge?: FieldKnowledge;
  /**
   * The values of the keys the rules own (every top-level key that is not the engine's), as the
   * loader validated them; a rule reads its own through `RuleContext.options`.
   */
  ruleSettings: Readonly<Record<string, unknown>>;
  /** Directory the configuration was loaded from (absolute), or the workspace root. */
  root: string;
  /** Path of the configuration file, when there is one. */
  file?: string;
}

export const DEFAULT_LIMITS = { maxFileBytes: 2 * 1024 * 1024, maxYamlAliases: 100, maxNestingDepth: 200 };

export function resolveConfig(input: ConfigInput, root: string, file?: string): ResolvedConfig {
  const levels: HierarchyLevel[] = input.hierarchy
    ? input.hierarchy.levels.map((level) => ({
        type: level.type,
        aliases: level.aliases ?? [],
        label: level.label ?? { da: level.type, en: level.type },
      }))
    : DEFAULT_LEVELS;
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, severity] of Object.entries(input.rules ?? {})) {
    if (severity) rules[id] = severity;
  }
  return {
    lang: input.lang ?? 'da',
    rules,
    levels,
    hierarchyDeclared: Boolean(input.hierarchy),
    include: input.include ?? ['**/*.md'],
    ignore: input.ignore ?? [],
    ...(input.owners ? { owners: input.owners } : {}),
    goalsInheritOwner: input.goalsInheritOwner ?? false,
    lexicon: {
      da: { vague: input.lexicon?.da?.vague ?? [], hedges: input.lexicon?.da?.hedges ?? [] },
      en: { vague: input.lexicon?.en?.vague ?? [], hedges: input.lexicon?.en?.hedges ?? [] },
    },
    limits: { ...DEFAULT_LIMITS, ...(input.limits ?? {}) },
    ...(input.fieldKnowledge ? { fieldKnowledge: input.fieldKnowledge } : {}),
    ruleSettings: Object.fromEntries(Object.entries(input).filter(([key]) => !ENGINE_KEYS.has(key))),
    root,
    ...(file ? { file } : {}),
  };
}

export function defaultConfig(root: string): ResolvedConfig {
  return resolveConfig({}, root);
}
