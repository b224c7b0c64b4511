import type { TextBlock } from '../../engine/model/document.ts';
import type { Rule } from '../../engine/rule.ts';
import { rangeAt } from '../../engine/text/positions.ts';
import type { Fix, TextEdit } from '../../engine/types.ts';
import { loadLegalReferences, type ParagraphMove } from './legal-data.ts';
import { findServicelovenReferences, type LawMention, type ParagraphItem, type ServicelovenReference } from './legal-references.ts';

// Since 1 January 2024 the child-welfare provisions of Serviceloven live in Barnets Lov with new
// paragraph numbers. A reference to the old paragraph sends a case worker to a provision that no
// longer applies. The mapping and the evidence for each move are in data/legal-references.json;
// legal-data.ts refuses a safe fix for a move no primary source confirms, and an unconfirmed move
// is only ever cited as "Tjek: sandsynligvis barnets lov § …".

export type { ParagraphMove } from './legal-data.ts';

let moves: Map<string, ParagraphMove> | undefined;

/** The Serviceloven → Barnets Lov mapping, keyed "50", "155b", "19.2" (= § 19, stk. 2). */
export function paragraphMoves(): Map<string, ParagraphMove> {
  if (!moves) moves = new Map(Object.entries(loadLegalReferences().paragraphs));
  return moves;
}

/** The entry for one reference: subsection-specific ("19.2") before the whole paragraph ("19"). */
export function moveFor(item: ParagraphItem): { move: ParagraphMove; bySubsection: boolean } | undefined {
  const table = paragraphMoves();
  if (item.subsection !== undefined) {
    const specific = table.get(`${item.paragraph}.${item.subsection}`);
    if (specific) return { move: specific, bySubsection: true };
  }
  const general = table.get(item.paragraph);
  return general ? { move: general, bySubsection: false } : undefined;
}

/** The Barnets Lov name in the same grammatical form as the Serviceloven name it replaces. */
export function newLawName(law: LawMention): string {
  const capital = /^\p{Lu}/u.test(law.text);
  switch (law.form) {
    case 'abbreviation':
      return 'BL';
    case 'english':
      return /^the /i.test(law.text) ? `${law.text.slice(0, 4)}Children's Act` : "Children's Act";
    case 'genitive':
      return capital ? 'Barnets lovs' : 'barnets lovs';
    case 'name':
      return capital ? 'Barnets lov' : 'barnets lov';
  }
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
      en: 'A reference to a child-welfare paragraph of the Social Services Act (serviceloven) that moved to the Children\'s Act (barnets lov) with a new number on 1 January 2024.',
    },
    fixable: true,
    hasSuggestions: true,
    messages: {
      moved: {
        da: 'Serviceloven {old} gælder ikke længere for børn og unge: siden 1. januar 2024 er bestemmelsen barnets lov § {new}.{noteDa}',
        en: 'Section {oldEn} of the Social Services Act no longer applies to children: since 1 January 2024 the provision is section {new} of the Children\'s Act (barnets lov).{noteEn}',
      },
      movedPartly: {
        da: 'Serviceloven {old} gælder ikke længere for børn og unge: siden 1. januar 2024 står bestemmelsen helt eller delvis i barnets lov § {new} — kontrollér henvisningen.{noteDa}',
        en: 'Section {oldEn} of the Social Services Act no longer applies to children: since 1 January 2024 the provision is wholly or partly section {new} of the Children\'s Act (barnets lov) — check the reference.{noteEn}',
      },
      movedMany: {
        da: 'Serviceloven {old} gælder ikke længere for børn og unge: siden 1. januar 2024 står bestemmelserne i barnets lov {newDa} — vælg den, der passer.{noteDa}',
        en: 'Section {oldEn} of the Social Services Act no longer applies to children: since 1 January 2024 the provisions are in sections {newEn} of the Children\'s Act (barnets lov) — pick the one that fits.{noteEn}',
      },
      movedUnconfirmed: {
        da: 'Serviceloven {old} gælder ikke længere for børn og unge: bestemmelsen flyttede 1. januar 2024 til barnets lov. Tjek: sandsynligvis barnets lov {newDa}.{noteDa}',
        en: 'Section {oldEn} of the Social Services Act no longer applies to children: the provision moved to the Children\'s Act (barnets lov) on 1 January 2024. Check: probably section {newEn} of the Children\'s Act.{noteEn}',
      },
      movedUnknown: {
        da: 'Serviceloven {old} gælder ikke længere for børn og unge: bestemmelsen flyttede 1. januar 2024 til barnets lov. Henvis til den nye paragraf.{noteDa}',
        en: 'Section {oldEn} of the Social Services Act no longer applies to children: the provision moved to the Children\'s Act (barnets lov) on 1 January 2024. Cite the new section.{noteEn}',
      },
    },
  },
  check(context) {
    const { document } = context;
    for (const block of document.textBlocks) {
      if (!block.text.includes('§') && !/section|SEL|service/i.test(block.text)) continue;
      const base = block.range.start.offset;
      for (const reference of findServicelovenReferences(block.text)) {
        for (const item of reference.items) {
          const found = moveFor(item);
          if (!found) continue;
          reportItem(reference, item, found.move, found.bySubsection, block);
        }
      }
    }

    function reportItem(reference: ServicelovenReference, item: ParagraphItem, move: ParagraphMove, bySubsection: boolean, block: TextBlock): void {
      const base = block.range.start.offset;
      const single = reference.items.length === 1;
      const start = base + (single ? reference.start : item.start);
      const end = base + (single ? reference.end : item.end);
      const rewrite = (target: string, title: Fix['title']): Fix => {
        const edits: TextEdit[] = [
          { start: base + reference.law.start, end: base + reference.law.end, newText: newLawName(reference.law) },
          { start: base + item.start, end: base + item.end, newText: target },
        ];
        return { title, edits: edits.sort((a, b) => a.start - b.start), safe: false };
      };
      // A paragraph no primary source confirms is offered as "Tjek: sandsynligvis …", never plainly.
      const checkTitle = (target: string): Fix['title'] => ({
        da: `Tjek: sandsynligvis barnets lov § ${target}`,
        en: `Check: probably section ${target} of the Children's Act`,
      });
      const fixes: Fix[] = single
        ? [
            ...move.to.map((target) =>
              rewrite(target, move.confirmed ? { da: `Skift til barnets lov § ${target}`, en: `Change to section ${target} of the Children's Act` } : checkTitle(target)),
            ),
            ...(move.check ?? []).map((target) => rewrite(target, checkTitle(target))),
          ]
        : [];
      // A fix is safe when a primary source confirms a one-to-one move and nothing of the old
      // reference is lost: a subsection is only dropped when the mapping is for that very subsection.
      // And only in the author's own prose: a table cell (a conversion table lists the old number on
      // purpose), a quotation, inline code, a link's text or address are a suggestion at most.
      const safe =
        move.safe && move.confirmed && move.to.length === 1 && (item.subsection === undefined || bySubsection) && fixes.length === 1 && isProse(block, fixes[0]!.edits);
      const old = oldLabel(item);
      const messageId =
        move.to.length === 0 ? 'movedUnknown' : !move.confirmed ? 'movedUnconfirmed' : move.to.length > 1 ? 'movedMany' : move.safe ? 'moved' : 'movedPartly';
      context.report({
        messageId,
        data: {
          old,
          oldEn: item.subsection !== undefined ? `${item.label}(${item.subsection})` : item.label,
          new: move.to[0] ?? '',
          newDa: orList(move.to.map((to) => `§ ${to}`), 'eller'),
          newEn: orList(move.to, 'or'),
          noteDa: move.note ? ` ${move.note.da}` : '',
          noteEn: move.note ? ` ${move.note.en}` : '',
        },
        range: rangeAt(document.lineStarts, start, end),
        tags: ['deprecated'],
        ...(safe ? { fix: { ...fixes[0]!, safe: true } } : fixes.length > 0 ? { suggestions: fixes } : {}),
      });
    }
  },
};
