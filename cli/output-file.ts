// `-o/--output-file FILE`: the report goes to a file instead of stdout. The file is replaced
// atomically (a temporary file with a random name, created exclusively, renamed over it: see
// safe-write.ts), and never when it is a document of the project, the configuration, another
// Markdown file or a folder: a slip of the hand (`-o politik.md`) must not cost a document.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from './errors.ts';
import { errorCode, fileIdentity, pathKind, replaceFile, type Lang } from '../engine/api/index.ts';

type Refusal = 'document' | 'markdown' | 'folder' | 'other' | 'unwritable';

const WORDS: Record<Lang, Record<Refusal, string>> = {
  da: {
    document: '{out} er et dokument i projektet (eller konfigurationen); -o overskriver det aldrig',
    markdown: '{out} er en Markdown-fil; -o overskriver den aldrig',
    folder: '{out} er en mappe; -o skal være et filnavn',
    other: '{out} er hverken en fil eller en mappe; -o skriver kun almindelige filer',
    unwritable: 'rapporten kunne ikke skrives til {out} ({code})',
  },
  en: {
    document: '{out} is a document of the project (or the configuration); -o never overwrites it',
    markdown: '{out} is a Markdown file; -o never overwrites it',
    folder: '{out} is a folder; -o needs a file name',
    other: '{out} is neither a file nor a folder; -o writes regular files only',
    unwritable: 'the report could not be written to {out} ({code})',
  },
};

export interface OutputTarget {
  /** As given on the command line (for messages). */
  shown: string;
  absolute: string;
  /** Absolute paths that are never replaced: the project's documents and its configuration. */
  protectedFiles: readonly string[];
  lang: Lang;
}

export function outputTarget(option: string, cwd: string, protectedFiles: readonly string[], lang: Lang): OutputTarget {
  return { shown: option, absolute: resolve(cwd, option), protectedFiles, lang };
}

function refuse(target: OutputTarget, why: Refusal, code = ''): never {
  throw new CliError(WORDS[target.lang][why].replace('{out}', target.shown).replace('{code}', code));
}

/** Throws a CliError (exit 2) when the target must not be written; nothing there yet is fine. */
export function checkOutputTarget(target: OutputTarget): void {
  const { absolute, protectedFiles } = target;
  const kind = pathKind(absolute);
  const same = kind === 'missing' ? undefined : fileIdentity(absolute);
  if (protectedFiles.some((file) => resolve(file) === absolute || (same !== undefined && fileIdentity(file) === same))) refuse(target, 'document');
  if (kind === 'missing') return;
  if (kind === 'directory') refuse(target, 'folder');
  if (/\.(?:md|markdown)$/i.test(absolute)) refuse(target, 'markdown');
  if (kind === 'other') {
    // A symbolic link (what it points at decides: a folder, a device), or a device or pipe itself.
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      refuse(target, 'other');
    }
    if (stats.isDirectory()) refuse(target, 'folder');
    if (!stats.isFile()) refuse(target, 'other');
  }
}

/** Checks the target again (it may have changed while linting) and replaces it with `content`. */
export function writeOutputFile(target: OutputTarget, content: string): void {
  checkOutputTarget(target);
  try {
    replaceFile(target.absolute, content);
  } catch (error) {
    refuse(target, 'unwritable', errorCode(error));
  }
}
