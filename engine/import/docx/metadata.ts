// What a Word document says about itself, read from its own text: a metadata table
// ("Ansvarlig | Børne- og Ungeforvaltningen", "Vedtaget | 12. marts 2025", "Revideres | 2027"),
// sentences like "Vedtaget af Byrådet den 12. marts 2025" and "Politikken revideres i 2028",
// its type from its title and its language from its words.
import type { Lang } from '../../types.ts';
import type { Block, ParagraphBlock } from './body.ts';
import { findDate } from './dates.ts';

export type MetaKey = 'owner' | 'adopted' | 'adopted-by' | 'review' | 'parent' | 'status' | 'title' | 'type' | 'id';

/** A value and the paragraph it was read from. */
export interface MetaValue {
  value: string;
  paragraph: number;
  /** The sentence or table row it came from, for the comment beside the value. */
  from: string;
}

export type Metadata = Partial<Record<MetaKey, MetaValue>>;

/** Labels of a metadata table's first column, lower case without a trailing colon. */
const LABELS: Record<string, MetaKey> = {
  ansvarlig: 'owner',
  'ansvarlig enhed': 'owner',
  'ansvarlig afdeling': 'owner',
  dokumentansvarlig: 'owner',
  dokumentejer: 'owner',
  ejer: 'owner',
  'ansvarlig for dokumentet': 'owner',
  owner: 'owner',
  'document owner': 'owner',
  responsible: 'owner',
  'responsible unit': 'owner',
  vedtaget: 'adopted',
  'vedtaget den': 'adopted',
  vedtagelsesdato: 'adopted',
  'dato for vedtagelse': 'adopted',
  godkendt: 'adopted',
  'godkendt den': 'adopted',
  godkendelsesdato: 'adopted',
  'dato for godkendelse': 'adopted',
  adopted: 'adopted',
  'date adopted': 'adopted',
  approved: 'adopted',
  'date approved': 'adopted',
  'approval date': 'adopted',
  'vedtaget af': 'adopted-by',
  'godkendt af': 'adopted-by',
  godkendelsesinstans: 'adopted-by',
  'adopted by': 'adopted-by',
  'approved by': 'adopted-by',
  revideres: 'review',
  'revideres senest': 'review',
  revision: 'review',
  'næste revision': 'review',
  revisionsdato: 'review',
  'gyldig til': 'review',
  review: 'review',
  'next review': 'review',
  'review date': 'review',
  'review by': 'review',
  overordnet: 'parent',
  'overordnet dokument': 'parent',
  'overordnet politik': 'parent',
  udmønter: 'parent',
  parent: 'parent',
  'parent document': 'parent',
  'parent policy': 'parent',
  status: 'status',
  titel: 'title',
  title: 'title',
  dokumenttype: 'type',
  type: 'type',
  'document type': 'type',
  id: 'id',
  'dokument-id': 'id',
  'document id': 'id',
};

export function plainText(block: ParagraphBlock): string {
  return block.runs
    .map((run) => run.text)
    .join('')
    .replace(/[\t\n\u00a0]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function label(text: string): MetaKey | undefined {
  return LABELS[
    text
      .toLowerCase()
      .replace(/[:.]+$/, '')
      .trim()
  ];
}

function cellText(cell: readonly ParagraphBlock[]): string {
  return cell.map(plainText).join(' ').trim();
}

/** The value a key takes from text: a date for dates, the text otherwise. */
function valueFor(key: MetaKey, text: string): string | undefined {
  if (key === 'adopted' || key === 'review') {
    const date = findDate(text);
    return date?.iso;
  }
  return text.replace(/\.$/, '').trim() || undefined;
}

/** Metadata tables: two-column rows whose first cell is a known label (label and value may also be side by side in wider rows). */
function fromTables(blocks: readonly Block[], metadata: Metadata): void {
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    for (const row of block.rows) {
      for (let i = 0; i + 1 < row.length; i += 2) {
        const key = label(cellText(row[i]!));
        const value = cellText(row[i + 1]!);
        if (!key || value === '' || metadata[key]) continue;
        const parsed = valueFor(key, value);
        const first = row[i + 1]![0] ?? row[i]![0];
        if (parsed && first) metadata[key] = { value: parsed, paragraph: first.number, from: `${cellText(row[i]!)}: ${value}` };
      }
    }
  }
}

// "Vedtaget af Byrådet den 12. marts 2025", "Godkendt i Børne- og Ungeudvalget 3. juni 2024", "Adopted by the City Council on 12 March 2025".
const ADOPTED = /\b(?:vedtaget|godkendt|besluttet|adopted|approved)\b/iu;
const ADOPTED_BY =
  /\b(?:[Vv]edtaget|[Gg]odkendt|[Bb]esluttet|[Aa]dopted|[Aa]pproved)\s+(?:af|i|på|by|in)\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:og|and|for|of|\p{Lu}[\p{L}'-]*|[\p{Ll}-]*udvalg\p{L}*|[\p{Ll}-]*rådet|committee|council))*)/u;
const REVIEW = /\b(?:revideres|revision|revideret|tages op til revision|evalueres|reviewed|review|revised)\b/iu;
const EVERY_YEARS = /\bhvert?\s+(andet|tredje|fjerde|2\.|3\.|4\.)\s+år\b|\bevery\s+(two|three|four|2|3|4)\s+years\b/iu;
const YEARS: Record<string, number> = { andet: 2, tredje: 3, fjerde: 4, '2.': 2, '3.': 3, '4.': 4, two: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4 };

function addYears(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}

/** Sentences of the paragraphs outside tables (the cover page, the colophon, the last lines). */
function fromSentences(blocks: readonly Block[], metadata: Metadata): void {
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.heading !== undefined) continue;
    const text = plainText(block);
    if (text.length > 400) continue;
    for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      if (ADOPTED.test(sentence) && !REVIEW.test(sentence)) {
        const date = findDate(sentence);
        if (date && date.precision === 'day' && !metadata.adopted) metadata.adopted = { value: date.iso, paragraph: block.number, from: sentence };
        const body = ADOPTED_BY.exec(sentence)?.[1]
          ?.replace(/\s+(?:den|on|d)$/u, '')
          .trim();
        if (body && !metadata['adopted-by']) metadata['adopted-by'] = { value: body.replace(/^the\s+/iu, ''), paragraph: block.number, from: sentence };
      } else if (REVIEW.test(sentence) && !metadata.review) {
        const date = findDate(sentence);
        if (date) metadata.review = { value: date.iso, paragraph: block.number, from: sentence };
        else {
          const every = EVERY_YEARS.exec(sentence);
          const years = every ? YEARS[(every[1] ?? every[2] ?? '').toLowerCase()] : undefined;
          if (years && metadata.adopted) metadata.review = { value: addYears(metadata.adopted.value, years), paragraph: block.number, from: sentence };
        }
      }
    }
  }
}

export function readMetadata(blocks: readonly Block[]): Metadata {
  const metadata: Metadata = {};
  fromTables(blocks, metadata);
  fromSentences(blocks, metadata);
  return metadata;
}

export type GuessedType = 'policy' | 'service-level' | 'guideline';

const TYPE_WORDS: Array<[RegExp, GuessedType]> = [
  [/serviceniveau|servicedeklaration|kvalitetsstandard|sagsbehandlingsfrist|standard(?:er)? for sagsbehandling|indsatsvifte|service[- ]level|service standard|quality standard/iu, 'service-level'],
  [/retningslinje|procedure|vejledning|instruks|arbejdsgang|ledelsestilsyn|guideline|guidance|instruction/iu, 'guideline'],
  [/politik|strategi|policy|strategy/iu, 'policy'],
];

/** The type a title (or a file name) names, if any. */
export function guessType(...texts: Array<string | undefined>): GuessedType | undefined {
  for (const text of texts) {
    if (!text) continue;
    for (const [pattern, type] of TYPE_WORDS) if (pattern.test(text)) return type;
  }
  return undefined;
}

const DANISH = /\b(?:og|at|det|der|til|af|for|med|er|en|skal|har|ikke|på|som|vi|de|kommunen|barnet|børn)\b|[æøå]/giu;
const ENGLISH = /\b(?:and|the|of|to|is|are|for|with|that|will|be|on|we|children|council)\b/giu;

/**
 * Danish or English, by the words a text uses most. The language in the document's properties
 * decides only when the text is too short to tell: Word often leaves it at the installation's
 * default, whatever the text is written in.
 */
export function guessLang(text: string, declared?: string): Lang {
  const sample = text.slice(0, 20_000);
  const danish = sample.match(DANISH)?.length ?? 0;
  const english = sample.match(ENGLISH)?.length ?? 0;
  if (danish + english < 10) {
    if (declared && /^da\b/i.test(declared)) return 'da';
    if (declared && /^en\b/i.test(declared)) return 'en';
  }
  return english > danish ? 'en' : 'da';
}
