import { z } from 'zod';
import { readDataFile } from '../../engine/data/files.ts';

// The legal facts behind `legal-reference-outdated` and `statutory-deadline` are data
// (data/legal-references.json, data/statutory-limits.json) that administrators will copy into
// official documents. Every entry carries its evidence: the kind of source, its address and a
// short quotation. A fact counts as confirmed only when a primary source states it; the loader
// refuses a safe fix, or a paragraph cited without a "Tjek:"/"Check:" hedge, that rests on
// anything less.

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

function hasPrimary(evidence: readonly Evidence[]): boolean {
  return evidence.some((item) => item.kind !== 'secondary');
}

/** A hedged note or citation: it says it must be checked, in each language. */
function isHedged(text: { da: string; en: string }): boolean {
  return text.da.startsWith('Tjek:') && text.en.startsWith('Check:');
}

export const paragraphMoveSchema = z
  .strictObject({
    to: z.array(paragraph).describe('Barnets Lov paragraphs the provision moved to; none: not known'),
    check: z.array(paragraph).optional().describe('further paragraphs offered as "Tjek:" suggestions only'),
    safe: z.boolean().describe('a fix that may be applied without a human'),
    confirmed: z.boolean().describe('a primary source states the move to the paragraphs of "to"'),
    evidence: z.array(evidenceSchema).min(1),
    unconfirmed: z.string().min(1).optional().describe('what could not be confirmed'),
    note: localized.optional().describe('appended to the message; always hedged with "Tjek:"/"Check:"'),
  })
  .superRefine((move, context) => {
    if (move.safe && !move.confirmed) context.addIssue({ code: 'custom', message: 'a safe fix needs a confirmed move' });
    if (move.safe && move.to.length !== 1) context.addIssue({ code: 'custom', message: 'a safe fix needs exactly one new paragraph' });
    if (move.confirmed && !hasPrimary(move.evidence)) context.addIssue({ code: 'custom', message: 'a confirmed move needs evidence from a primary source' });
    if (move.confirmed && move.to.length === 0) context.addIssue({ code: 'custom', message: 'a confirmed move names its new paragraph' });
    if (!move.confirmed && !move.unconfirmed) context.addIssue({ code: 'custom', message: 'an unconfirmed move says what is not confirmed ("unconfirmed")' });
    if (move.note && !isHedged(move.note)) context.addIssue({ code: 'custom', message: 'a note starts with "Tjek:" (da) and "Check:" (en)' });
  });

export type ParagraphMove = z.infer<typeof paragraphMoveSchema>;

export const legalReferencesSchema = z.strictObject({
  $comment: z.string().optional(),
  effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  paragraphs: z.record(z.string().regex(/^\d{1,3}[a-z]?(?:\.\d{1,2})?$/, 'a key like "50", "155b" or "19.2"'), paragraphMoveSchema),
});

const termGroups = z.array(z.array(z.string().min(1)).min(1));

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
    if (limit.confirmed && !hasPrimary(limit.evidence)) context.addIssue({ code: 'custom', message: 'a confirmed limit needs evidence from a primary source' });
    if (limit.lawConfirmed && !limit.confirmed) context.addIssue({ code: 'custom', message: 'a confirmed paragraph needs a confirmed limit' });
    if (!limit.lawConfirmed && !isHedged(limit.law)) context.addIssue({ code: 'custom', message: 'an unconfirmed paragraph is cited as "Tjek: …" (da) and "Check: …" (en)' });
    if ((!limit.confirmed || !limit.lawConfirmed) && !limit.unconfirmed) context.addIssue({ code: 'custom', message: 'say what is not confirmed ("unconfirmed")' });
  });

export type StatutoryLimitData = z.infer<typeof statutoryLimitSchema>;

export const statutoryLimitsSchema = z.strictObject({
  $comment: z.string().optional(),
  limits: z.array(statutoryLimitSchema),
});

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
