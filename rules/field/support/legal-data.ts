import type { z } from 'zod';
import type { ResolvedConfig } from '../../../engine/config/schema.ts';
import { readDataFile } from '../../../engine/data/files.ts';
import { DEFAULT_TARGET_LAW, legalReferencesSchema, statutoryLimitsSchema, type ParagraphMove, type StatutoryLimitData, type TargetLaw } from '../../../engine/data/legal-schemas.ts';

// The legal facts behind `legal-reference-outdated` and `statutory-deadline` are data
// (data/legal-references.json, data/statutory-limits.json) that administrators will copy into
// official documents, and a project may add its own (`fieldKnowledge` in `.govlint.yaml`). Both
// are checked by the schemas of engine/data/legal-schemas.ts; here the shipped data is read and
// the project's entries are laid over it.

export {
  PRIMARY_KINDS,
  evidenceSchema,
  legalReferencesSchema,
  paragraphMoveSchema,
  statutoryLimitSchema,
  statutoryLimitsSchema,
  type Evidence,
  type ParagraphMove,
  type StatutoryLimitData,
  type TargetLaw,
} from '../../../engine/data/legal-schemas.ts';

/** Parses a data file with its schema; a bad entry stops govlint with the entry's path and the reason. */
export function parseLegalData<T>(name: string, schema: z.ZodType<T>, text: string): T {
  const result = schema.safeParse(JSON.parse(text));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`govlint: data/${name} is not valid: ${problems.join('; ')}`);
}

export function loadLegalReferences(): z.infer<typeof legalReferencesSchema> {
  return parseLegalData('legal-references.json', legalReferencesSchema, readDataFile('legal-references.json'));
}

export function loadStatutoryLimits(): z.infer<typeof statutoryLimitsSchema> {
  return parseLegalData('statutory-limits.json', statutoryLimitsSchema, readDataFile('statutory-limits.json'));
}

/** A move with the law it goes to. */
export interface ResolvedMove extends ParagraphMove {
  target: TargetLaw;
}

/**
 * Computes a value from the shipped data and the project's field knowledge once per configuration
 * (a configuration object is replaced, never changed, when `.govlint.yaml` is read again).
 */
function perConfig<T>(compute: (config: Pick<ResolvedConfig, 'fieldKnowledge'>) => T): (config: Pick<ResolvedConfig, 'fieldKnowledge'>) => T {
  const byKnowledge = new WeakMap<object, T>();
  let shippedOnly: T | undefined;
  return (config) => {
    const knowledge = config.fieldKnowledge;
    if (!knowledge) return (shippedOnly ??= compute({}));
    let value = byKnowledge.get(knowledge);
    if (value === undefined) {
      value = compute(config);
      byKnowledge.set(knowledge, value);
    }
    return value;
  };
}

/** A statutory limit, and whether it comes from the project's configuration (not from govlint's data). */
export interface MergedLimit extends StatutoryLimitData {
  fromProject: boolean;
}

/** The shipped statutory limits with the project's: a project limit with a shipped id replaces it, in its place. */
export const mergedStatutoryLimits = perConfig((config): MergedLimit[] => {
  const own = config.fieldKnowledge?.statutoryLimits ?? [];
  const byId = new Map(own.map((limit) => [limit.id, limit]));
  const shipped = loadStatutoryLimits().limits;
  const shippedIds = new Set(shipped.map((limit) => limit.id));
  const project = (limit: StatutoryLimitData): MergedLimit => ({ ...limit, fromProject: true });
  return [
    ...shipped.map((limit) => {
      const replacement = byId.get(limit.id);
      return replacement ? project(replacement) : { ...limit, fromProject: false };
    }),
    ...own.filter((limit) => !shippedIds.has(limit.id)).map(project),
  ];
});

/** The Serviceloven moves, shipped and the project's (same key: the project's), each with its target law. */
export const mergedParagraphMoves = perConfig((config): Map<string, ResolvedMove> => {
  const shipped = loadLegalReferences();
  const laws = new Map<string, TargetLaw>([...Object.entries(shipped.laws), ...Object.entries(config.fieldKnowledge?.laws ?? {})]);
  const moves = new Map<string, ResolvedMove>();
  for (const [key, move] of [...Object.entries(shipped.paragraphs), ...Object.entries(config.fieldKnowledge?.legalReferences ?? {})]) {
    // The loader refuses a move to a law it does not know; a configuration built in code falls back to the default.
    const target = laws.get(move.law ?? DEFAULT_TARGET_LAW) ?? laws.get(DEFAULT_TARGET_LAW)!;
    moves.set(key, { ...move, target });
  }
  return moves;
});
