// `govlint import FILE.docx [-o FILE.md]` and `govlint import FOLDER [-o FOLDER]`: Word documents
// converted to govlint Markdown (engine/import/docx), each written beside its .docx (or where -o
// says), never over an existing file without --force, and never over a .docx. A file that cannot
// be converted (not a .docx, damaged, password-protected) is said in one line and the others go
// on: exit 0 when every file was written, 1 when some were not, 2 for bad usage.
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { CliOptions } from './args.ts';
import { UsageError } from './args.ts';
import {
  convertDocx,
  discoverFiles,
  DocxProblem,
  errorCode,
  isWordPath,
  loadRunConfig,
  pathKind,
  replaceFile,
  WORD_LOCK_FILES,
  type DiscoveredFile,
  type DocxProblemReason,
  type Lang,
} from '../engine/api/index.ts';
import { escapeControls } from './terminal-text.ts';

export interface ImportIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const WORDS: Record<Lang, Record<string, string>> = {
  da: {
    written: '{from} → {to}',
    placeholders: ' ({count} felt(er) at udfylde: {keys})',
    exists: '{to} findes allerede og overskrives ikke (--force erstatter den)',
    notDocx: '{from} er ikke en .docx-fil (govlint import læser Word-dokumenter i .docx-format)',
    folderTarget: '-o skal være en mappe, når flere dokumenter importeres ({to} er en fil)',
    unwritable: '{to} kunne ikke skrives ({code})',
    none: 'ingen .docx-filer fundet i {from}',
    summary: '{written} af {total} dokument(er) importeret',
    'not-docx': '{from} er ikke et Word-dokument ({detail})',
    encrypted: '{from} er beskyttet med adgangskode; gem en kopi uden adgangskode og importér den',
    'legacy-doc': '{from} er et gammelt Word-dokument (.doc); gem det som .docx i Word og importér det',
    corrupt: '{from} er beskadiget og kan ikke læses ({detail})',
    'too-large': '{from} er for stor til at blive importeret ({detail})',
  },
  en: {
    written: '{from} → {to}',
    placeholders: ' ({count} field(s) to fill in: {keys})',
    exists: '{to} already exists and is not overwritten (--force replaces it)',
    notDocx: '{from} is not a .docx file (govlint import reads Word documents in .docx format)',
    folderTarget: '-o must be a folder when several documents are imported ({to} is a file)',
    unwritable: '{to} could not be written ({code})',
    none: 'no .docx files found in {from}',
    summary: '{written} of {total} document(s) imported',
    'not-docx': '{from} is not a Word document ({detail})',
    encrypted: '{from} is password-protected; save a copy without a password and import that',
    'legacy-doc': '{from} is an old Word document (.doc); save it as .docx in Word and import that',
    corrupt: '{from} is damaged and cannot be read ({detail})',
    'too-large': '{from} is too large to import ({detail})',
  },
};

function say(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => escapeControls(String(values[key] ?? '')));
}

/** The .docx files the paths name: files as given (they must be .docx), folders searched for `**\/*.docx`. */
async function wordFiles(
  paths: readonly string[],
  cwd: string,
  words: Record<string, string>,
  warn: (line: string) => void,
): Promise<{ files: Array<DiscoveredFile & { base: string }>; refused: number }> {
  const files: Array<DiscoveredFile & { base: string }> = [];
  let refused = 0;
  const { config } = loadRunConfig(paths, cwd, { find: true });
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (pathKind(absolute) === 'file') {
      if (!isWordPath(absolute)) {
        warn(say(words.notDocx!, { from: path }));
        refused++;
        continue;
      }
      files.push({ absolute, relative: path, base: dirname(absolute) });
      continue;
    }
    const found = await discoverFiles([path], { cwd, root: config.root, include: ['**/*.docx'], ignore: [...config.ignore, WORD_LOCK_FILES] });
    if (found.length === 0) warn(say(words.none!, { from: path }));
    const base = pathKind(absolute) === 'directory' ? absolute : cwd;
    for (const file of found) files.push({ ...file, base });
  }
  return { files, refused };
}

/** Runs `govlint import`; returns the exit status. */
export async function runImportCommand(options: CliOptions, io: ImportIo, lang: Lang): Promise<number> {
  const words = WORDS[options.lang ?? lang];
  const warn = (line: string) => io.stderr(`govlint: ${line}\n`);
  const { config } = loadRunConfig(options.paths, io.cwd, options.config !== undefined ? { file: options.config } : { find: true });
  const { files, refused } = await wordFiles(options.paths, io.cwd, words, warn);
  const single = files.length === 1 && options.paths.length === 1 && pathKind(resolve(io.cwd, options.paths[0]!)) === 'file';
  const out = options.out;
  if (out !== undefined && !single && out !== '-' && pathKind(resolve(io.cwd, out)) === 'file') {
    throw new UsageError({ da: say(WORDS.da.folderTarget!, { to: out }), en: say(WORDS.en.folderTarget!, { to: out }) });
  }
  if (out === '-' && !single) throw new UsageError({ da: '-o - (standardoutput) kan kun bruges med én .docx-fil', en: '-o - (standard output) works with one .docx file only' });
  let written = 0;
  for (const file of files) {
    const shown = file.relative;
    let target: string;
    if (out === undefined) target = join(dirname(file.absolute), `${basename(file.absolute, extname(file.absolute))}.md`);
    else if (single) target = resolve(io.cwd, out);
    else target = join(resolve(io.cwd, out), relative(file.base, dirname(file.absolute)), `${basename(file.absolute, extname(file.absolute))}.md`);
    const targetShown = out === '-' ? '-' : relative(io.cwd, target) || target;
    let conversion;
    try {
      conversion = convertDocx(readFileSync(file.absolute), { fileName: basename(file.absolute), maxPartBytes: config.limits.maxFileBytes * 8, frontmatter: 'always' });
    } catch (error) {
      if (error instanceof DocxProblem) warn(say(words[error.reason satisfies DocxProblemReason]!, { from: shown, detail: error.message }));
      else warn(say(words.corrupt!, { from: shown, detail: errorCode(error) }));
      continue;
    }
    if (out === '-') {
      io.stdout(conversion.markdown);
      written++;
      continue;
    }
    // Never a Word document, and never an existing file unless asked.
    const kind = pathKind(target);
    if (isWordPath(target) || (kind !== 'missing' && !options.force) || kind === 'directory') {
      warn(say(words.exists!, { to: targetShown }));
      continue;
    }
    try {
      replaceFile(target, conversion.markdown);
    } catch (error) {
      warn(say(words.unwritable!, { to: targetShown, code: errorCode(error) }));
      continue;
    }
    written++;
    const note = conversion.placeholders.length > 0 ? say(words.placeholders!, { count: conversion.placeholders.length, keys: conversion.placeholders.join(', ') }) : '';
    io.stdout(`${say(words.written!, { from: shown, to: targetShown })}${note}\n`);
  }
  const total = files.length + refused;
  if (out !== '-') io.stderr(`govlint: ${say(words.summary!, { written, total })}\n`);
  return written === total && total > 0 ? 0 : 1;
}
