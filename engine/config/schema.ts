import { z } from 'zod';
import type { Lang, SeveritySetting } from '../types.ts';
import { reachesOutside } from '../workspace/outside-pattern.ts';
import { fieldKnowledgeSchema, type FieldKnowledge } from '../data/legal-schemas.ts';
import { DEFAULT_LEVELS, type HierarchyLevel } from './levels.ts';

export { DEFAULT_LEVELS, type HierarchyLevel } from './levels.ts';
export { DEFAULT_REVIEW_INTERVAL_MONTHS } from './review-intervals.ts';
import { DEFAULT_REVIEW_INTERVAL_MONTHS } from './review-intervals.ts';

// The configuration is data only (SPEC §6): nothing in it is ever executed,
// so an untrusted workspace is safe to open.

const severitySetting = z.enum(['error', 'warning', 'info', 'off']);
const langSchema = z.enum(['da', 'en']);

const levelSchema = z.strictObject({
  type: z.string().min(1).describe('Canonical name of the level, used in `type:` of documents.'),
  aliases: z.array(z.string().min(1)).optional().describe('Other accepted `type:` values (e.g. Danish names).'),
  label: z
    .strictObject({ da: z.string(), en: z.string() })
    .optional()
    .describe('Display name in messages.'),
});

const lexiconExtension = z.strictObject({
  vague: z.array(z.string().min(1)).optional().describe('Extra vague verbs or phrases.'),
  hedges: z.array(z.string().min(1)).optional().describe('Extra hedging phrases.'),
});

/** One entry of `requiredSections`: the headings a type needs; an inner array lists alternatives. */
export const requiredSectionsEntry = z.array(z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]));
/** One entry of `reviewIntervalMonths`. */
export const reviewIntervalEntry = z.number().int().positive();

/** Builds the configuration schema; rule IDs come from the rule registry so a misspelt ID is reported. */
export function buildConfigSchema(ruleIds: readonly string[]) {
  const ruleSeverities = z
    .strictObject(Object.fromEntries(ruleIds.map((id) => [id, severitySetting.optional()])))
    .describe('Severity per rule ID: error, warning, info or off.');

  return z
    .strictObject({
      $schema: z.string().optional(),
      lang: langSchema.optional().describe('Default language of documents and messages (da or en).'),
      rules: ruleSeverities.optional(),
      hierarchy: z
        .strictObject({
          levels: z
            .array(levelSchema)
            .min(1)
            .describe('Document levels from the root down, e.g. policy → service-level → guideline.'),
        })
        .optional(),
      requiredSections: z
        .record(z.string(), requiredSectionsEntry)
        .optional()
        .describe('Per document type: required section headings; an array lists alternatives.'),
      governanceFolders: z
        .array(z.string().min(1))
        .optional()
        .describe('Globs of folders whose Markdown files must be governance documents.'),
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
      owners: z
        .array(z.string().min(1))
        .optional()
        .describe('Known units and roles; `unknown-owner` flags any other owner.'),
      goalsInheritOwner: z
        .boolean()
        .optional()
        .describe('Goals without an owner field inherit the document owner (no missing-owner on goals).'),
      reviewIntervalMonths: z
        .record(z.string(), reviewIntervalEntry)
        .optional()
        .describe('Longest allowed time from `adopted` to `review`, per type, in months.'),
      readability: z
        .strictObject({ maxLix: z.number().positive().optional() })
        .optional(),
      lexicon: z.strictObject({ da: lexiconExtension.optional(), en: lexiconExtension.optional() }).optional(),
      fieldKnowledge: fieldKnowledgeSchema.optional(),
      limits: z
        .strictObject({
          maxFileBytes: z.number().int().positive().optional(),
          maxYamlAliases: z.number().int().nonnegative().optional(),
          maxNestingDepth: z.number().int().positive().optional(),
        })
        .optional(),
    })
    .describe('govlint configuration (.govlint.yaml or .govlint.json)');
}

export type ConfigInput = z.infer<ReturnType<typeof buildConfigSchema>>;

/** Configuration with every default filled in. */
export interface ResolvedConfig {
  lang: Lang;
  rules: Record<string, SeveritySetting>;
  levels: HierarchyLevel[];
  /** Per document type (a configured name: a Map, so `constructor` is a type like any other). */
  requiredSections: ReadonlyMap<string, string[][]>;
  governanceFolders: string[];
  include: string[];
  ignore: string[];
  owners?: string[];
  goalsInheritOwner: boolean;
  /** Per document type, in months. */
  reviewIntervalMonths: ReadonlyMap<string, number>;
  maxLix: number;
  lexicon: { da: { vague: string[]; hedges: string[] }; en: { vague: string[]; hedges: string[] } };
  limits: { maxFileBytes: number; maxYamlAliases: number; maxNestingDepth: number };
  /** The project's statutory limits and legal-reference moves, laid over the shipped data by the field rules. */
  fieldKnowledge?: FieldKnowledge;
  /** Directory the configuration was loaded from (absolute), or the workspace root. */
  root: string;
  /** Path of the configuration file, when there is one. */
  file?: string;
}

// Required sections per type (SPEC §3). Each inner array lists accepted headings (Danish or English).
export const DEFAULT_REQUIRED_SECTIONS: Record<string, string[][]> = {
  policy: [
    ['Børne- og familiesyn', 'Børnesyn', 'Værdier', 'Values', 'Vision'],
    ['Målgrupper', 'Målgruppe', 'Target groups', 'Target group'],
    ['Mål', 'Målsætninger', 'Goals', 'Objectives'],
    ['Opfølgning', 'Follow-up'],
  ],
  'service-level': [
    ['Målgruppe', 'Målgrupper', 'Target group', 'Target groups'],
    ['Indsatser', 'Ydelser', 'Indsatsvifte', 'Services', 'Interventions'],
    ['Sagsbehandlingsfrister', 'Frister', 'Case-handling time limits', 'Time limits', 'Deadlines'],
    ['Opfølgning', 'Follow-up'],
  ],
  guideline: [
    ['Formål', 'Purpose'],
    ['Ansvar', 'Ansvarsfordeling', 'Responsibility', 'Responsibilities'],
    ['Fremgangsmåde', 'Procedure', 'Arbejdsgang', 'Steps'],
    ['Frister', 'Tidsfrister', 'Time limits', 'Deadlines'],
    ['Dokumentation', 'Documentation'],
  ],
};

/** The English heading the quick fix inserts for each default section, keyed by its first (Danish) name. */
export const DEFAULT_SECTION_NAMES_EN: Record<string, string> = {
  'Børne- og familiesyn': 'Values',
  Målgrupper: 'Target groups',
  Mål: 'Goals',
  Opfølgning: 'Follow-up',
  Målgruppe: 'Target group',
  Indsatser: 'Services',
  Sagsbehandlingsfrister: 'Case-handling time limits',
  Formål: 'Purpose',
  Ansvar: 'Responsibilities',
  Fremgangsmåde: 'Procedure',
  Frister: 'Time limits',
  Dokumentation: 'Documentation',
};

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
    requiredSections: new Map([
      ...Object.entries(input.hierarchy ? {} : DEFAULT_REQUIRED_SECTIONS),
      ...Object.entries(input.requiredSections ?? {}).map(([type, entries]): [string, string[][]] => [
        type,
        entries.map((entry) => (Array.isArray(entry) ? entry : [entry])),
      ]),
    ]),
    governanceFolders: input.governanceFolders ?? [],
    include: input.include ?? ['**/*.md'],
    ignore: input.ignore ?? [],
    ...(input.owners ? { owners: input.owners } : {}),
    goalsInheritOwner: input.goalsInheritOwner ?? false,
    reviewIntervalMonths: new Map([...Object.entries(DEFAULT_REVIEW_INTERVAL_MONTHS), ...Object.entries(input.reviewIntervalMonths ?? {})]),
    maxLix: input.readability?.maxLix ?? 55,
    lexicon: {
      da: { vague: input.lexicon?.da?.vague ?? [], hedges: input.lexicon?.da?.hedges ?? [] },
      en: { vague: input.lexicon?.en?.vague ?? [], hedges: input.lexicon?.en?.hedges ?? [] },
    },
    limits: { ...DEFAULT_LIMITS, ...(input.limits ?? {}) },
    ...(input.fieldKnowledge ? { fieldKnowledge: input.fieldKnowledge } : {}),
    root,
    ...(file ? { file } : {}),
  };
}

export function defaultConfig(root: string): ResolvedConfig {
  return resolveConfig({}, root);
}
