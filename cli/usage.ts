// The CLI's own words: `--help` and the one-line errors, in the language the user chose —
// `--lang`, then the configuration's `lang`, then the locale (LC_ALL, LC_MESSAGES, LANG) —
// and English when nothing says Danish.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { findConfigFile, type Lang } from '../engine/api/index.ts';

export type Localized = Record<Lang, string>;

/** `--help` in English. */
export const USAGE = `Usage:
  govlint [paths…] [--format stylish|json|sarif|github|junit|gitlab] [--fix | --fix-dry-run]
          [--config FILE] [--today YYYY-MM-DD] [--lang da|en] [--max-warnings N]
          [--quiet] [--suggest] [--cache [--cache-location DIR|FILE.json]] [--color | --no-color]
          [--concurrency N|auto|off] [-o|--output-file FILE]
  govlint --stdin [--stdin-filename PATH] [options]   (or - as the path)
  govlint report [paths…] --out report.html [--force] [--today …] [--lang …] [--config FILE]
  govlint init [--lang da|en]
  govlint import FILE.docx [-o FILE.md] | FOLDER… [-o FOLDER] [--force]
  govlint lsp             the language server on stdio (for Neovim, Helix, Zed, Emacs, Sublime)

Paths are files, folders or globs ("docs/**/*.md"); a path starting with ! leaves out what it
matches ("!drafts/**"). They say what is reported: the hierarchy rules always see the whole
project (the folder of the nearest .govlint.yaml, else the git root, else the current folder).
Word documents (.docx) are linted too, read as if imported; findings in them are placed by
paragraph (¶14, the headings above it and its first words). --fix never changes a .docx.

Options:
  -f, --format NAME       stylish (default), json, sarif (SARIF 2.1.0 for code scanning),
                          github (workflow-command annotations), junit (XML for CI dashboards)
                          or gitlab (GitLab Code Quality JSON)
      --fix               apply the fixes that are safe without a human, then report what remains
      --fix-dry-run       print those fixes as a unified diff; write nothing
  -c, --config FILE       configuration file (default: .govlint.yaml or .govlint.json, searched upwards)
      --today DATE        the date that date rules treat as today (reproducible CI runs)
      --lang da|en        language of the messages and of this help (default: each document's,
                          then the configuration's; the help: the configuration's, then LANG)
      --max-warnings N    fail when more than N warnings remain, shown or not (-1: no limit)
  -q, --quiet             report errors only (warnings still count for --max-warnings)
      --suggest           print the whole suggested rewrite under each finding that has one
      --cache             reuse the findings of unchanged documents (node_modules/.cache/govlint)
      --cache-location P  where the cache lives: a folder, or a .json file
      --color, --no-color colours in stylish output (default: on a terminal that supports them)
      --concurrency N     worker threads for reading and checking: a number, auto (default:
                          one per core when there are 150 files or more) or off
  -o, --output-file FILE  write the report to FILE (replaced atomically; never a document of the
                          project or its configuration) and nothing to stdout; for govlint report,
                          the HTML file to write (also --out)
      --stdin             lint standard input instead of files (also: - as the path)
      --stdin-filename P  the file of the project standard input stands for (its findings,
                          its place in the hierarchy); the rest of the project is read from disk
      --force             report: replace --out even when it is not a previous govlint report;
                          import: replace existing .md files
  -h, --help              this help
  -v, --version           govlint's version

  init writes a commented .govlint.yaml and a skeleton policy, service level and guideline
  into the current folder (Danish; English with --lang en), never overwriting a file.
  import converts Word documents to govlint Markdown: each FILE.docx to FILE.md beside it (or -o;
  -o - prints it), a folder's .docx files in one run; what the document does not say is left as
  a placeholder to fill in. Exit status 0 when every file was written, 1 when some were not.

Exit status: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,
2 bad usage, unreadable configuration or an internal failure. govlint report: 0 when the page
is written (its findings are in the page, not in the status), 2 otherwise.`;

const USAGE_EN = USAGE;

const USAGE_DA = `Brug:
  govlint [stier…] [--format stylish|json|sarif|github|junit|gitlab] [--fix | --fix-dry-run]
          [--config FIL] [--today ÅÅÅÅ-MM-DD] [--lang da|en] [--max-warnings N]
          [--quiet] [--suggest] [--cache [--cache-location MAPPE|FIL.json]] [--color | --no-color]
          [--concurrency N|auto|off] [-o|--output-file FIL]
  govlint --stdin [--stdin-filename STI] [tilvalg]   (eller - som sti)
  govlint report [stier…] --out rapport.html [--force] [--today …] [--lang …] [--config FIL]
  govlint init [--lang da|en]
  govlint import FIL.docx [-o FIL.md] | MAPPE… [-o MAPPE] [--force]
  govlint lsp             sprogserveren på stdio (til Neovim, Helix, Zed, Emacs, Sublime)

Stier er filer, mapper eller globs ("docs/**/*.md"); en sti, der starter med !, udelader det,
den matcher ("!udkast/**"). De siger, hvad der rapporteres: hierarkireglerne ser altid hele
projektet (mappen med den nærmeste .govlint.yaml, ellers git-roden, ellers den aktuelle mappe).
Word-dokumenter (.docx) tjekkes også, læst som om de var importeret; fund i dem angives med
afsnit (¶14, overskrifterne over det og dets første ord). --fix ændrer aldrig en .docx.

Tilvalg:
  -f, --format NAVN       stylish (standard), json, sarif (SARIF 2.1.0 til code scanning),
                          github (annoteringer som workflow-kommandoer), junit (XML til CI)
                          eller gitlab (GitLab Code Quality JSON)
      --fix               ret det, der kan rettes sikkert uden et menneske, og vis resten
      --fix-dry-run       vis de rettelser som unified diff; skriv intet
  -c, --config FIL        konfigurationsfil (standard: .govlint.yaml eller .govlint.json, søgt opad)
      --today DATO        den dato, datoreglerne regner som i dag (reproducerbare CI-kørsler)
      --lang da|en        sproget i meddelelserne og i denne hjælp (standard: hvert dokuments,
                          så konfigurationens; hjælpen: konfigurationens, så LANG)
      --max-warnings N    fejl, når flere end N advarsler er tilbage, vist eller ej (-1: ingen grænse)
  -q, --quiet             vis kun fejl (advarsler tæller stadig med i --max-warnings)
      --suggest           vis hele det foreslåede omskriv under hvert fund, der har et
      --cache             genbrug fundene for uændrede dokumenter (node_modules/.cache/govlint)
      --cache-location P  hvor cachen ligger: en mappe eller en .json-fil
      --color, --no-color farver i stylish-output (standard: på en terminal, der kan vise dem)
      --concurrency N     arbejdstråde til læsning og tjek: et tal, auto (standard: én pr.
                          kerne, når der er 150 filer eller flere) eller off
  -o, --output-file FIL   skriv rapporten til FIL (erstattes atomisk; aldrig et dokument i
                          projektet eller dets konfiguration) og intet til stdout; for govlint
                          report den HTML-fil, der skrives (også --out)
      --stdin             lint standardinput i stedet for filer (også: - som sti)
      --stdin-filename S  den fil i projektet, standardinput står for (dens fund, dens plads i
                          hierarkiet); resten af projektet læses fra disken
      --force             report: erstat --out, også når den ikke er en tidligere govlint-rapport;
                          import: erstat eksisterende .md-filer
  -h, --help              denne hjælp
  -v, --version           govlints version

  init skriver en kommenteret .govlint.yaml og skeletter til en politik, et serviceniveau og en
  retningslinje i den aktuelle mappe (på dansk; engelsk med --lang en) og overskriver aldrig en fil.
  import laver Word-dokumenter om til govlint-Markdown: hver FIL.docx til FIL.md ved siden af (eller
  -o; -o - skriver den ud), en mappes .docx-filer i én kørsel; det, dokumentet ikke siger, står
  som pladsholdere, der skal udfyldes. Afslutningsstatus 0 når alle filer er skrevet, ellers 1.

Afslutningsstatus: 0 ingen fejl (og advarsler inden for --max-warnings), 1 fejl eller for mange
advarsler, 2 forkert brug, ulæselig konfiguration eller intern fejl. govlint report: 0 når siden
er skrevet (fundene står på siden, ikke i status), ellers 2.`;

/** `--help` in English or Danish, both above (a test holds the two to the same options). */
export function usageText(lang: Lang): string {
  return lang === 'da' ? USAGE_DA : USAGE_EN;
}

/** A usage error: one line, ending in where to read more. */
export function usageErrorLine(messages: Localized, lang: Lang): string {
  return `govlint: ${messages[lang]}; ${lang === 'da' ? 'se' : 'see'} govlint --help`;
}

/** A path on the command line that cannot be linted. */
export function describePathError(path: string, notAFile: boolean, lang: Lang, glob = false): string {
  if (glob) {
    return lang === 'da'
      ? `ingen fil matcher ${JSON.stringify(path)} (en sti, der ikke findes, læses som en glob; sæt globs i anførselstegn, så skallen overlader dem til govlint)`
      : `no file matches ${JSON.stringify(path)} (a path that does not exist is read as a glob; quote globs so the shell leaves them to govlint)`;
  }
  if (lang === 'da') return notAFile ? `ikke en almindelig fil eller mappe: ${path} (kun Markdown-filer og mapper tjekkes)` : `ingen sådan fil eller mappe: ${path}`;
  return notAFile ? `not a regular file or folder: ${path} (only Markdown files and folders are linted)` : `no such file or directory: ${path}`;
}

export const INTERNAL_ERROR: Localized = { da: 'intern fejl', en: 'internal error' };

function isLang(value: unknown): value is Lang {
  return value === 'da' || value === 'en';
}

/** The value of an option in raw arguments (`--name X`, `--name=X`, `-s X`), before any `--`. */
function rawOption(argv: readonly string[], long: string, short?: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === `--${long}` || (short !== undefined && arg === `-${short}`)) return argv[i + 1];
    if (arg.startsWith(`--${long}=`)) return arg.slice(long.length + 3);
  }
  return undefined;
}

/** The configuration's `lang`, read leniently (a broken configuration is reported elsewhere). */
function configLang(argv: readonly string[], cwd: string): Lang | undefined {
  try {
    const named = rawOption(argv, 'config', 'c');
    const file = named !== undefined ? resolve(cwd, named) : findConfigFile(cwd);
    if (!file) return undefined;
    const data: unknown = parseYaml(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { maxAliasCount: 50 });
    const lang = data && typeof data === 'object' ? (data as { lang?: unknown }).lang : undefined;
    return isLang(lang) ? lang : undefined;
  } catch {
    return undefined;
  }
}

/** The language of the locale: Danish when the first set of LC_ALL, LC_MESSAGES and LANG is Danish. */
export function localeLang(env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  if (locale === undefined) return undefined;
  return /^da(?:[_.@-]|$)/i.test(locale) ? 'da' : 'en';
}

/** The language of the CLI's own words: `--lang`, the configuration's `lang`, the locale, else English. */
export function cliLang(argv: readonly string[], cwd: string, env: Readonly<Record<string, string | undefined>> = process.env): Lang {
  const flag = rawOption(argv, 'lang');
  if (isLang(flag)) return flag;
  return configLang(argv, cwd) ?? localeLang(env) ?? 'en';
}

/** What Node's argument parser says, in words of ours: the unknown option or the option missing its value. */
export function describeParseError(error: unknown): Localized {
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const code = (error as { code?: unknown } | undefined)?.code;
  const option = /'([^']+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    return { da: `ukendt tilvalg ${option}`, en: `unknown option ${option}` };
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const name = option.replace(/ <value>$/, '');
    if (/argument missing/.test(message)) return { da: `${name} skal have en værdi`, en: `${name} needs a value` };
    return { da: `${name} tager ingen værdi`, en: `${name} takes no value` };
  }
  return { da: message, en: message };
}
