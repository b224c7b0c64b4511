// The .docx converter on Word files made by an independent writer (the `docx` package): the
// Markdown it writes, the source map that places findings, and a clear reason for every file it
// cannot read.
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guidelineWithMetadataTable, policyWithGoalHeadings, policyWithNumberedGoals, qualityStandardWithTimeLimits } from '../../../test/support/word-fixtures.ts';
import { locateLine } from '../../model/source.ts';
import { convertDocx, DocxProblem } from './convert.ts';

const convert = (bytes: Uint8Array, fileName = 'dokument.docx', frontmatter: 'always' | 'recognised' = 'always') => convertDocx(bytes, { fileName, maxPartBytes: 8 * 1024 * 1024, frontmatter });

function problemOf(bytes: Uint8Array): string {
  try {
    convert(bytes);
  } catch (error) {
    if (error instanceof DocxProblem) return `${error.reason}: ${error.message}`;
    throw error;
  }
  return 'converted';
}

async function docxOf(children: Paragraph[]): Promise<Uint8Array> {
  const numbering = { config: [{ reference: 'n', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] };
  return new Uint8Array(await Packer.toBuffer(new Document({ numbering, sections: [{ children }] })));
}

describe('convertDocx', () => {
  it('writes a policy with goals in headings: front matter from the cover line, fields from paragraphs, emphasis kept', async () => {
    const result = convert(await policyWithGoalHeadings(), 'politik.docx');
    expect(result.markdown).toBe(POLICY);
    expect(result.lang).toBe('da');
    expect(result.placeholders).toEqual(['ansvarlig']);
  });

  it('gives numbered goals under "Goals" IDs in order, nested items become their fields, and reads an English cover line', async () => {
    const result = convert(await policyWithNumberedGoals(), 'policyWithNumberedGoals.docx');
    expect(result.markdown).toBe(NUMBERED);
    expect(result.lang).toBe('en');
  });

  it('reads a metadata table, keeps a table of time limits, and turns "Standard 1" into S1 with a field table as its fields', async () => {
    const { markdown } = convert(await qualityStandardWithTimeLimits());
    expect(markdown).toContain('type: serviceniveau\n');
    expect(markdown).toContain('ansvarlig: Myndighedsafdelingen  # "Ansvarlig: Myndighedsafdelingen"\n');
    expect(markdown).toContain('overordnet: boernepolitik-2025  # "Overordnet politik: boernepolitik-2025"\n');
    expect(markdown).toContain('vedtaget: 2025-04-01  # "Godkendt: 1. april 2025"\nvedtaget-af: Børne- og Ungeudvalget');
    expect(markdown).toContain('revision: 2027-04-01');
    expect(markdown).toContain('| Sagsskridt | Frist | Hjemmel |\n| --- | --- | --- |\n| Underretning vurderet | 24 timer | Barnets lov § 136 |\n');
    expect(markdown).toContain('### S1 Undersøgelsen afsluttes til tiden\n\nAndelen af børnefaglige undersøgelser');
    expect(markdown).toContain('- Ansvarlig: Leder af Myndighedsafdelingen\n- Frist: 2026-12-31\n- Udgangspunkt: 70 % (2024)\n- Udmønter: M1\n');
  });

  it("reads a guideline's metadata table: owner, approval date, a review month and the parent named by its title", async () => {
    const { markdown } = convert(await guidelineWithMetadataTable());
    expect(markdown.split('---')[1]).toBe(
      '\nid: retningslinje-for-modtagelse-af-underretninger\ntype: retningslinje\ntitel: Retningslinje for modtagelse af underretninger\n' +
        'ansvarlig: Leder af Modtagelsen  # "Dokumentansvarlig: Leder af Modtagelsen"\n' +
        'overordnet: kvalitetsstandard-for-boernefaglige-undersoegelser  # "Overordnet dokument: Kvalitetsstandard for børnefaglige undersøgelser"\n' +
        'vedtaget: 2025-04-15  # "Godkendt: 15.04.2025"\nrevision: 2027-04-01  # "Revideres: april 2027"\nstatus: vedtaget\nsprog: da\n',
    );
    expect(markdown).toContain('### R1 Vurdering inden for 24 timer\n\nSocialrådgiveren vurderer underretningen inden for 24 timer efter modtagelsen.\n\n- Udmønter: S1\n');
  });

  it('places every line of the Markdown at its Word paragraph, with the headings above it', async () => {
    const { markdown, source } = convert(await policyWithGoalHeadings(), 'politik.docx');
    const lines = markdown.split('\n');
    const line = lines.indexOf('Vi vil styrke trivslen blandt børn og unge.') + 1;
    expect(locateLine(source, line, 11)).toEqual({ format: 'docx', part: 'body', paragraph: 14, headings: ['Mål', 'M2 Styrket trivsel'], text: 'Vi vil styrke trivslen blandt børn og unge.' });
    // The adoption date came from the cover line, paragraph 2.
    expect(locateLine(source, lines.findIndex((text) => text.startsWith('vedtaget:')) + 1, 11)).toMatchObject({ part: 'properties', paragraph: 2 });
    expect(locateLine(source, lines.findIndex((text) => text.startsWith('ansvarlig:')) + 1, 11)).toEqual({
      format: 'docx',
      part: 'properties',
      headings: [],
      text: 'ansvarlig: "[Enhed eller rolle]"',
    });
  });

  it('escapes what Markdown would read as syntax, leaves [placeholders] visible and skips the table of contents', async () => {
    const { markdown } = convert(
      await docxOf([
        new Paragraph({ text: 'Retningslinje for test', heading: HeadingLevel.TITLE }),
        new Paragraph('1. januar er en fridag.'),
        new Paragraph('# ikke en overskrift'),
        new Paragraph('- ikke en liste, men *stjerner* og snake_case og <b>html</b>'),
        new Paragraph('Ansvarlig: [Enhed eller rolle]'),
        new Paragraph({ text: 'Formål\t3', style: 'TOC1' }),
      ]),
    );
    expect(markdown).toContain('\n1\\. januar er en fridag.\n\n\\# ikke en overskrift\n\n\\- ikke en liste, men \\*stjerner\\* og snake_case og \\<b>html\\</b>\n\nAnsvarlig: [Enhed eller rolle]\n');
    // The table of contents is not read.
    expect(markdown).not.toContain('Formål');
  });

  it('takes short all-bold paragraphs for headings in a document that uses no heading styles', async () => {
    const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
    const { markdown } = convert(
      await docxOf([
        bold('Serviceniveau for familiebehandling'),
        new Paragraph('Godkendt den 3. juni 2025.'),
        bold('Mål'),
        bold('S1 Hurtig start'),
        new Paragraph('Familien får et første møde inden for 10 hverdage.'),
        new Paragraph({ children: [new TextRun({ text: 'Et helt fedt afsnit, der er en sætning.', bold: true })] }),
      ]),
    );
    expect(markdown.slice(markdown.indexOf('\n# ') + 1)).toBe(
      '# Serviceniveau for familiebehandling\n\nGodkendt den 3. juni 2025.\n\n## Mål\n\n### S1 Hurtig start\n\nFamilien får et første møde inden for 10 hverdage.\n\nEt helt fedt afsnit, der er en sætning.\n',
    );
  });

  it('reads a document that names no type as a bare file when linting, and with a type placeholder when importing', async () => {
    const letter = await docxOf([new Paragraph({ text: 'Referat af mødet', heading: HeadingLevel.TITLE }), new Paragraph('Mødet blev holdt i går.')]);
    expect(convert(letter, 'referat.docx', 'recognised').markdown).toBe('# Referat af mødet\n\nMødet blev holdt i går.\n');
    expect(convert(letter, 'referat.docx', 'always').markdown).toContain('type: "[politik, serviceniveau eller retningslinje]"\n');
  });

  it('says why a file cannot be read: not a zip, a zip without a document, a damaged zip, an old .doc, a password', async () => {
    expect(problemOf(strToU8('hello, not a document'))).toBe('not-docx: no zip signature');
    expect(problemOf(zipSync({ 'readme.txt': strToU8('x') }))).toBe('not-docx: a zip without word/document.xml');
    const real = await policyWithGoalHeadings();
    expect(problemOf(real.subarray(0, 200))).toMatch(/^corrupt: zip: /);
    const compound = new Uint8Array(1024);
    compound.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(problemOf(compound)).toBe('legacy-doc: Word 97-2003');
    compound.set(strToU8(Buffer.from('EncryptionInfo', 'utf16le').toString('latin1'), true), 512);
    expect(problemOf(compound)).toBe('encrypted: EncryptionInfo');
    expect(problemOf(zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="x"><w:body>') }))).toMatch(/^corrupt: XML: /);
  });

  it('never throws anything but a DocxProblem on a damaged file', async () => {
    const real = await policyWithGoalHeadings();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(real.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat(real.length), (changes, cut) => {
        const bytes = real.slice(0, Math.max(4, cut));
        for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
        try {
          convert(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(DocxProblem);
        }
      }),
      { numRuns: 300, seed: 18 },
    );
  });

  it('refuses a part that would unpack past the bound before inflating it', () => {
    const big = zipSync({ 'word/document.xml': new Uint8Array(9 * 1024 * 1024) });
    expect(problemOf(big)).toBe(`too-large: word/document.xml: ${9 * 1024 * 1024} bytes > ${8 * 1024 * 1024}`);
  });
});

const POLICY = `---
id: sammenhaengende-boerne-og-ungepolitik-2025-2028
type: politik
titel: Sammenhængende børne- og ungepolitik 2025-2028
ansvarlig: "[Enhed eller rolle]"  # forfatter i Word: Jens Hansen
vedtaget: 2025-03-12  # "Politikken er vedtaget af Byrådet den 12. marts 2025."
vedtaget-af: Byrådet  # "Politikken er vedtaget af Byrådet den 12. marts 2025."
revision: 2028-03-01  # "Den revideres senest marts 2028."
status: vedtaget
sprog: da
---

<!-- Importeret af govlint fra politik.docx. Værdier i [klammer] og ÅÅÅÅ-MM-DD stod ikke i dokumentet: udfyld dem. -->

# Sammenhængende børne- og ungepolitik 2025-2028

Politikken er vedtaget af Byrådet den 12. marts 2025. Den revideres senest marts 2028.

## Børne- og familiesyn

Vi tror på, at **alle børn** skal have *lige muligheder*.

## Målgrupper

Politikken gælder for alle børn og unge fra 0 til 18 år og deres familier.

## Mål

### M1 Flere anbragte børn gennemfører folkeskolen

Andelen af anbragte børn, der aflægger 9.-klasseprøve, stiger fra 52 % i 2024 til 65 % senest 31. december 2027.

- Ansvarlig: Børne- og Ungedirektøren
- Frist: 2027-12-31
- Udgangspunkt: 52 % (2024)

### M2 Styrket trivsel

Vi vil styrke trivslen blandt børn og unge.

## Opfølgning

Børne- og Ungeudvalget får en status på målene hvert år i juni.
`;

const NUMBERED = `---
id: early-help-policy
type: policy
title: Early Help Policy
owner: Children and Families Department  # from the document properties
adopted: 2024-06-03  # "Adopted by the Children and Young People Committee on 3 June 2024."
adopted-by: Children and Young People Committee  # "Adopted by the Children and Young People Committee on 3 June 2024."
review: 2028-06-03  # "The policy is reviewed every four years."
status: adopted
lang: en
---

<!-- Imported by govlint from policyWithNumberedGoals.docx. Values in [brackets] and YYYY-MM-DD were not in the document: fill them in. -->

# Early Help Policy

Adopted by the Children and Young People Committee on 3 June 2024. The policy is reviewed every four years.

## Values

Families get help early, before problems grow.

## Target groups

- Families with children aged 0 to 17
- Young people leaving care

## Goals

- M1 90 % of families referred for early help are offered a first meeting within 10 working days by 31 December 2026.
  - Owner: Head of Early Help
  - Baseline: 71 % (2023)
- M2 We will strengthen cooperation with schools.

## Follow-up

The committee receives a progress report every six months.
`;
