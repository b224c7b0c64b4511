// Skeletons for the "new document from template" command: front matter and the required
// sections of each type (SPEC §1, §3), in Danish or English, with one goal to fill in.

export type TemplateKind = 'policy' | 'service-level' | 'guideline';
export type TemplateLang = 'da' | 'en';

export interface TemplateInput {
  kind: TemplateKind;
  lang: TemplateLang;
  title: string;
  /** Id of the parent document (service levels and guidelines). */
  parent?: string;
  /** ISO date of today; the review date is set from it (policy 4 years, others 2). */
  today: string;
}

export const TEMPLATE_KINDS: readonly TemplateKind[] = ['policy', 'service-level', 'guideline'];

export const KIND_LABELS: Record<TemplateKind, Record<TemplateLang, string>> = {
  policy: { da: 'Politik', en: 'Policy' },
  'service-level': { da: 'Serviceniveau', en: 'Service level' },
  guideline: { da: 'Retningslinje', en: 'Guideline' },
};

const TYPE_VALUE: Record<TemplateKind, Record<TemplateLang, string>> = {
  policy: { da: 'politik', en: 'policy' },
  'service-level': { da: 'serviceniveau', en: 'service-level' },
  guideline: { da: 'retningslinje', en: 'guideline' },
};

const SECTIONS: Record<TemplateKind, Record<TemplateLang, Array<[heading: string, body: string]>>> = {
  policy: {
    da: [
      ['Børne- og familiesyn', 'Beskriv det syn på børn, unge og familier, som politikken bygger på.'],
      ['Målgrupper', 'Beskriv, hvem politikken gælder for.'],
      ['Mål', ''],
      ['Opfølgning', 'Beskriv, hvordan og hvor ofte der følges op på målene, og over for hvem.'],
    ],
    en: [
      ['Values', 'Describe the view of children, young people and families that the policy rests on.'],
      ['Target groups', 'Describe whom the policy applies to.'],
      ['Goals', ''],
      ['Follow-up', 'Describe how and how often the goals are followed up, and to whom.'],
    ],
  },
  'service-level': {
    da: [
      ['Målgruppe', 'Beskriv, hvem serviceniveauet gælder for.'],
      ['Indsatser', 'Beskriv de indsatser, kommunen tilbyder.'],
      ['Sagsbehandlingsfrister', 'Angiv fristerne for sagsbehandlingen og deres lovgrundlag.'],
      ['Mål', ''],
      ['Opfølgning', 'Beskriv, hvordan serviceniveauet følges op.'],
    ],
    en: [
      ['Target group', 'Describe whom the service level applies to.'],
      ['Services', 'Describe the services the municipality offers.'],
      ['Case-handling time limits', 'State the time limits for case handling and their legal basis.'],
      ['Goals', ''],
      ['Follow-up', 'Describe how the service level is followed up.'],
    ],
  },
  guideline: {
    da: [
      ['Formål', 'Beskriv, hvad retningslinjen skal sikre.'],
      ['Ansvar', 'Beskriv, hvem der gør hvad.'],
      ['Fremgangsmåde', '1. Første trin.'],
      ['Frister', 'Angiv fristerne og deres lovgrundlag.'],
      ['Dokumentation', 'Beskriv, hvad der skal dokumenteres og hvor.'],
    ],
    en: [
      ['Purpose', 'Describe what the guideline is to ensure.'],
      ['Responsibility', 'Describe who does what.'],
      ['Procedure', '1. First step.'],
      ['Time limits', 'State the time limits and their legal basis.'],
      ['Documentation', 'Describe what is documented and where.'],
    ],
  },
};

const GOAL: Record<TemplateLang, (prefix: string, kind: TemplateKind, deadline: string) => string[]> = {
  da: (prefix, kind, deadline) => [
    `### ${prefix}1 Skriv målet som en forandring, der kan måles`,
    '',
    'Andelen af … stiger fra … % i … til … % senest … .',
    '',
    '- Ansvarlig: …',
    `- Frist: ${deadline}`,
    '- Indikator: …',
    '- Udgangspunkt: …',
    ...(kind !== 'policy' ? ['- Udmønter: …'] : []),
  ],
  en: (prefix, kind, deadline) => [
    `### ${prefix}1 State the goal as a change that can be measured`,
    '',
    'The share of … rises from … % in … to … % by … .',
    '',
    '- Owner: …',
    `- Deadline: ${deadline}`,
    '- Indicator: …',
    '- Baseline: …',
    ...(kind !== 'policy' ? ['- Implements: …'] : []),
  ],
};

const GOAL_PREFIX: Record<TemplateKind, string> = { policy: 'M', 'service-level': 'SN-', guideline: 'R' };

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

function addYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year + years, month - 1, day));
  return target.toISOString().slice(0, 10);
}

/** The file name the command proposes, e.g. `serviceniveau-forebyggelse.md`. */
export function templateFileName(input: Pick<TemplateInput, 'title'>): string {
  return `${slugify(input.title) || 'dokument'}.md`;
}

export function renderTemplate(input: TemplateInput): string {
  const { kind, lang } = input;
  const da = lang === 'da';
  const id = slugify(input.title) || (da ? 'nyt-dokument' : 'new-document');
  const review = addYears(input.today, kind === 'policy' ? 4 : 2);
  const deadline = addYears(input.today, kind === 'policy' ? 3 : 1);
  const front = [
    '---',
    `id: ${id}`,
    `type: ${TYPE_VALUE[kind][lang]}`,
    `${da ? 'titel' : 'title'}: ${input.title}`,
    `${da ? 'ansvarlig' : 'owner'}: ${da ? '…' : '…'}`,
    ...(kind !== 'policy' ? [`${da ? 'overordnet' : 'parent'}: ${input.parent ?? '…'}`] : []),
    ...(kind === 'policy' ? [`${da ? 'vedtaget-af' : 'adopted-by'}: ${da ? 'Kommunalbestyrelsen' : 'City Council'}`] : []),
    `${da ? 'revision' : 'review'}: ${review}`,
    'status: ' + (da ? 'udkast' : 'draft'),
    `${da ? 'sprog' : 'lang'}: ${lang}`,
    '---',
  ];
  const body: string[] = ['', `# ${input.title}`, ''];
  for (const [heading, text] of SECTIONS[kind][lang]) {
    body.push(`## ${heading}`, '');
    if (heading === 'Mål' || heading === 'Goals') body.push(...GOAL[lang](GOAL_PREFIX[kind], kind, deadline), '');
    else body.push(text, '');
  }
  return [...front, ...body].join('\n').replace(/\n+$/, '\n');
}
