import type { z } from 'zod';
import type { ResolvedConfig } from './config/schema.ts';
import type { DocumentOutline, GovDocument } from './model/document.ts';
import type { Lang, Localized, Report, Severity } from './types.ts';
import type { WorkspaceIndex } from './workspace/index.ts';

export type RuleFamily = 'document' | 'hierarchy' | 'goal' | 'field' | 'tool';

/**
 * The configuration keys a rule reads and the options it makes of them. The keys are top-level
 * keys of `.govlint.yaml` (so a rule's options are written as they always were, e.g.
 * `readability: { maxLix: 60 }`); the configuration schema and the JSON Schema are composed of
 * every rule's keys (`composeConfigSchema`). Several rules may declare the same key only with the
 * same schema object (a shared module in the family's `support/` folder).
 */
export interface RuleOptions<Options> {
  /** Each key's schema (zod, with a `describe`d text for the JSON Schema); absent keys are allowed. */
  readonly keys: Readonly<Record<string, z.ZodType>>;
  /**
   * The options with defaults filled in, from the keys' validated values (an absent key is
   * undefined) and, where a default depends on it, the project's settings.
   */
  resolve(values: Readonly<Record<string, unknown>>, project: ResolvedConfig): Options;
}

/** The values of `keys` as the loader validated them: each key optional. */
export type RuleOptionValues<Keys extends Record<string, z.ZodType>> = { readonly [K in keyof Keys]?: z.output<Keys[K]> };

/**
 * A rule's options: `keys` validated by the configuration loader, `resolve` typed by them. The
 * values `resolve` receives are the loader's output for these keys (`ResolvedConfig.ruleSettings`).
 */
export function ruleOptions<const Keys extends Record<string, z.ZodType>, Options>(keys: Keys, resolve: (values: RuleOptionValues<Keys>, project: ResolvedConfig) => Options): RuleOptions<Options> {
  return { keys, resolve: (values, project) => resolve(values as RuleOptionValues<Keys>, project) };
}

export interface RuleMeta<Options = unknown> {
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
  /** The configuration keys the rule reads (none: the rule has no options). */
  options?: RuleOptions<Options>;
}

interface BaseRuleContext<Options> {
  readonly config: ResolvedConfig;
  /** The rule's options (`meta.options` resolved against the configuration); undefined without options. */
  readonly options: Options;
  /** ISO date (YYYY-MM-DD) that date rules treat as today. */
  readonly today: string;
  /** Language of this document's messages and lexicons. */
  readonly lang: Lang;
  report(report: Report): void;
}

/** What a document rule sees: the whole document, and nothing of the others. */
export interface RuleContext<Options = unknown> extends BaseRuleContext<Options> {
  readonly document: GovDocument;
}

/**
 * What a workspace rule sees: the outline of its document and the workspace of outlines. Its
 * findings depend on other documents, so they are recomputed when those change; a document
 * rule's findings depend on its own text only.
 */
export interface WorkspaceRuleContext<Options = unknown> extends BaseRuleContext<Options> {
  readonly document: DocumentOutline;
  readonly workspace: WorkspaceIndex<DocumentOutline>;
}

/** A rule's metadata: a rule whose context has options must declare them (`options` is required). */
export type RuleMetaFor<Options> = RuleMeta<Options> & (undefined extends Options ? unknown : { options: RuleOptions<Options> });

/** A rule that reads one document only. */
export interface DocumentRule<Options = unknown> {
  meta: RuleMetaFor<Options>;
  scope?: 'document';
  check(context: RuleContext<Options>): void;
}

/** A rule that reads other documents (hierarchy, duplicate ids): runs on outlines. */
export interface WorkspaceRule<Options = unknown> {
  meta: RuleMetaFor<Options>;
  scope: 'workspace';
  check(context: WorkspaceRuleContext<Options>): void;
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
