// Test support: lint a set of in-memory Markdown files the way the CLI does, and
// shape diagnostics into compact, readable expectations.
import { resolveConfig, type ConfigInput, type ResolvedConfig } from '../../engine/config/schema.ts';
import { lintWorkspace } from '../../engine/lint/runner.ts';
import { documentFromText } from '../../engine/parse/from-bytes.ts';
import type { Rule } from '../../engine/rule.ts';
import type { Diagnostic, Lang } from '../../engine/types.ts';
import { WorkspaceIndex } from '../../engine/workspace/index.ts';
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
  const config: ResolvedConfig = resolveConfig(options.config ?? {}, '/workspace');
  const workspace = new WorkspaceIndex(Object.entries(files).map(([path, text]) => documentFromText(path, text, config)));
  const pool = options.rules ?? allRules;
  const rules = options.only ? pool.filter((rule) => options.only!.includes(rule.meta.id)) : pool;
  return lintWorkspace(workspace, {
    config,
    rules,
    today: options.today ?? '2026-11-23',
    ...(options.lang ? { lang: options.lang } : {}),
  });
}

/** `file:line:column-endLine:endColumn rule severity` — one string per diagnostic, for exact comparisons. */
export function summarize(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(
    (d) => `${d.file}:${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column} ${d.rule} ${d.severity}${d.goal ? ` ${d.goal}` : ''}`,
  );
}

/** Applies the edits of one fix to a text (edits must not overlap). */
export function applyEdits(text: string, edits: ReadonlyArray<{ start: number; end: number; newText: string }>): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((acc, edit) => acc.slice(0, edit.start) + edit.newText + acc.slice(edit.end), text);
}
