// Files the user gives the page, turned into the texts the engine lints. One importer per kind
// of file: Markdown and govlint's configuration are read as UTF-8 text. Word (.docx) import is
// the next importer: it turns a `.docx` into Markdown text here, and the page needs nothing else.

/** A file as the browser hands it over: a name with its folders (from a folder drop) and its bytes. */
export interface GivenFile {
  path: string;
  read(): Promise<ArrayBuffer>;
}

/** A file made ready for the engine. */
export interface ImportedFile {
  /** The path it is linted under (a `.docx` becomes a `.md`). */
  path: string;
  /** The text shown and edited. */
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

export const IMPORTERS: readonly Importer[] = [textImporter];

/** Kinds of file that will get an importer: they are named to the user as coming, not as wrong. */
export const COMING_ENDINGS: readonly string[] = ['.docx'];

export interface ImportOutcome {
  sources: ImportedFile[];
  /** Files of a kind that is coming (.docx). */
  coming: string[];
  /** Files of no kind govlint reads (images, PDFs, …). */
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
  const outcome: ImportOutcome = { sources: [], coming: [], skipped: [], unreadable: [] };
  for (const file of files) {
    const importer = importerFor(file.path);
    if (!importer) {
      const lower = file.path.toLowerCase();
      (COMING_ENDINGS.some((ending) => lower.endsWith(ending)) ? outcome.coming : outcome.skipped).push(file.path);
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
