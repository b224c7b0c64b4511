// `govlint init`: a commented configuration and one skeleton document of each type, written into
// the current folder; an existing file is never overwritten.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSkeleton, type Lang, type SkeletonInput } from '../engine/api/index.ts';

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
const SKELETON_FILES: Record<Lang, Array<{ name: string; input: Omit<SkeletonInput, 'lang' | 'today'> }>> = {
  da: [
    { name: 'politik.md', input: { kind: 'policy', id: 'min-politik' } },
    { name: 'serviceniveau.md', input: { kind: 'service-level', id: 'mit-serviceniveau', parent: 'min-politik', implements: 'M1' } },
    { name: 'retningslinje.md', input: { kind: 'guideline', id: 'min-retningslinje', parent: 'mit-serviceniveau', implements: 'S1' } },
  ],
  en: [
    { name: 'policy.md', input: { kind: 'policy', id: 'my-policy' } },
    { name: 'service-level.md', input: { kind: 'service-level', id: 'my-service-level', parent: 'my-policy', implements: 'M1' } },
    { name: 'guideline.md', input: { kind: 'guideline', id: 'my-guideline', parent: 'my-service-level', implements: 'S1' } },
  ],
};

/** The files `govlint init` writes: the configuration and the linked skeletons. */
export function initFiles(lang: Lang, today: string): InitFile[] {
  return [{ name: '.govlint.yaml', text: CONFIG[lang] }, ...SKELETON_FILES[lang].map(({ name, input }) => ({ name, text: renderSkeleton({ ...input, lang, today }) }))];
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
  const lines = [...result.written.map((file) => words.wrote.replace('{file}', file)), ...result.skipped.map((file) => words.skipped.replace('{file}', file))];
  if (result.written.length > 0) lines.push(words.next);
  return lines.join('\n') + '\n';
}
