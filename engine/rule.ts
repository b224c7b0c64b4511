import type { ResolvedConfig } from './config/schema.ts';
import type { DocumentOutline, GovDocument } from './model/document.ts';
import type { Lang, Localized, Report, Severity } from './types.ts';
import type { WorkspaceIndex } from './workspace/index.ts';

export type RuleFamily = 'document' | 'hierarchy' | 'goal' | 'field' | 'tool';

export interface RuleMeta {
  /** Stable public ID (SPEC §3). */
  id: string;
  family: RuleFamily;
  defaultSeverity: Severity;
  /** One line: what the rule flags. */
  description: Localized;
  /** True when the rule offers fixes that are safe without a human (`--fix`). */
  fixable: boolean;
  /** True when the rule offers suggestions (quick fixes that need a human). */
  hasSuggestions: boolean;
  /** Runs on Markdown files without front matter too (default: governance documents only). */
  runsOnBareFiles?: boolean;
  /** Message templates; `{name}` is replaced by `Report.data.name`. */
  messages: Record<string, Localized>;
}

interface BaseRuleContext {
  readonly config: ResolvedConfig;
  /** ISO date (YYYY-MM-DD) that date rules treat as today. */
  readonly today: string;
  /** Language of this document's messages and lexicons. */
  readonly lang: Lang;
  report(report: Report): void;
}

/** What a document rule sees: the whole document, and nothing of the others. */
export interface RuleContext extends BaseRuleContext {
  readonly document: GovDocument;
}

/**
 * What a workspace rule sees: the outline of its document and the workspace of outlines. Its
 * findings depend on other documents, so they are recomputed when those change; a document
 * rule's findings depend on its own text only.
 */
export interface WorkspaceRuleContext extends BaseRuleContext {
  readonly document: DocumentOutline;
  readonly workspace: WorkspaceIndex<DocumentOutline>;
}

/** A rule that reads one document only. */
export interface DocumentRule {
  meta: RuleMeta;
  scope?: 'document';
  check(context: RuleContext): void;
}

/** A rule that reads other documents (hierarchy, duplicate ids): runs on outlines. */
export interface WorkspaceRule {
  meta: RuleMeta;
  scope: 'workspace';
  check(context: WorkspaceRuleContext): void;
}

export type Rule = DocumentRule | WorkspaceRule;

export function isWorkspaceRule(rule: Rule): rule is WorkspaceRule {
  return rule.scope === 'workspace';
}

/** Documentation page of a rule, relative to the repository root. */
export function ruleDocPath(rule: RuleMeta): string {
  return `rules/${rule.family}/${rule.id}.md`;
}

/** Public URL of a rule's page (used by the LSP `codeDescription` and SARIF `helpUri`). */
export const RULE_DOCS_BASE = 'https://github.com/govlint/govlint/blob/main/';

export function ruleDocUrl(rule: RuleMeta): string {
  return RULE_DOCS_BASE + ruleDocPath(rule);
}
