// The page's own words, in Danish and English. The findings carry both languages themselves.
import type { Lang } from '../engine.ts';

export const TEXTS = {
  da: {
    skip: 'Spring til fundene',
    privacy: 'Intet forlader din maskine: dokumenterne tjekkes i denne side, som ikke henter eller sender noget over nettet.',
    language: 'Sprog',
    sourceHeading: 'Dokument',
    dropHint: 'Indsæt eller skriv et dokument (Markdown med front matter) herunder, eller slip en eller flere .md- eller Word-filer (.docx) eller en hel mappe her.',
    pickFiles: 'Filer',
    pickFolder: 'Mappe',
    example: 'Vis et eksempel',
    clear: 'Ryd',
    docxNote:
      "Word-filer (.docx) læses, som om de var importeret: fundene peger på afsnittet (¶14), og teksten viser dokumentet, som govlint læser det. PDF-filer læses ikke; slip Word-filen, PDF'en blev lavet af.",
    filesHeading: 'Filer',
    textLabel: 'Tekst',
    findingsHeading: 'Fund',
    downloadReport: 'Hent rapporten (HTML)',
    footer: 'govlint tjekker styringsdokumenter: SMART-mål, ansvar, frister, lovens tidsfrister og kæden fra politik til retningslinje.',
    untitled: 'dokument.md',
    empty: 'Indsæt et dokument for at se fundene.',
    noFindings: 'Ingen fund i {file}.',
    summary: '{count} fund i {file} ({files} filer tjekket på {ms} ms).',
    line: 'Linje {line}, kolonne {column}',
    paragraph: 'Afsnit {mark}',
    converted: 'Word-dokument, vist som govlint læser det (kan ikke redigeres her).',
    goto: 'Vis i teksten',
    goal: 'Mål {goal}',
    smart: 'SMART: {score} af {assessed} vurderede',
    met: 'opfyldt',
    notMet: 'ikke opfyldt',
    notAssessed: 'ikke vurderet',
    rewrite: 'Forslag',
    copy: 'Kopiér',
    copied: 'Kopieret',
    error: 'Fejl',
    warning: 'Advarsel',
    info: 'Info',
    configError: 'Konfigurationen kunne ikke bruges (standardindstillingerne gælder): {detail}',
    pdf: "{files}: PDF-filer læses ikke. Slip Word-filen (.docx), PDF'en blev lavet af.",
    skipped: 'Sprunget over (ikke Markdown, Word eller konfiguration): {files}',
    unreadable: 'Kunne ikke læses: {files}',
    findingsOf: '{count} fund',
    reportName: 'govlint-rapport.html',
  },
  en: {
    skip: 'Skip to the findings',
    privacy: 'Nothing leaves your machine: the documents are checked in this page, which fetches and sends nothing over the network.',
    language: 'Language',
    sourceHeading: 'Document',
    dropHint: 'Paste or type a document (Markdown with front matter) below, or drop one or more .md or Word (.docx) files or a whole folder here.',
    pickFiles: 'Files',
    pickFolder: 'Folder',
    example: 'Show an example',
    clear: 'Clear',
    docxNote:
      'Word files (.docx) are read as if imported: findings point at the paragraph (¶14), and the text shows the document as govlint reads it. PDF files are not read; drop the Word file the PDF was made from.',
    filesHeading: 'Files',
    textLabel: 'Text',
    findingsHeading: 'Findings',
    downloadReport: 'Download the report (HTML)',
    footer: 'govlint checks governance documents: SMART goals, owners, deadlines, statutory time limits and the chain from policy to guideline.',
    untitled: 'document.md',
    empty: 'Paste a document to see its findings.',
    noFindings: 'No findings in {file}.',
    summary: '{count} findings in {file} ({files} files checked in {ms} ms).',
    line: 'Line {line}, column {column}',
    paragraph: 'Paragraph {mark}',
    converted: 'Word document, shown as govlint reads it (not editable here).',
    goto: 'Show in the text',
    goal: 'Goal {goal}',
    smart: 'SMART: {score} of {assessed} assessed',
    met: 'met',
    notMet: 'not met',
    notAssessed: 'not assessed',
    rewrite: 'Suggestion',
    copy: 'Copy',
    copied: 'Copied',
    error: 'Error',
    warning: 'Warning',
    info: 'Info',
    configError: 'The configuration could not be used (the defaults apply): {detail}',
    pdf: '{files}: PDF files are not read. Drop the Word file (.docx) the PDF was made from.',
    skipped: 'Skipped (not Markdown, Word or a configuration): {files}',
    unreadable: 'Could not be read: {files}',
    findingsOf: '{count} findings',
    reportName: 'govlint-report.html',
  },
} satisfies Record<Lang, Record<string, string>>;

export type TextKey = keyof (typeof TEXTS)['da'];

/** A text with its `{name}` places filled. */
export function say(lang: Lang, key: TextKey, values: Record<string, string | number> = {}): string {
  return TEXTS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The page's language from the browser's: Danish for a Danish (or Norwegian) reader, English otherwise. */
export function defaultLang(languages: readonly string[]): Lang {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'da' || primary === 'nb' || primary === 'nn' || primary === 'no') return 'da';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
