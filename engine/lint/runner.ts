import type { ResolvedConfig } from '../config/schema.ts';
import { localize } from '../i18n/format.ts';
import type { GovDocument } from '../model/document.ts';
import type { Rule, RuleContext } from '../rule.ts';
import { rangeAt } from '../text/positions.ts';
import type { Diagnostic, Lang, Report, Severity } from '../types.ts';
import type { WorkspaceIndex } from '../workspace/index.ts';
import { collectDisableDirectives } from './disable.ts';

export interface LintOptions {
  config: ResolvedConfig;
  rules: readonly Rule[];
  /** ISO date treated as today by date rules. */
  today: string;
  /** Message language for every document (CLI `--lang`); otherwise the document's `lang`, then the config. */
  lang?: Lang;
}

export const INTERNAL_ERROR_RULE = 'internal-error';

export function documentLang(document: GovDocument, options: Pick<LintOptions, 'config' | 'lang'>): Lang {
  return options.lang ?? document.meta.lang ?? options.config.lang;
}

/** The severity a rule runs with, or undefined when it is off. */
export function effectiveSeverity(rule: Rule, config: ResolvedConfig): Severity | undefined {
  const configured = config.rules[rule.meta.id];
  if (configured === 'off') return undefined;
  return configured ?? rule.meta.defaultSeverity;
}

export function isGovernanceDocument(document: GovDocument): boolean {
  return document.frontmatter !== undefined;
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** Lints one document against the workspace. A rule that throws becomes an `internal-error` diagnostic. */
export function lintDocument(document: GovDocument, workspace: WorkspaceIndex, options: LintOptions): Diagnostic[] {
  const { config, rules } = options;
  const lang = documentLang(document, options);
  const knownRules = new Set(rules.map((rule) => rule.meta.id));
  const directives = collectDisableDirectives(document, knownRules);
  const diagnostics: Diagnostic[] = [];
  const governance = isGovernanceDocument(document);
  const internalRule = rules.find((rule) => rule.meta.id === INTERNAL_ERROR_RULE);
  const internalSeverity = internalRule ? effectiveSeverity(internalRule, config) : 'error';

  for (const rule of rules) {
    const severity = effectiveSeverity(rule, config);
    if (!severity) continue;
    if (!governance && !rule.meta.runsOnBareFiles) continue;
    const explicitlyConfigured = config.rules[rule.meta.id] !== undefined;
    const context: RuleContext = {
      document,
      workspace,
      config,
      today: options.today,
      lang,
      report(report: Report) {
        if (directives.isDisabled(rule.meta.id, report.range.start.line)) return;
        const template = rule.meta.messages[report.messageId];
        if (!template) throw new Error(`rule ${rule.meta.id} reported unknown message "${report.messageId}"`);
        const messages = localize(template, report.data);
        const diagnostic: Diagnostic = {
          file: document.path,
          rule: rule.meta.id,
          severity: explicitlyConfigured ? severity : (report.severity ?? severity),
          message: messages[lang],
          messages,
          lang,
          range: report.range,
        };
        if (report.goal !== undefined) diagnostic.goal = report.goal;
        if (report.fix) diagnostic.fix = report.fix;
        if (report.suggestions && report.suggestions.length > 0) diagnostic.suggestions = report.suggestions;
        if (report.related && report.related.length > 0) diagnostic.related = report.related;
        if (report.tags) diagnostic.tags = report.tags;
        diagnostics.push(diagnostic);
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      if (!internalSeverity || directives.isDisabled(INTERNAL_ERROR_RULE, 1)) continue;
      const detail = error instanceof Error ? error.message : String(error);
      const messages = {
        da: `Reglen ${rule.meta.id} fejlede på denne fil: ${detail}`,
        en: `Rule ${rule.meta.id} failed on this file: ${detail}`,
      };
      diagnostics.push({
        file: document.path,
        rule: INTERNAL_ERROR_RULE,
        severity: internalSeverity,
        message: messages[lang],
        messages,
        lang,
        range: rangeAt(document.lineStarts, 0, 0),
      });
    }
  }
  return diagnostics.sort(compareDiagnostics);
}

/** Lints every document of the workspace; diagnostics sorted by file and position. */
export function lintWorkspace(workspace: WorkspaceIndex, options: LintOptions, onProgress?: (done: number, total: number) => void): Diagnostic[] {
  const documents = workspace.documents();
  return documents.flatMap((document, i) => {
    const found = lintDocument(document, workspace, options);
    onProgress?.(i + 1, documents.length);
    return found;
  });
}
