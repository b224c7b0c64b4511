import type { ResolvedConfig } from '../config/schema.ts';
import { localize } from '../i18n/format.ts';
import type { DocumentOutline, GovDocument } from '../model/document.ts';
import { locateLine } from '../model/source.ts';
import { isWorkspaceRule, type Rule } from '../rule.ts';
import { rangeAt } from '../text/positions.ts';
import type { Diagnostic, Lang, Report, Severity } from '../types.ts';
import type { WorkspaceIndex } from '../workspace/index.ts';
import { collectDisableDirectives, type DisableDirectives } from './disable.ts';
import { ruleOptionsFor } from './rule-options.ts';

export interface LintOptions {
  config: ResolvedConfig;
  rules: readonly Rule[];
  /** ISO date treated as today by date rules. */
  today: string;
  /** Message language for every document (CLI `--lang`); otherwise the document's `lang`, then the config. */
  lang?: Lang;
}

export const INTERNAL_ERROR_RULE = 'internal-error';

export function documentLang(document: DocumentOutline, options: Pick<LintOptions, 'config' | 'lang'>): Lang {
  return options.lang ?? document.meta.lang ?? options.config.lang;
}

/** The severity a rule runs with, or undefined when it is off. */
export function effectiveSeverity(rule: Rule, config: ResolvedConfig): Severity | undefined {
  const configured = config.rules[rule.meta.id];
  if (configured === 'off') return undefined;
  return configured ?? rule.meta.defaultSeverity;
}

export function isGovernanceDocument(document: DocumentOutline): boolean {
  return document.frontmatter !== undefined;
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

interface RuleRun {
  document: DocumentOutline;
  options: LintOptions;
  lang: Lang;
  directives: DisableDirectives;
  internalSeverity: Severity | undefined;
  diagnostics: Diagnostic[];
}

function startRun(document: DocumentOutline, options: LintOptions): RuleRun {
  const { config, rules } = options;
  const internalRule = rules.find((rule) => rule.meta.id === INTERNAL_ERROR_RULE);
  return {
    document,
    options,
    lang: documentLang(document, options),
    directives: collectDisableDirectives(document, new Set(rules.map((rule) => rule.meta.id))),
    internalSeverity: internalRule ? effectiveSeverity(internalRule, config) : 'error',
    diagnostics: [],
  };
}

/** Runs `check` for one rule: reports become diagnostics, a throw becomes an `internal-error`. */
function runRule(run: RuleRun, rule: Rule, check: (report: (report: Report) => void) => void): void {
  const { document, options, lang, directives, diagnostics } = run;
  const severity = effectiveSeverity(rule, options.config);
  if (!severity) return;
  if (!isGovernanceDocument(document) && !rule.meta.runsOnBareFiles) return;
  const explicitlyConfigured = options.config.rules[rule.meta.id] !== undefined;
  const report = (found: Report): void => {
    if (directives.isDisabled(rule.meta.id, found.range.start.line)) return;
    const template = rule.meta.messages[found.messageId];
    if (!template) throw new Error(`rule ${rule.meta.id} reported unknown message "${found.messageId}"`);
    const messages = localize(template, found.data);
    const diagnostic: Diagnostic = {
      file: document.path,
      rule: rule.meta.id,
      severity: explicitlyConfigured ? severity : (found.severity ?? severity),
      message: messages[lang],
      messages,
      lang,
      range: found.range,
    };
    if (found.goal !== undefined) diagnostic.goal = found.goal;
    // A converted document's text is not a file to edit: its findings keep their suggestions (text to write) but no fix.
    if (document.source) diagnostic.location = locateLine(document.source, found.range.start.line, document.frontmatter?.range.end.line);
    else if (found.fix) diagnostic.fix = found.fix;
    if (found.suggestions && found.suggestions.length > 0) diagnostic.suggestions = found.suggestions;
    if (found.related && found.related.length > 0) diagnostic.related = found.related;
    if (found.tags) diagnostic.tags = found.tags;
    diagnostics.push(diagnostic);
  };
  try {
    check(report);
  } catch (error) {
    if (!run.internalSeverity || directives.isDisabled(INTERNAL_ERROR_RULE, 1)) return;
    const detail = error instanceof Error ? error.message : String(error);
    const messages = {
      da: `Reglen ${rule.meta.id} fejlede på denne fil: ${detail}`,
      en: `Rule ${rule.meta.id} failed on this file: ${detail}`,
    };
    diagnostics.push({
      file: document.path,
      rule: INTERNAL_ERROR_RULE,
      severity: run.internalSeverity,
      message: messages[lang],
      messages,
      lang,
      range: rangeAt(document.lineStarts, 0, 0),
      ...(document.source ? { location: locateLine(document.source, 1, document.frontmatter?.range.end.line) } : {}),
    });
  }
}

/**
 * Runs the document rules on one document: the findings that depend on its own text alone, so
 * they stay valid until the document itself changes. Unsorted.
 */
export function lintDocumentRules(document: GovDocument, options: LintOptions): Diagnostic[] {
  const run = startRun(document, options);
  for (const rule of options.rules) {
    if (isWorkspaceRule(rule)) continue;
    runRule(run, rule, (report) => rule.check({ document, config: options.config, options: ruleOptionsFor(rule.meta, options.config), today: options.today, lang: run.lang, report }));
  }
  return run.diagnostics;
}

/** Runs the workspace rules on one document's outline: the findings that depend on other documents. Unsorted. */
export function lintWorkspaceRules(document: DocumentOutline, workspace: WorkspaceIndex<DocumentOutline>, options: LintOptions): Diagnostic[] {
  const run = startRun(document, options);
  for (const rule of options.rules) {
    if (!isWorkspaceRule(rule)) continue;
    runRule(run, rule, (report) => rule.check({ document, workspace, config: options.config, options: ruleOptionsFor(rule.meta, options.config), today: options.today, lang: run.lang, report }));
  }
  return run.diagnostics;
}

/** Sorts diagnostics by file and position (the order every output uses). */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(compareDiagnostics);
}

/** Lints one document against the workspace: document and workspace rules, sorted. A rule that throws becomes an `internal-error` diagnostic. */
export function lintDocument(document: GovDocument, workspace: WorkspaceIndex<DocumentOutline>, options: LintOptions): Diagnostic[] {
  return sortDiagnostics([...lintDocumentRules(document, options), ...lintWorkspaceRules(document, workspace, options)]);
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
