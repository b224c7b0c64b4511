// Word documents written by an independent writer (the `docx` package), as municipalities write
// them: a title, a cover line saying who adopted it and when, headings, numbered and bulleted
// lists, tables, bold and italic text. Their core properties get fixed dates, so every run
// writes the same bytes.
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const CORE_DATES = { created: '2025-01-10T09:00:00Z', modified: '2025-03-01T12:00:00Z' };

/** The package with its core properties' dates fixed (the writer stamps the time of writing). */
function fixDates(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core)
        .replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${CORE_DATES.created}`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${CORE_DATES.modified}`),
    );
  }
  // Fixed entry times too, so the bytes are the same on every run.
  const stamped: Zippable = {};
  for (const [name, data] of Object.entries(files)) stamped[name] = [data, { mtime: new Date('2025-03-01T12:00:00Z') }];
  return zipSync(stamped);
}

async function pack(document: Document): Promise<Uint8Array> {
  return fixDates(new Uint8Array(await Packer.toBuffer(document)));
}

const numbering = {
  config: [
    {
      reference: 'goals',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
        { level: 1, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START },
      ],
    },
  ],
};

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
const text = (value: string) => new Paragraph(value);

function table(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
  });
}

/** A Danish policy with its goals in headings (Heading 2 "M1 …"), fields as paragraphs under them, emphasis in the text. */
export async function policyWithGoalHeadings(): Promise<Uint8Array> {
  return pack(
    new Document({
      title: 'Sammenhængende børne- og ungepolitik 2025-2028',
      creator: 'Jens Hansen',
      numbering,
      sections: [
        {
          children: [
            new Paragraph({ text: 'Sammenhængende børne- og ungepolitik 2025-2028', heading: HeadingLevel.TITLE }),
            text('Politikken er vedtaget af Byrådet den 12. marts 2025. Den revideres senest marts 2028.'),
            heading('Børne- og familiesyn', HeadingLevel.HEADING_1),
            new Paragraph({
              children: [
                new TextRun('Vi tror på, at '),
                new TextRun({ text: 'alle børn', bold: true }),
                new TextRun(' skal have '),
                new TextRun({ text: 'lige muligheder', italics: true }),
                new TextRun('.'),
              ],
            }),
            heading('Målgrupper', HeadingLevel.HEADING_1),
            text('Politikken gælder for alle børn og unge fra 0 til 18 år og deres familier.'),
            heading('Mål', HeadingLevel.HEADING_1),
            heading('M1 Flere anbragte børn gennemfører folkeskolen', HeadingLevel.HEADING_2),
            text('Andelen af anbragte børn, der aflægger 9.-klasseprøve, stiger fra 52 % i 2024 til 65 % senest 31. december 2027.'),
            text('Ansvarlig: Børne- og Ungedirektøren'),
            text('Frist: 2027-12-31'),
            text('Udgangspunkt: 52 % (2024)'),
            heading('M2 Styrket trivsel', HeadingLevel.HEADING_2),
            text('Vi vil styrke trivslen blandt børn og unge.'),
            heading('Opfølgning', HeadingLevel.HEADING_1),
            text('Børne- og Ungeudvalget får en status på målene hvert år i juni.'),
          ],
        },
      ],
    }),
  );
}

/** An English policy whose goals are a numbered list under "Goals", with a bullet list elsewhere. */
export async function policyWithNumberedGoals(): Promise<Uint8Array> {
  return pack(
    new Document({
      title: 'Early Help Policy',
      creator: 'Children and Families Department',
      numbering,
      sections: [
        {
          children: [
            new Paragraph({ text: 'Early Help Policy', heading: HeadingLevel.TITLE }),
            text('Adopted by the Children and Young People Committee on 3 June 2024. The policy is reviewed every four years.'),
            heading('Values', HeadingLevel.HEADING_1),
            text('Families get help early, before problems grow.'),
            heading('Target groups', HeadingLevel.HEADING_1),
            new Paragraph({ text: 'Families with children aged 0 to 17', bullet: { level: 0 } }),
            new Paragraph({ text: 'Young people leaving care', bullet: { level: 0 } }),
            heading('Goals', HeadingLevel.HEADING_1),
            new Paragraph({ text: '90 % of families referred for early help are offered a first meeting within 10 working days by 31 December 2026.', numbering: { reference: 'goals', level: 0 } }),
            new Paragraph({ text: 'Owner: Head of Early Help', numbering: { reference: 'goals', level: 1 } }),
            new Paragraph({ text: 'Baseline: 71 % (2023)', numbering: { reference: 'goals', level: 1 } }),
            new Paragraph({ text: 'We will strengthen cooperation with schools.', numbering: { reference: 'goals', level: 0 } }),
            heading('Follow-up', HeadingLevel.HEADING_1),
            text('The committee receives a progress report every six months.'),
          ],
        },
      ],
    }),
  );
}

/** A Danish kvalitetsstandard: a table of time limits, goals labelled "Standard 1", and a Markdown policy as parent. */
export async function qualityStandardWithTimeLimits(): Promise<Uint8Array> {
  return pack(
    new Document({
      title: 'Kvalitetsstandard for børnefaglige undersøgelser',
      creator: 'Myndighedsafdelingen',
      numbering,
      sections: [
        {
          children: [
            new Paragraph({ text: 'Kvalitetsstandard for børnefaglige undersøgelser', heading: HeadingLevel.TITLE }),
            table([
              ['Ansvarlig', 'Myndighedsafdelingen'],
              ['Overordnet politik', 'boernepolitik-2025'],
              ['Godkendt', '1. april 2025'],
              ['Godkendt af', 'Børne- og Ungeudvalget'],
              ['Revideres', '1. april 2027'],
            ]),
            heading('Målgruppe', HeadingLevel.HEADING_1),
            text('Børn og unge, hvor kommunen har modtaget en underretning eller en ansøgning om hjælp.'),
            heading('Indsatser', HeadingLevel.HEADING_1),
            text('Børnefaglig undersøgelse efter barnets lov § 20 og samtale med barnet.'),
            heading('Sagsbehandlingsfrister', HeadingLevel.HEADING_1),
            table([
              ['Sagsskridt', 'Frist', 'Hjemmel'],
              ['Underretning vurderet', '24 timer', 'Barnets lov § 136'],
              ['Børnefaglig undersøgelse afsluttet', '4 måneder', 'Barnets lov § 20'],
              ['Første opfølgning', '3 måneder', 'Barnets lov § 95'],
            ]),
            heading('Mål', HeadingLevel.HEADING_1),
            heading('Standard 1: Undersøgelsen afsluttes til tiden', HeadingLevel.HEADING_2),
            text('Andelen af børnefaglige undersøgelser, der afsluttes inden for 4 måneder, stiger fra 70 % i 2024 til 90 % senest 31. december 2026.'),
            table([
              ['Ansvarlig', 'Leder af Myndighedsafdelingen'],
              ['Frist', '2026-12-31'],
              ['Udgangspunkt', '70 % (2024)'],
              ['Udmønter', 'M1'],
            ]),
            heading('Opfølgning', HeadingLevel.HEADING_1),
            text('Fristerne følges op hvert kvartal i ledelsestilsynet.'),
          ],
        },
      ],
    }),
  );
}

/** A Danish guideline whose metadata (owner, approval, review, parent) is a table at the top, with steps as "Trin 1" headings. */
export async function guidelineWithMetadataTable(): Promise<Uint8Array> {
  return pack(
    new Document({
      title: 'Retningslinje for modtagelse af underretninger',
      creator: 'Anne Jensen',
      numbering,
      sections: [
        {
          children: [
            new Paragraph({ text: 'Retningslinje for modtagelse af underretninger', heading: HeadingLevel.TITLE }),
            table([
              ['Dokumentansvarlig', 'Leder af Modtagelsen'],
              ['Godkendt', '15.04.2025'],
              ['Revideres', 'april 2027'],
              ['Overordnet dokument', 'Kvalitetsstandard for børnefaglige undersøgelser'],
            ]),
            heading('Formål', HeadingLevel.HEADING_1),
            text('Retningslinjen sikrer, at underretninger vurderes hurtigt og ensartet.'),
            heading('Ansvar', HeadingLevel.HEADING_1),
            text('Modtagelsen i Myndighedsafdelingen vurderer alle underretninger.'),
            heading('Fremgangsmåde', HeadingLevel.HEADING_1),
            heading('Trin 1: Vurdering inden for 24 timer', HeadingLevel.HEADING_2),
            text('Socialrådgiveren vurderer underretningen inden for 24 timer efter modtagelsen.'),
            text('Udmønter: S1'),
            heading('Trin 2: Kvittering', HeadingLevel.HEADING_2),
            text('Underretteren får så vidt muligt en kvittering.'),
            heading('Frister', HeadingLevel.HEADING_1),
            text('Vurdering: 24 timer. Kvittering: 6 hverdage.'),
            heading('Dokumentation', HeadingLevel.HEADING_1),
            text('Vurderingen journaliseres i fagsystemet samme dag.'),
          ],
        },
      ],
    }),
  );
}

/** The Markdown policy the Word service level names as its parent. */
export const MARKDOWN_POLICY = `---
id: boernepolitik-2025
type: politik
titel: Børne- og ungepolitik
ansvarlig: Børne- og Ungeudvalget
vedtaget: 2025-03-12
vedtaget-af: Byrådet
revision: 2028-03-01
status: vedtaget
---

# Børne- og ungepolitik

## Værdier

Alle børn skal have lige muligheder.

## Målgrupper

Alle børn og unge.

## Mål

### M1 Flere børnefaglige undersøgelser til tiden

Andelen af undersøgelser afsluttet inden for 4 måneder stiger fra 70 % i 2024 til 90 % senest 31. december 2027.

- Ansvarlig: Børne- og Ungedirektøren
- Frist: 2027-12-31
- Udgangspunkt: 70 % (2024)

## Opfølgning

Årligt til Børne- og Ungeudvalget.
`;
