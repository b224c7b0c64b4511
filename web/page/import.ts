// Files the user gives the page, turned into what the engine lints. One importer per kind of
// file: Markdown and govlint's configuration are read as UTF-8 text; a Word document (.docx) is
// handed to the engine as its bytes, which it reads as the CLI does (converted as if imported,
// each finding placed by paragraph), and the page shows the converted text the engine made.
// A PDF is not read: it is named with the reason, not as a file of no kind.

/** A file as the browser hands it over: a name with its folders (from a folder drop) and its bytes. */
export interface GivenFile {
  path: string;
  read(): Promise<ArrayBuffer>;
}

/** A file made ready for the engine. */
export interface ImportedFile {
  /** The path it is linted under (as given: a `.docx` keeps its name, as in the CLI's findings). */
  path: string;
  /** The text shown and edited (empty for a Word document: its converted text comes from the engine). */
  text: string;
  /** The file's bytes, when the engine is to read them as the CLI reads a file (an encoding problem is then reported as the CLI reports it). */
  bytes?: Uint8Array;
}

export interface Importer {
  /** Lower-case name endings this importer reads (`.md`). */
  endings: readonly string[];
  import(file: GivenFile): Promise<ImportedFile>;
}

/** For showing the text: what is not UTF-8 shows as U+FFFD (the engine, reading the bytes, says the file is not UTF-8). */
const lenient = new TextDecoder('utf-8');

const textImporter: Importer = {
  endings: ['.md', '.markdown', '.govlint.yaml', '.govlint.yml', '.govlint.json'],
  async import(file) {
    const bytes = new Uint8Array(await file.read());
    return { path: file.path, text: lenient.decode(bytes), bytes };
  },
};

const wordImporter: Importer = {
  endings: ['.docx'],
  async import(file) {
    return { path: file.path, text: '', bytes: new Uint8Array(await file.read()) };
  },
};

export const IMPORTERS: readonly Importer[] = [textImporter, wordImporter];

/** Kinds of file govlint does not read but a user may well drop: they are named with the reason, not as files of no kind. */
export const PDF_ENDINGS: readonly string[] = ['.pdf'];

export interface ImportOutcome {
  sources: ImportedFile[];
  /** PDF files (not read: the Word file a PDF was made from is). */
  pdf: string[];
  /** Files of no kind govlint reads (images, text files, …). */
  skipped: string[];
  /** Files that could not be read. */
  unreadable: string[];
}

function importerFor(path: string): Importer | undefined {
  const lower = path.toLowerCase();
  return IMPORTERS.find((importer) => importer.endings.some((ending) => lower.endsWith(ending)));
}

/** Reads the files govlint can lint; says which it left and why. */
export async function importFiles(files: readonly GivenFile[]): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { sources: [], pdf: [], skipped: [], unreadable: [] };
  for (const file of files) {
    const importer = importerFor(file.path);
    if (!importer) {
      const lower = file.path.toLowerCase();
      (PDF_ENDINGS.some((ending) => lower.endsWith(ending)) ? outcome.pdf : outcome.skipped).push(file.path);
      continue;
    }
    try {
      outcome.sources.push(await importer.import(file));
    } catch {
      outcome.unreadable.push(file.path);
    }
  }
  return outcome;
}
