import type { Diagnostic } from '../../engine/types.ts';
import type { Formatter } from './types.ts';

/** One diagnostic as SPEC §5 prints it (plus optional `related`, `fixable` and `suggestions`). */
export function jsonDiagnostic(diagnostic: Diagnostic): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    file: diagnostic.file,
    rule: diagnostic.rule,
    severity: diagnostic.severity,
    message: diagnostic.message,
    line: diagnostic.range.start.line,
    column: diagnostic.range.start.column,
    endLine: diagnostic.range.end.line,
    endColumn: diagnostic.range.end.column,
  };
  if (diagnostic.goal !== undefined) entry.goal = diagnostic.goal;
  if (diagnostic.fix) entry.fixable = true;
  if (diagnostic.related) {
    entry.related = diagnostic.related.map((related) => ({
      file: related.file,
      line: related.range.start.line,
      column: related.range.start.column,
      message: related.message,
    }));
  }
  if (diagnostic.suggestions) entry.suggestions = diagnostic.suggestions.map((suggestion) => suggestion.title);
  return entry;
}

export const formatJson: Formatter = (result) =>
  JSON.stringify({ version: 1, documents: result.documents, files: result.files, diagnostics: result.diagnostics.map(jsonDiagnostic) }, null, 2) + '\n';
