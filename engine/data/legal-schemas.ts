import { z } from 'zod';

// The shapes of legal facts: the time limits the law sets for a step of case handling
// (`statutory-deadline`) and Serviceloven paragraphs that moved to another law
// (`legal-reference-outdated`). The shipped data (data/statutory-limits.json,
// data/legal-references.json) and a project's `fieldKnowledge` in `.govlint.yaml` are checked by
// the same schemas, so a fact a project adds carries the same evidence as one govlint ships.
// Every entry carries its evidence: the kind of source, its address and a short quotation. A fact
// counts as confirmed only when a primary source states it; the schemas refuse a safe fix, or a
// paragraph cited without a "Tjek:"/"Check:" hedge, that rests on anything less.

/** Sources that may confirm a fact: the law text, the bill and its remarks, the ministry's own material. */
export const PRIMARY_KINDS = ['law-text', 'bill-remarks', 'omsaetningstabel', 'vejledning', 'ministry'] as const;

export const evidenceSchema = z.strictObject({
  kind: z.enum([...PRIMARY_KINDS, 'secondary']).describe('secondary: a municipality, a law firm, a private summary; never confirms'),
  address: z.string().regex(/^https:\/\/\S+$/, 'the address must be an https URL'),
  quote: z.string().min(10).max(400).describe('the sentence as the source writes it, short and exact'),
  shows: z.string().min(1).describe('what the quotation shows, in English'),
});

export type Evidence = z.infer<typeof evidenceSchema>;

const localized = z.strictObject({ da: z.string().min(1), en: z.string().min(1) });
const paragraph = z.string().regex(/^\d{1,3}[a-z]?$/, 'a paragraph number, e.g. "136" or "155b"');
const isoDate = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'a date as YYYY-MM-DD');

/** Key of a law a paragraph moved to, e.g. "barnets-lov". */
export const lawIdSchema = z.string().regex(/^[a-z0-9-]+$/, 'a key of lower-case letters, digits and hyphens, e.g. "aeldreloven"');
/** Key of a moved Serviceloven paragraph: "50", "155b", or "19.2" for § 19, stk. 2. */
export const paragraphKeySchema = z.string().regex(/^\d{1,3}[a-z]?(?:\.\d{1,2})?$/, 'a key like "50", "155b" or "19.2"');

/** The law a moved paragraph of Serviceloven is in now; its names as messages and fixes write them. */
export const targetLawSchema = z.strictObject({
  name: z.string().min(1).describe('the Danish name as in running text, e.g. "barnets lov", "ældreloven"'),
  genitive: z.string().min(1).describe('the Danish genitive, e.g. "barnets lovs", "ældrelovens"'),
  abbreviation: z.string().min(1).optional().describe('replaces "SEL" in a fix, e.g. "BL"; without it, the name'),
  en: z.string().min(1).describe('the English name without "the", e.g. "Children\'s Act"'),
  effective: isoDate.describe('the day the provisions moved'),
  scope: localized.optional().describe('who the old paragraph no longer applies to, when it still applies to others: {da: "for børn og unge", en: "to children"}'),
});

export type TargetLaw = z.infer<typeof targetLawSchema>;

/** The law a move without `law` goes to. */
export const DEFAULT_TARGET_LAW = 'barnets-lov';

function hasPrimary(evidence: readonly Evidence[]): boolean {
  return evidence.some((item) => item.kind !== 'secondary');
}

/** A hedged note or citation: it says it must be checked, in each language. */
function isHedged(text: { da: string; en: string }): boolean {
  return text.da.startsWith('Tjek:') && text.en.startsWith('Check:');
}

export const paragraphMoveSchema = z
  .strictObject({
    law: lawIdSchema.optional().describe(`key of the law the paragraph moved to (default "${DEFAULT_TARGET_LAW}")`),
    to: z.array(paragraph).describe('paragraphs of the new law the provision moved to; none: not known'),
    check: z.array(paragraph).optional().describe('further paragraphs offered as "Tjek:" suggestions only'),
    safe: z.boolean().describe('a fix that may be applied without a human'),
    confirmed: z.boolean().describe('a primary source states the move to the paragraphs of "to"'),
    evidence: z.array(evidenceSchema).min(1),
    unconfirmed: z.string().min(1).optional().describe('what could not be confirmed'),
    note: localized.optional().describe('appended to the message; always hedged with "Tjek:"/"Check:"'),
  })
  .superRefine((move, context) => {
    if (move.safe && !move.confirmed) context.addIssue({ code: 'custom', path: ['safe'], message: 'a safe fix needs a confirmed move' });
    if (move.safe && move.to.length !== 1) context.addIssue({ code: 'custom', path: ['to'], message: 'a safe fix needs exactly one new paragraph' });
    if (move.confirmed && !hasPrimary(move.evidence)) context.addIssue({ code: 'custom', path: ['evidence'], message: 'a confirmed move needs evidence from a primary source' });
    if (move.confirmed && move.to.length === 0) context.addIssue({ code: 'custom', path: ['to'], message: 'a confirmed move names its new paragraph' });
    if (!move.confirmed && !move.unconfirmed) context.addIssue({ code: 'custom', path: ['confirmed'], message: 'an unconfirmed move says what is not confirmed ("unconfirmed")' });
    if (move.note && !isHedged(move.note)) context.addIssue({ code: 'custom', path: ['note'], message: 'a note starts with "Tjek:" (da) and "Check:" (en)' });
  });

export type ParagraphMove = z.infer<typeof paragraphMoveSchema>;

export const legalReferencesSchema = z
  .strictObject({
    $comment: z.string().optional(),
    effective: isoDate,
    laws: z.record(lawIdSchema, targetLawSchema),
    paragraphs: z.record(paragraphKeySchema, paragraphMoveSchema),
  })
  .superRefine((data, context) => {
    for (const [key, move] of Object.entries(data.paragraphs)) {
      const law = move.law ?? DEFAULT_TARGET_LAW;
      if (!Object.hasOwn(data.laws, law)) context.addIssue({ code: 'custom', path: ['paragraphs', key, 'law'], message: `no law "${law}" in "laws"` });
    }
  });

/**
 * A term: words separated by single spaces, each optionally ending in "*" (any further letters).
 * A "*" only at the end of a word keeps the compiled pattern linear in the text: a literal after
 * "*" would let a term from an untrusted workspace's configuration backtrack over long words.
 */
const term = z
  .string()
  .max(100)
  .regex(/^[^*\s]+\*?(?: [^*\s]+\*?)*$/, 'words separated by single spaces, "*" only at the end of a word (e.g. "børnefaglig* undersøgelse*")');
const termGroups = z.array(z.array(term).min(1)).max(8);

export const statutoryLimitSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    step: localized,
    limit: z.strictObject({ value: z.number().positive(), unit: z.enum(['hours', 'working-days', 'days', 'weeks', 'months', 'years']) }),
    within: z.number().int().positive().optional().describe('a duration belongs to the step only this close (in characters) to one of its terms'),
    law: localized.describe('the paragraph cited in the message; hedged with "Tjek:"/"Check:" unless lawConfirmed'),
    confirmed: z.boolean().describe('a primary source states this limit for this step; only confirmed limits are enforced'),
    lawConfirmed: z.boolean().describe('a primary source places the limit in the cited paragraph'),
    evidence: z.array(evidenceSchema).min(1),
    unconfirmed: z.string().min(1).optional(),
    terms: z.strictObject({ da: termGroups, en: termGroups }),
  })
  .superRefine((limit, context) => {
    if (limit.confirmed && !hasPrimary(limit.evidence)) context.addIssue({ code: 'custom', path: ['evidence'], message: 'a confirmed limit needs evidence from a primary source' });
    if (limit.lawConfirmed && !limit.confirmed) context.addIssue({ code: 'custom', path: ['lawConfirmed'], message: 'a confirmed paragraph needs a confirmed limit' });
    if (!limit.lawConfirmed && !isHedged(limit.law)) context.addIssue({ code: 'custom', path: ['law'], message: 'an unconfirmed paragraph is cited as "Tjek: …" (da) and "Check: …" (en)' });
    if ((!limit.confirmed || !limit.lawConfirmed) && !limit.unconfirmed)
      context.addIssue({ code: 'custom', path: [limit.confirmed ? 'lawConfirmed' : 'confirmed'], message: 'say what is not confirmed ("unconfirmed")' });
  });

export type StatutoryLimitData = z.infer<typeof statutoryLimitSchema>;

export const statutoryLimitsSchema = z.strictObject({
  $comment: z.string().optional(),
  limits: z.array(statutoryLimitSchema),
});

/**
 * A project's own field knowledge (`fieldKnowledge` in `.govlint.yaml`), merged over the shipped
 * data: a limit with the `id` of a shipped one, a law or a paragraph with a shipped key, replaces it.
 */
export const fieldKnowledgeSchema = z
  .strictObject({
    statutoryLimits: z
      .array(statutoryLimitSchema)
      .optional()
      .describe('Time limits the law sets for steps of case handling, as in data/statutory-limits.json; an entry with the id of a shipped limit replaces it.'),
    laws: z.record(lawIdSchema, targetLawSchema).optional().describe('Laws that paragraphs of Serviceloven moved to, by key (govlint ships "barnets-lov").'),
    legalReferences: z
      .record(paragraphKeySchema, paragraphMoveSchema)
      .optional()
      .describe('Serviceloven paragraphs that moved, as in data/legal-references.json ("law" names a key of "laws"); an entry with a shipped key replaces it.'),
  })
  .describe('Statutory time limits and moved legal references of your own area, each with its evidence.');

export type FieldKnowledge = z.infer<typeof fieldKnowledgeSchema>;

/** Keys of the laws govlint ships in data/legal-references.json (a project's moves may name them). */
export function shippedLawIds(readData: (name: string) => string): string[] {
  const data: unknown = JSON.parse(readData('legal-references.json'));
  const laws = data && typeof data === 'object' && 'laws' in data ? data.laws : undefined;
  return laws && typeof laws === 'object' ? Object.keys(laws) : [];
}
