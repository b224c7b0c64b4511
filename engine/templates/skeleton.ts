// Skeleton governance documents: front matter, the type's required sections and one SMART goal
// to fill in, in Danish or English. One source for `govlint init` and the editor's "new document
// from template" command. Placeholders are in [brackets] (an editor turns them into tab stops);
// values that YAML would read as lists are quoted.
import { DEFAULT_REVIEW_INTERVAL_MONTHS } from '../config/review-intervals.ts';
import { addMonths, formatIsoDate, parseIsoDate } from '../text/dates.ts';
import type { Lang } from '../types.ts';

export type SkeletonKind = 'policy' | 'service-level' | 'guideline';

export const SKELETON_KINDS: readonly SkeletonKind[] = ['policy', 'service-level', 'guideline'];

export interface SkeletonInput {
  kind: SkeletonKind;
  lang: Lang;
  /** ISO date the review date and the goal's deadline are counted from. */
  today: string;
  /** The document's title; a placeholder when absent. */
  title?: string;
  /** The document's id; from the title when absent. */
  id?: string;
  /** Id of the parent document (service levels and guidelines); a placeholder when absent. */
  parent?: string;
  /** The parent goal the skeleton's goal carries out; a placeholder when absent. */
  implements?: string;
}

/** Months from `today` to the skeleton goal's deadline: the same for every type, so a chain of skeletons never ends after its parent. */
const DEADLINE_MONTHS = 24;

interface Words {
  typeValue: string;
  titlePlaceholder: string;
  ownerPlaceholder: string;
  goalPrefix: string;
  goalHeading: string;
  statement: (deadline: string) => string;
  sections: Array<[heading: string, body: string]>;
}

const WORDS: Record<SkeletonKind, Record<Lang, Words>> = {
  policy: {
    da: {
      typeValue: 'politik',
      titlePlaceholder: '[Politikkens titel]',
      ownerPlaceholder: '[Udvalget, der ejer politikken]',
      goalPrefix: 'M',
      goalHeading: '[Målets overskrift]',
      statement: (d) => `Andelen af [målgruppe], der [opnår noget målbart], stiger fra [udgangspunkt] % til [mål] % senest ${d}.`,
      sections: [
        ['Børne- og familiesyn', '[Hvilket syn på børn og familier bygger politikken på?]'],
        ['Målgrupper', '[Hvem gælder politikken for?]'],
        ['Mål', ''],
        ['Opfølgning', '[Hvornår og hvordan følges der op, og til hvem?]'],
      ],
    },
    en: {
      typeValue: 'policy',
      titlePlaceholder: '[Title of the policy]',
      ownerPlaceholder: '[Committee that owns the policy]',
      goalPrefix: 'M',
      goalHeading: '[Heading of the goal]',
      statement: (d) => `The share of [target group] who [achieve something measurable] rises from [baseline] % to [target] % by ${d}.`,
      sections: [
        ['Values', '[What view of children and families does the policy build on?]'],
        ['Target groups', '[Whom does the policy apply to?]'],
        ['Goals', ''],
        ['Follow-up', '[When and how is progress followed up, and to whom?]'],
      ],
    },
  },
  'service-level': {
    da: {
      typeValue: 'serviceniveau',
      titlePlaceholder: '[Serviceniveauets titel]',
      ownerPlaceholder: '[Afdelingen, der ejer serviceniveauet]',
      goalPrefix: 'S',
      goalHeading: '[Målets overskrift]',
      statement: (d) => `Andelen af [sager], der [afsluttes inden for fristen], stiger fra [udgangspunkt] % til [mål] % senest ${d}.`,
      sections: [
        ['Målgruppe', '[Hvem kan få indsatsen?]'],
        ['Indsatser', '[Hvilke indsatser tilbydes?]'],
        ['Mål', ''],
        ['Sagsbehandlingsfrister', '[Hvilke frister gælder for sagsbehandlingen, og med hvilken hjemmel?]'],
        ['Opfølgning', '[Hvornår og hvordan følges der op?]'],
      ],
    },
    en: {
      typeValue: 'service-level',
      titlePlaceholder: '[Title of the service level]',
      ownerPlaceholder: '[Department that owns the service level]',
      goalPrefix: 'S',
      goalHeading: '[Heading of the goal]',
      statement: (d) => `The share of [cases] that [are completed within the time limit] rises from [baseline] % to [target] % by ${d}.`,
      sections: [
        ['Target group', '[Who can receive the service?]'],
        ['Services', '[Which services are offered?]'],
        ['Goals', ''],
        ['Case-handling time limits', '[Which time limits apply to case handling, and under which law?]'],
        ['Follow-up', '[When and how is progress followed up?]'],
      ],
    },
  },
  guideline: {
    da: {
      typeValue: 'retningslinje',
      titlePlaceholder: '[Retningslinjens titel]',
      ownerPlaceholder: '[Teamet, der ejer retningslinjen]',
      goalPrefix: 'R',
      goalHeading: '[Trinnets overskrift]',
      statement: (d) => `[Hvad gøres, af hvem og hvornår?] Andelen af sager, hvor trinnet er gennemført til tiden, stiger fra [udgangspunkt] % til 90 % senest ${d}.`,
      sections: [
        ['Formål', '[Hvad skal retningslinjen sikre?]'],
        ['Ansvar', '[Hvem gør hvad?]'],
        ['Fremgangsmåde', ''],
        ['Frister', '[Hvilke frister gælder?]'],
        ['Dokumentation', '[Hvad skal dokumenteres, og hvor?]'],
      ],
    },
    en: {
      typeValue: 'guideline',
      titlePlaceholder: '[Title of the guideline]',
      ownerPlaceholder: '[Team that owns the guideline]',
      goalPrefix: 'R',
      goalHeading: '[Heading of the step]',
      statement: (d) => `[What is done, by whom and when?] The share of cases where the step is completed on time rises from [baseline] % to 90 % by ${d}.`,
      sections: [
        ['Purpose', '[What must the guideline ensure?]'],
        ['Responsibilities', '[Who does what?]'],
        ['Procedure', ''],
        ['Time limits', '[Which time limits apply?]'],
        ['Documentation', '[What must be documented, and where?]'],
      ],
    },
  },
};

/** A document id from a title: lower case, Danish letters spelled out, hyphens between words. */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A YAML scalar that stays a string: bracketed placeholders would otherwise read as lists. */
function yamlString(value: string): string {
  return /^[[{&*!|>'"%@`#]|: | #|^-\s/.test(value) ? JSON.stringify(value) : value;
}

/** The skeleton as Markdown text (LF line endings). */
export function renderSkeleton(input: SkeletonInput): string {
  const { kind, lang } = input;
  const da = lang === 'da';
  const words = WORDS[kind][lang];
  const today = parseIsoDate(input.today);
  if (!today) throw new Error(`not an ISO date: ${input.today}`);
  const review = formatIsoDate(addMonths(today, DEFAULT_REVIEW_INTERVAL_MONTHS[kind] ?? 24));
  const deadline = formatIsoDate(addMonths(today, DEADLINE_MONTHS));
  const title = input.title ?? words.titlePlaceholder;
  const id = input.id ?? (slugify(title) || (da ? 'nyt-dokument' : 'new-document'));
  const lines = [
    '---',
    `id: ${id}`,
    `type: ${words.typeValue}`,
    `${da ? 'titel' : 'title'}: ${yamlString(title)}`,
    `${da ? 'ansvarlig' : 'owner'}: ${yamlString(words.ownerPlaceholder)}`,
    ...(kind === 'policy' ? [] : [`${da ? 'overordnet' : 'parent'}: ${yamlString(input.parent ?? (da ? '[overordnet-id]' : '[parent-id]'))}`]),
    `${da ? 'revision' : 'review'}: ${review}`,
    `status: ${da ? 'udkast' : 'draft'}`,
    `${da ? 'sprog' : 'lang'}: ${lang}`,
    '---',
    '',
    `# ${title}`,
    '',
    da ? '<!-- Skabelon fra govlint. Erstat teksten i [klammer]. -->' : '<!-- Skeleton from govlint. Replace the text in [brackets]. -->',
    '',
  ];
  for (const [heading, body] of words.sections) {
    lines.push(`## ${heading}`, '');
    if (body) {
      lines.push(body, '');
      continue;
    }
    lines.push(`### ${words.goalPrefix}1 ${words.goalHeading}`, '', words.statement(deadline), '');
    lines.push(
      `- ${da ? 'Ansvarlig' : 'Owner'}: [${da ? 'Enhed eller rolle' : 'Unit or role'}]`,
      `- ${da ? 'Frist' : 'Deadline'}: ${deadline}`,
      `- ${da ? 'Indikator' : 'Indicator'}: [${da ? 'Hvad måles' : 'What is measured'}]`,
      `- ${da ? 'Udgangspunkt' : 'Baseline'}: [${da ? 'Tal og år' : 'Figure and year'}]`,
    );
    if (kind !== 'policy') lines.push(`- ${da ? 'Udmønter' : 'Implements'}: ${input.implements ?? (da ? '[mål-id]' : '[goal ID]')}`);
    lines.push('');
  }
  return lines.join('\n');
}
