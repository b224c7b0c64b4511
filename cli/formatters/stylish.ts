import picocolors from 'picocolors';

// Always the escape codes: whether to colour is decided once, by the CLI (`color`), not by
// picocolors' own look at the environment (which would let NO_COLOR beat --color).
const pc = picocolors.createColors(true);
import type { Diagnostic, Lang, Severity } from '../../engine/api/model.ts';
import { escapeControls as shown } from '../terminal-text.ts';
import { suggestionText } from './suggestion-text.ts';
import { describeLocation, paragraphMark } from './location-text.ts';
import type { Formatter } from './types.ts';

const WORDS: Record<Lang, Record<string, string>> = {
  da: {
    error: 'fejl',
    warning: 'advarsel',
    info: 'info',
    problems: 'problemer',
    problem: 'problem',
    errors: 'fejl',
    warnings: 'advarsler',
    infos: 'info',
    clean: 'Ingen problemer i {files} filer ({documents} styringsdokumenter).',
    related: 'se',
    suggestion: 'forslag',
    fixable: '{count} kan rettes automatisk med --fix.',
  },
  en: {
    error: 'error',
    warning: 'warning',
    info: 'info',
    problems: 'problems',
    problem: 'problem',
    errors: 'errors',
    warnings: 'warnings',
    infos: 'info',
    clean: 'No problems in {files} files ({documents} governance documents).',
    related: 'see',
    suggestion: 'suggestion',
    fixable: '{count} can be fixed automatically with --fix.',
  },
};

function paint(color: boolean, fn: (text: string) => string, text: string): string {
  return color ? fn(text) : text;
}

const SEVERITY_COLOR: Record<Severity, (text: string) => string> = { error: pc.red, warning: pc.yellow, info: pc.blue };

/** Each suggestion as lines: its title, then the whole text it writes, indented under it. */
function suggestionLines(diagnostic: Diagnostic, lang: Lang): Array<{ title: string; text: string[] }> {
  return (diagnostic.suggestions ?? []).map((suggestion) => {
    const text = suggestionText(suggestion);
    return { title: shown(suggestion.title[lang]), text: text === '' ? [] : text.split('\n').map((line) => shown(line)) };
  });
}

/** The default format: findings grouped by file, aligned, coloured on a terminal (like ESLint's stylish). */
export const formatStylish: Formatter = (result, options) => {
  const { color } = options;
  // The summary speaks the language the findings speak; when they mix languages (or there are
  // none), the run's: --lang, else the configuration's.
  const findingLangs = new Set(result.diagnostics.map((diagnostic) => diagnostic.lang ?? options.lang));
  const lang = findingLangs.size === 1 ? [...findingLangs][0]! : options.lang;
  const words = WORDS[lang];
  const lines: string[] = [];
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of result.diagnostics) {
    const list = byFile.get(diagnostic.file) ?? [];
    list.push(diagnostic);
    byFile.set(diagnostic.file, list);
  }
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  for (const [file, diagnostics] of byFile) {
    lines.push(paint(color, pc.underline, shown(file)));
    // A Word document has no lines: its findings are placed by paragraph (¶14), with where that is under them.
    const positionOf = (d: Diagnostic) => (d.location ? paragraphMark(d.location) : `${d.range.start.line}:${d.range.start.column}`);
    const positionWidth = Math.max(...diagnostics.map((d) => positionOf(d).length));
    // Each finding speaks its document's language.
    const wordsOf = (d: Diagnostic) => WORDS[d.lang ?? lang];
    const severityWidth = Math.max(...diagnostics.map((d) => wordsOf(d)[d.severity]!.length));
    for (const diagnostic of diagnostics) {
      counts[diagnostic.severity]++;
      if (diagnostic.fix) fixable++;
      const position = positionOf(diagnostic).padEnd(positionWidth);
      const own = wordsOf(diagnostic);
      const ownLang = diagnostic.lang ?? lang;
      const severity = paint(color, SEVERITY_COLOR[diagnostic.severity], own[diagnostic.severity]!.padEnd(severityWidth));
      lines.push(`  ${paint(color, pc.dim, position)}  ${severity}  ${shown(diagnostic.message)}  ${paint(color, pc.dim, diagnostic.rule)}`);
      const indent = ' '.repeat(positionWidth + severityWidth + 6);
      if (diagnostic.location) lines.push(`${indent}${paint(color, pc.dim, `↳ ${shown(describeLocation(diagnostic.location, ownLang))}`)}`);
      for (const related of diagnostic.related ?? []) {
        lines.push(`${indent}${paint(color, pc.dim, `↳ ${own.related} ${shown(related.file)}:${related.range.start.line}:${related.range.start.column}  ${shown(related.message[ownLang])}`)}`);
      }
      if (options.suggest) {
        for (const suggestion of suggestionLines(diagnostic, ownLang)) {
          lines.push(`${indent}${paint(color, pc.green, `✎ ${own.suggestion}: ${suggestion.title}`)}`);
          for (const line of suggestion.text) lines.push(`${indent}  ${paint(color, pc.green, `│ ${line}`)}`.trimEnd());
        }
      }
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) {
    return `${paint(color, pc.green, words.clean!.replace('{files}', String(result.files)).replace('{documents}', String(result.documents)))}\n`;
  }
  const summary = `✖ ${total} ${total === 1 ? words.problem : words.problems} (${counts.error} ${words.errors}, ${counts.warning} ${words.warnings}, ${counts.info} ${words.infos})`;
  lines.push(paint(color, counts.error > 0 ? (text) => pc.bold(pc.red(text)) : (text) => pc.bold(pc.yellow(text)), summary));
  if (fixable > 0) lines.push(paint(color, pc.dim, words.fixable!.replace('{count}', String(fixable))));
  return lines.join('\n') + '\n';
};
