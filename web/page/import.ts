// Files the user gives the page, turned into the texts the engine lints. One importer per kind
// of file: Markdown and govlint's configuration are read as UTF-8 text. Word (.docx) import is
// the next importer: it turns a `.docx` into Markdown text here, and the page needs nothing else.
import type { SourceFile } from '../engine.ts';

/** A file as the browser hands it over: a name with its folders (from a folder drop) and its bytes. */
export interface GivenFile {
  path: string;
  read(): Promise<ArrayBuffer>;
}

export interface Importer {
  /** Lower-case name endings this importer reads (`.md`). */
  endings: readonly string[];
  /** The text to lint, and the path it is linted under (a `.docx` becomes a `.md`). */
  import(file: GivenFile): Promise<SourceFile>;
}

const decoder = new TextDecoder('utf-8');

const textImporter: Importer = {
  endings: ['.md', '.markdown', '.govlint.yaml', '.govlint.yml', '.govlint.json'],
  async import(file) {
    return { path: file.path, text: decoder.decode(await file.read()) };
  },
};

export const IMPORTERS: readonly Importer[] = [textImporter];

/** Kinds of file that will get an importer: they are named to the user as coming, not as wrong. */
export const COMING_ENDINGS: readonly string[] = ['.docx'];

export interface ImportOutcome {
  sources: SourceFile[];
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
