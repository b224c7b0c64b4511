import type { TextBlock } from '../../engine/model/document.ts';
import type { Rule } from '../../engine/rule.ts';
import { rangeAt } from '../../engine/text/positions.ts';
import type { Fix, TextEdit } from '../../engine/types.ts';
import type { ResolvedConfig } from '../../engine/config/schema.ts';
import { mergedParagraphMoves, type ResolvedMove, type TargetLaw } from './support/legal-data.ts';
import { findServicelovenReferences, type LawMention, type ParagraphItem, type ServicelovenReference } from './support/legal-references.ts';

// Since 1 January 2024 the child-welfare provisions of Serviceloven live in Barnets Lov with new
// paragraph numbers. A reference to the old paragraph sends a case worker to a provision that no
// longer applies. The mapping and the evidence for each move are in data/legal-references.json,
// and a project adds the moves of its own area (to Barnets Lov or to a law it describes, such as
// the ældrelov) under `fieldKnowledge` in `.govlint.yaml`. The schemas refuse a safe fix for a
// move no primary source confirms, and an unconfirmed move is only ever cited as
// "Tjek: sandsynligvis <law> § …"; the messages and fixes name the move's own law and date.

export type { ParagraphMove } from './support/legal-data.ts';

/** The Serviceloven moves this configuration knows, keyed "50", "155b", "19.2" (= § 19, stk. 2): shipped and the project's. */
export function paragraphMoves(config: Pick<ResolvedConfig, 'fieldKnowledge'>): Map<string, ResolvedMove> {
  return mergedParagraphMoves(config);
}

/** The entry for one reference: subsection-specific ("19.2") before the whole paragraph ("19"). */
export function moveFor(table: ReadonlyMap<string, ResolvedMove>, item: ParagraphItem): { move: ResolvedMove; bySubsection: boolean } | undefined {
  if (item.subsection !== undefined) {
    const specific = table.get(`${item.paragraph}.${item.subsection}`);
    if (specific) return { move: specific, bySubsection: true };
  }
  const general = table.get(item.paragraph);
  return general ? { move: general, bySubsection: false } : undefined;
}

function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
}

/** The new law's name in the same grammatical form as the Serviceloven name it replaces. */
export function newLawName(law: LawMention, target: TargetLaw): string {
  const capital = /^\p{Lu}/u.test(law.text);
  switch (law.form) {
    case 'abbreviation':
      return target.abbreviation ?? target.name;
    case 'english':
      return /^the /i.test(law.text) ? `${law.text.slice(0, 4)}${target.en}` : target.en;
    case 'genitive':
      return capital ? capitalized(target.genitive) : target.genitive;
    case 'name':
      return capital ? capitalized(target.name) : target.name;
  }
}

const MONTHS_DA = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-01-01" as "1. januar 2024" and "1 January 2024". */
function spelledDate(iso: string): { da: string; en: string } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { da: `${day}. ${MONTHS_DA[month - 1]} ${year}`, en: `${day} ${MONTHS_EN[month - 1]} ${year}` };
}

function oldLabel(item: ParagraphItem): string {
  return item.subsection !== undefined ? `§ ${item.label}, stk. ${item.subsection}` : `§ ${item.label}`;
}

function orList(values: readonly string[], word: string): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} ${word} ${values[values.length - 1]}`;
}

/** Whether edits touch running prose only: not a table cell, a quotation or a literal span (code, link, image, HTML). */
function isProse(block: TextBlock, edits: readonly TextEdit[]): boolean {
  if (block.context !== undefined) return false;
  return !edits.some((edit) => block.literals?.some((span) => edit.start < span.end && span.start < edit.end));
}

export const legalReferenceOutdated: Rule = {
  meta: {
    id: 'legal-reference-outdated',
    family: 'field',
    defaultSeverity: 'warning',
    description: {
      da: 'En henvisning til en paragraf i serviceloven om børn og unge, der 1. januar 2024 flyttede til barnets lov med et nyt nummer.',
      en: "A reference to a child-welfare paragraph of the Social Services Act (serviceloven) that moved to the Children's Act (barnets lov) with a new number on 1 January 2024.",
    },
    fixable: true,
    hasSuggestions: true,
    messages: {
      moved: {
        da: 'Serviceloven {old} gælder ikke længere{scopeDa}: siden {sinceDa} er bestemmelsen {lawDa} § {new}.{noteDa}',
        en: 'Section {oldEn} of the Social Services Act no longer applies{scopeEn}: since {sinceEn} the provision is section {new} of the {lawEn} ({lawDa}).{noteEn}',
      },
      movedPartly: {
        da: 'Serviceloven {old} gælder ikke længere{scopeDa}: siden {sinceDa} står bestemmelsen helt eller delvis i {lawDa} § {new} — kontrollér henvisningen.{noteDa}',
        en: 'Section {oldEn} of the Social Services Act no longer applies{scopeEn}: since {sinceEn} the provision is wholly or partly section {new} of the {lawEn} ({lawDa}) — check the reference.{noteEn}',
      },
      movedMany: {
        da: 'Serviceloven {old} gælder ikke længere{scopeDa}: siden {sinceDa} står bestemmelserne i {lawDa} {newDa} — vælg den, der passer.{noteDa}',
        en: 'Section {oldEn} of the Social Services Act no longer applies{scopeEn}: since {sinceEn} the provisions are in sections {newEn} of the {lawEn} ({lawDa}) — pick the one that fits.{noteEn}',
      },
      movedUnconfirmed: {
        da: 'Serviceloven {old} gælder ikke længere{scopeDa}: bestemmelsen flyttede {sinceDa} til {lawDa}. Tjek: sandsynligvis {lawDa} {newDa}.{noteDa}',
        en: 'Section {oldEn} of the Social Services Act no longer applies{scopeEn}: the provision moved to the {lawEn} ({lawDa}) on {sinceEn}. Check: probably section {newEn} of the {lawEn}.{noteEn}',
      },
      movedUnknown: {
        da: 'Serviceloven {old} gælder ikke længere{scopeDa}: bestemmelsen flyttede {sinceDa} til {lawDa}. Henvis til den nye paragraf.{noteDa}',
        en: 'Section {oldEn} of the Social Services Act no longer applies{scopeEn}: the provision moved to the {lawEn} ({lawDa}) on {sinceEn}. Cite the new section.{noteEn}',
      },
    },
  },
  check(context) {
    const { document } = context;
    const moves = paragraphMoves(context.config);
    for (const block of document.textBlocks) {
      if (!block.text.includes('§') && !/section|SEL|service/i.test(block.text)) continue;
      for (const reference of findServicelovenReferences(block.text)) {
        for (const item of reference.items) {
          const found = moveFor(moves, item);
          if (!found) continue;
          reportItem(reference, item, found.move, found.bySubsection, block);
        }
      }
    }

    function reportItem(reference: ServicelovenReference, item: ParagraphItem, move: ResolvedMove, bySubsection: boolean, block: TextBlock): void {
      const law = move.target;
      const base = block.range.start.offset;
      const single = reference.items.length === 1;
      const start = base + (single ? reference.start : item.start);
      const end = base + (single ? reference.end : item.end);
      const rewrite = (target: string, title: Fix['title']): Fix => {
        const edits: TextEdit[] = [
          { start: base + reference.law.start, end: base + reference.law.end, newText: newLawName(reference.law, law) },
          { start: base + item.start, end: base + item.end, newText: target },
        ];
        return { title, edits: edits.sort((a, b) => a.start - b.start), safe: false };
      };
      // A paragraph no primary source confirms is offered as "Tjek: sandsynligvis …", never plainly.
      const checkTitle = (target: string): Fix['title'] => ({
        da: `Tjek: sandsynligvis ${law.name} § ${target}`,
        en: `Check: probably section ${target} of the ${law.en}`,
      });
      const fixes: Fix[] = single
        ? [
            ...move.to.map((target) => rewrite(target, move.confirmed ? { da: `Skift til ${law.name} § ${target}`, en: `Change to section ${target} of the ${law.en}` } : checkTitle(target))),
            ...(move.check ?? []).map((target) => rewrite(target, checkTitle(target))),
          ]
        : [];
      // A fix is safe when a primary source confirms a one-to-one move and nothing of the old
      // reference is lost: a subsection is only dropped when the mapping is for that very subsection.
      // And only in the author's own prose: a table cell (a conversion table lists the old number on
      // purpose), a quotation, inline code, a link's text or address are a suggestion at most.
      const safe = move.safe && move.confirmed && move.to.length === 1 && (item.subsection === undefined || bySubsection) && fixes.length === 1 && isProse(block, fixes[0]!.edits);
      const old = oldLabel(item);
      const since = spelledDate(law.effective);
      const messageId = move.to.length === 0 ? 'movedUnknown' : !move.confirmed ? 'movedUnconfirmed' : move.to.length > 1 ? 'movedMany' : move.safe ? 'moved' : 'movedPartly';
      context.report({
        messageId,
        data: {
          old,
          oldEn: item.subsection !== undefined ? `${item.label}(${item.subsection})` : item.label,
          new: move.to[0] ?? '',
          newDa: orList(
            move.to.map((to) => `§ ${to}`),
            'eller',
          ),
          newEn: orList(move.to, 'or'),
          noteDa: move.note ? ` ${move.note.da}` : '',
          noteEn: move.note ? ` ${move.note.en}` : '',
          lawDa: law.name,
          lawEn: law.en,
          scopeDa: law.scope ? ` ${law.scope.da}` : '',
          scopeEn: law.scope ? ` ${law.scope.en}` : '',
          sinceDa: since.da,
          sinceEn: since.en,
        },
        range: rangeAt(document.lineStarts, start, end),
        tags: ['deprecated'],
        ...(safe ? { fix: { ...fixes[0]!, safe: true } } : fixes.length > 0 ? { suggestions: fixes } : {}),
      });
    }
  },
};
