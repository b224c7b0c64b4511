// Test support: lint a set of in-memory Markdown files through the engine's API, the pipeline the
// CLI runs (phase 1 per document, phase 2 over the outlines), and shape diagnostics into
// compact, readable expectations.
import { createLinter, type ConfigInput, type Diagnostic, type Lang, type Rule } from '../../engine/api/index.ts';
import { allRules } from '../../rules/index.ts';

export interface LintFilesOptions {
  config?: ConfigInput;
  today?: string;
  lang?: Lang;
  /** Only run these rules (by ID); default: all. */
  only?: string[];
  rules?: readonly Rule[];
}

export function lintFiles(files: Record<string, string>, options: LintFilesOptions = {}): Diagnostic[] {
  const pool = options.rules ?? allRules;
  const rules = options.only ? pool.filter((rule) => options.only!.includes(rule.meta.id)) : pool;
  const linter = createLinter({
    cwd: '/workspace',
    config: { input: options.config ?? {} },
    rules,
    today: options.today ?? '2026-11-23',
    ...(options.lang ? { lang: options.lang } : {}),
  });
  return linter.lintTexts(Object.entries(files).map(([path, text]) => ({ path, text }))).diagnostics;
}

/** `file:line:column-endLine:endColumn rule severity` — one string per diagnostic, for exact comparisons. */
export function summarize(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file}:${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column} ${d.rule} ${d.severity}${d.goal ? ` ${d.goal}` : ''}`);
}

/** Applies the edits of one fix to a text (edits must not overlap). */
export function applyEdits(text: string, edits: ReadonlyArray<{ start: number; end: number; newText: string }>): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((acc, edit) => acc.slice(0, edit.start) + edit.newText + acc.slice(edit.end), text);
}
