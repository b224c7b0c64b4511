import type { Severity } from '../../engine/api/model.ts';
import { escapeControlsButLineBreaks } from '../terminal-text.ts';
import type { Formatter } from './types.ts';
import { describeLocation } from './location-text.ts';

// GitHub Actions workflow commands ("::error file=…::message"), as documented at
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes the message (data) part of a workflow command; other control characters are shown as `\x1b` (the log is a terminal). */
export function escapeData(text: string): string {
  return escapeControlsButLineBreaks(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command (also `:` and `,`, which delimit properties). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command per diagnostic: error, warning, or notice for info. */
export const formatGithub: Formatter = (result, options) =>
  result.diagnostics
    .map((diagnostic) => {
      const { start, end } = diagnostic.range;
      const title = `title=${escapeProperty(diagnostic.goal !== undefined ? `${diagnostic.rule} (${diagnostic.goal})` : diagnostic.rule)}`;
      // A Word document has no lines: the annotation is on the file, and the message says the paragraph.
      if (diagnostic.location) {
        const message = `${diagnostic.message} (${describeLocation(diagnostic.location, diagnostic.lang ?? options.lang)})`;
        return `::${COMMAND[diagnostic.severity]} file=${escapeProperty(diagnostic.file)},${title}::${escapeData(message)}\n`;
      }
      const properties = [`file=${escapeProperty(diagnostic.file)}`, `line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`, `endColumn=${end.column}`, title];
      return `::${COMMAND[diagnostic.severity]} ${properties.join(',')}::${escapeData(diagnostic.message)}\n`;
    })
    .join('');
