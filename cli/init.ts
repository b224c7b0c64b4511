// `govlint init`: a commented configuration and one skeleton document of each type, written into
// the current folder; an existing file is never overwritten.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addMonths, formatIsoDate, parseIsoDate } from '../engine/text/dates.ts';
import type { Lang } from '../engine/types.ts';

export interface InitFile {
  name: string;
  text: string;
}

const CONFIG: Record<Lang, string> = {
  da: `# govlint-konfiguration. Kun data: intet i denne fil bliver kørt.
# Editorer med YAML-sprogserver kan validere filen mod govlints skema.

# Sproget for dokumenter og meddelelser, når et dokument ikke selv angiver "sprog:" (da eller en).
lang: da

# Regler kan sættes til error, warning, info eller off.
# rules:
#   vague-goal: warning
#   readability: off

# Kæden af dokumenttyper fra toppen og ned (standard: politik → serviceniveau → retningslinje).
# hierarchy:
#   levels:
#     - type: policy
#       aliases: [politik]
#     - type: service-level
#       aliases: [serviceniveau, kvalitetsstandard]
#     - type: guideline
#       aliases: [retningslinje]

# Afsnit, som hver dokumenttype skal have; en liste angiver alternative overskrifter.
# requiredSections:
#   guideline: [Formål, Ansvar, [Fremgangsmåde, Arbejdsgang], Frister, Dokumentation]

# Kendte enheder og roller; en anden "ansvarlig:" markeres.
# owners:
#   - Børne- og Ungeudvalget
#   - Myndighedsafdelingen

# Mål uden "Ansvarlig:" arver dokumentets ansvarlige.
# goalsInheritOwner: true

# Længste tid fra vedtagelse til revision, pr. type, i måneder.
# reviewIntervalMonths:
#   policy: 48
#   service-level: 24
#   guideline: 24

# Læsbarhed: højeste LIX-tal.
# readability:
#   maxLix: 55

# Ekstra vage ord og forbehold pr. sprog.
# lexicon:
#   da:
#     vague: [understøtte]
#     hedges: [så vidt muligt]

# Filer, der ikke skal lintes (ud over dem i .gitignore).
ignore:
  - "node_modules/**"
`,
  en: `# govlint configuration. Data only: nothing in this file is ever run.
# Editors with a YAML language server can validate it against govlint's schema.

# Language of documents and messages when a document does not set "lang:" itself (da or en).
lang: en

# Rules can be set to error, warning, info or off.
# rules:
#   vague-goal: warning
#   readability: off

# The chain of document types from the top down (default: policy → service level → guideline).
# hierarchy:
#   levels:
#     - type: policy
#       aliases: [politik]
#     - type: service-level
#       aliases: [serviceniveau, kvalitetsstandard]
#     - type: guideline
#       aliases: [retningslinje]

# Sections each document type must have; a list names alternative headings.
# requiredSections:
#   guideline: [Purpose, Responsibilities, [Procedure, Steps], Time limits, Documentation]

# Known units and roles; any other "owner:" is flagged.
# owners:
#   - Children and Young People Committee
#   - Case-handling unit

# Goals without "Owner:" inherit the document's owner.
# goalsInheritOwner: true

# Longest time from adoption to review, per type, in months.
# reviewIntervalMonths:
#   policy: 48
#   service-level: 24
#   guideline: 24

# Readability: highest LIX score.
# readability:
#   maxLix: 55

# Extra vague words and hedges per language.
# lexicon:
#   en:
#     vague: [support]
#     hedges: [where possible]

# Files not to lint (besides those in .gitignore).
ignore:
  - "node_modules/**"
`,
};

/** The skeleton documents: policy → service level → guideline, linked by parent and goal references. */
function skeletons(lang: Lang, review: string, deadline: string): InitFile[] {
  if (lang === 'da') {
    return [
      {
        name: 'politik.md',
        text: `---
id: min-politik
type: politik
titel: "[Politikkens titel]"
ansvarlig: "[Udvalget, der ejer politikken]"
revision: ${review}
status: udkast
---

# [Politikkens titel]

<!-- Skabelon fra govlint init. Erstat teksten i [klammer]. -->

## Børne- og familiesyn

[Hvilket syn på børn og familier bygger politikken på?]

## Målgrupper

[Hvem gælder politikken for?]

## Mål

### M1 [Målets overskrift]

Andelen af [målgruppe], der [opnår noget målbart], stiger fra [udgangspunkt] % til [mål] % senest ${deadline}.

- Ansvarlig: [Enhed eller rolle]
- Frist: ${deadline}
- Indikator: [Hvad måles]
- Udgangspunkt: [Tal og år]

## Opfølgning

[Hvornår og hvordan følges der op, og til hvem?]
`,
      },
      {
        name: 'serviceniveau.md',
        text: `---
id: mit-serviceniveau
type: serviceniveau
titel: "[Serviceniveauets titel]"
ansvarlig: "[Afdelingen, der ejer serviceniveauet]"
overordnet: min-politik
revision: ${review}
status: udkast
---

# [Serviceniveauets titel]

<!-- Skabelon fra govlint init. Erstat teksten i [klammer]. -->

## Målgruppe

[Hvem kan få indsatsen?]

## Indsatser

[Hvilke indsatser tilbydes?]

## Mål

### S1 [Målets overskrift]

Andelen af [sager], der [afsluttes inden for fristen], stiger fra [udgangspunkt] % til [mål] % senest ${deadline}.

- Ansvarlig: [Enhed eller rolle]
- Frist: ${deadline}
- Indikator: [Hvad måles]
- Udgangspunkt: [Tal og år]
- Udmønter: M1

## Sagsbehandlingsfrister

[Hvilke frister gælder for sagsbehandlingen, og med hvilken hjemmel?]

## Opfølgning

[Hvornår og hvordan følges der op?]
`,
      },
      {
        name: 'retningslinje.md',
        text: `---
id: min-retningslinje
type: retningslinje
titel: "[Retningslinjens titel]"
ansvarlig: "[Teamet, der ejer retningslinjen]"
overordnet: mit-serviceniveau
revision: ${review}
status: udkast
---

# [Retningslinjens titel]

<!-- Skabelon fra govlint init. Erstat teksten i [klammer]. -->

## Formål

[Hvad skal retningslinjen sikre?]

## Ansvar

[Hvem gør hvad?]

## Fremgangsmåde

### R1 [Trinnets overskrift]

[Hvad gøres, af hvem og hvornår?] Andelen af sager, hvor trinnet er gennemført til tiden, stiger fra [udgangspunkt] % til 90 % senest ${deadline}.

- Ansvarlig: [Enhed eller rolle]
- Frist: ${deadline}
- Indikator: [Andel sager, hvor trinnet er gennemført til tiden]
- Udgangspunkt: [Tal og år]
- Udmønter: S1

## Frister

[Hvilke frister gælder?]

## Dokumentation

[Hvad skal dokumenteres, og hvor?]
`,
      },
    ];
  }
  return [
    {
      name: 'policy.md',
      text: `---
id: my-policy
type: policy
title: "[Title of the policy]"
owner: "[Committee that owns the policy]"
review: ${review}
status: draft
lang: en
---

# [Title of the policy]

<!-- Skeleton from govlint init. Replace the text in [brackets]. -->

## Values

[What view of children and families does the policy build on?]

## Target groups

[Whom does the policy apply to?]

## Goals

### M1 [Heading of the goal]

The share of [target group] who [achieve something measurable] rises from [baseline] % to [target] % by ${deadline}.

- Owner: [Unit or role]
- Deadline: ${deadline}
- Indicator: [What is measured]
- Baseline: [Figure and year]

## Follow-up

[When and how is progress followed up, and to whom?]
`,
    },
    {
      name: 'service-level.md',
      text: `---
id: my-service-level
type: service-level
title: "[Title of the service level]"
owner: "[Department that owns the service level]"
parent: my-policy
review: ${review}
status: draft
lang: en
---

# [Title of the service level]

<!-- Skeleton from govlint init. Replace the text in [brackets]. -->

## Target group

[Who can receive the service?]

## Services

[Which services are offered?]

## Goals

### S1 [Heading of the goal]

The share of [cases] that [are completed within the time limit] rises from [baseline] % to [target] % by ${deadline}.

- Owner: [Unit or role]
- Deadline: ${deadline}
- Indicator: [What is measured]
- Baseline: [Figure and year]
- Implements: M1

## Case-handling time limits

[Which time limits apply to case handling, and under which law?]

## Follow-up

[When and how is progress followed up?]
`,
    },
    {
      name: 'guideline.md',
      text: `---
id: my-guideline
type: guideline
title: "[Title of the guideline]"
owner: "[Team that owns the guideline]"
parent: my-service-level
review: ${review}
status: draft
lang: en
---

# [Title of the guideline]

<!-- Skeleton from govlint init. Replace the text in [brackets]. -->

## Purpose

[What must the guideline ensure?]

## Responsibilities

[Who does what?]

## Procedure

### R1 [Heading of the step]

[What is done, by whom and when?] The share of cases where the step is completed on time rises from [baseline] % to 90 % by ${deadline}.

- Owner: [Unit or role]
- Deadline: ${deadline}
- Indicator: [Share of cases where the step was completed on time]
- Baseline: [Figure and year]
- Implements: S1

## Time limits

[Which time limits apply?]

## Documentation

[What must be documented, and where?]
`,
    },
  ];
}

/** The files `govlint init` writes: review dates one year, deadlines two years after `today`. */
export function initFiles(lang: Lang, today: string): InitFile[] {
  const date = parseIsoDate(today)!;
  const review = formatIsoDate(addMonths(date, 12));
  const deadline = formatIsoDate(addMonths(date, 24));
  return [{ name: '.govlint.yaml', text: CONFIG[lang] }, ...skeletons(lang, review, deadline)];
}

export interface InitResult {
  written: string[];
  skipped: string[];
}

/** Writes the files into `dir`, skipping any that exist (never overwrites). */
export function writeInitFiles(dir: string, lang: Lang, today: string): InitResult {
  const result: InitResult = { written: [], skipped: [] };
  for (const file of initFiles(lang, today)) {
    const path = join(dir, file.name);
    if (existsSync(path)) {
      result.skipped.push(file.name);
      continue;
    }
    try {
      writeFileSync(path, file.text, { flag: 'wx' });
      result.written.push(file.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      result.skipped.push(file.name);
    }
  }
  return result;
}

const WORDS: Record<Lang, { wrote: string; skipped: string; next: string }> = {
  da: {
    wrote: 'skrev {file}',
    skipped: 'sprang {file} over: filen findes allerede',
    next: 'Udfyld pladsholderne i [klammer] og kør govlint. Skabelonerne giver ingen fejl; enkelte advarsler kan stå, indtil pladsholderne er udfyldt.',
  },
  en: {
    wrote: 'wrote {file}',
    skipped: 'skipped {file}: the file already exists',
    next: 'Fill in the placeholders in [brackets] and run govlint. The skeletons give no errors; some warnings may remain until the placeholders are filled in.',
  },
};

/** The messages `govlint init` prints. */
export function describeInit(result: InitResult, lang: Lang): string {
  const words = WORDS[lang];
  const lines = [
    ...result.written.map((file) => words.wrote.replace('{file}', file)),
    ...result.skipped.map((file) => words.skipped.replace('{file}', file)),
  ];
  if (result.written.length > 0) lines.push(words.next);
  return lines.join('\n') + '\n';
}
