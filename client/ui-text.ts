// The extension's own messages (what package.nls*.json does not cover: prompts, notifications),
// in Danish and English. Which language is used: new-document.ts `resolveUiLang`.
import type { UiLang } from './new-document.ts';

/** The hierarchy view's title (the same words as `view.hierarchy` in package.nls*.json, which follow VS Code's language only). */
export const VIEW_TITLE: Record<UiLang, string> = { da: 'Styringshierarki', en: 'Governance hierarchy' };

export interface UiText {
  pickKind: string;
  pickLang: string;
  langDefault: string;
  title: string;
  pickParent: (kindAbove: string) => string;
  noParents: (kindAbove: string) => string;
  parent: string;
  noEditor: string;
  noFixes: string;
  fixed: (n: number) => string;
  notRunning: string;
  exists: string;
  openFolder: string;
  pickFolder: string;
}

export const UI: Record<UiLang, UiText> = {
  da: {
    pickKind: 'Hvilken slags dokument?',
    pickLang: 'Hvilket sprog skal dokumentet skrives på?',
    langDefault: 'foreslået',
    title: 'Dokumentets titel',
    pickParent: (kindAbove) => `Hvilket dokument udmønter det nye dokument (${kindAbove})?`,
    noParents: (kindAbove) => `Der er ingen ${kindAbove} med id endnu. Skriv id'et på det overordnede dokument`,
    parent: 'Overordnet dokument (id)',
    noEditor: 'Åbn et styringsdokument først.',
    noFixes: 'Ingen sikre rettelser i dette dokument.',
    fixed: (n) => `${n} ${n === 1 ? 'rettelse' : 'rettelser'} anvendt.`,
    notRunning: 'govlint kører ikke i dette arbejdsområde (ingen styringsdokumenter eller .govlint-fil).',
    exists: 'Filen findes allerede.',
    openFolder: 'Åbn en mappe først.',
    pickFolder: 'Hvilken mappe skal dokumentet ligge i?',
  },
  en: {
    pickKind: 'Which kind of document?',
    pickLang: 'Which language is the document written in?',
    langDefault: 'suggested',
    title: "The document's title",
    pickParent: (kindAbove) => `Which document does the new one carry out (${kindAbove})?`,
    noParents: (kindAbove) => `There is no ${kindAbove} with an id yet. Type the parent document's id`,
    parent: 'Parent document (id)',
    noEditor: 'Open a governance document first.',
    noFixes: 'No safe fixes in this document.',
    fixed: (n) => `${n} ${n === 1 ? 'fix' : 'fixes'} applied.`,
    notRunning: 'govlint is not running in this workspace (no governance documents or .govlint file).',
    exists: 'The file already exists.',
    openFolder: 'Open a folder first.',
    pickFolder: 'Which folder does the document belong to?',
  },
};
