// The report's data model: everything the HTML report shows, computed from the linted workspace
// (WorkspaceIndex + diagnostics). Pure: no file system, no clock, no HTML. Deterministic: every
// list is sorted, so the same workspace and `today` give the same model.
import { describeLocation, paragraphMark } from '../formatters/location-text.ts';
import {
  CRITERIA,
  formatIsoDate,
  goalDeadline,
  goalFindings,
  goalSummary,
  parseIsoDate,
  PRONOUN_OWNER_NOTE,
  SMART_RULES,
  targetDocumentId,
  type CalendarDate,
  type Criterion,
  type Diagnostic,
  type DocumentStatus,
  type Goal,
  type GoalRef,
  type GovDocument,
  type Lang,
  type Localized,
  type Score,
  type Severity,
} from '../../engine/api/model.ts';
import { effectiveSeverity, type Rule } from '../../engine/api/rules.ts';
import type { WorkspaceIndex } from '../../engine/api/index.ts';
import type { ResolvedConfig } from '../../engine/api/in-memory.ts';

export type Worst = Severity | 'none';

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export interface ReportLevel {
  type: string;
  label: Localized;
}

export interface ReportFinding {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  /** In a Word document, which has no lines: the paragraph (`¶14`) and where it is. */
  paragraph?: { mark: string; where: string };
  goal?: string;
}

export interface ReportDocument {
  /** Unique key: the workspace-relative path (ids may be duplicated or missing). */
  key: string;
  path: string;
  id?: string;
  /** Title from front matter or the first heading; the path when there is neither. */
  title: string;
  type?: string;
  /** Index of the type in the configured levels; -1 when the type is not a level. */
  level: number;
  owner?: string;
  status: DocumentStatus;
  adopted?: string;
  review?: string;
  /** The `parent` id as written. */
  parentId?: string;
  /** Key of the document the parent id resolves to. */
  parentKey?: string;
  /** True for files with front matter (governance documents). */
  governance: boolean;
  counts: Counts;
  worst: Worst;
  goalKeys: string[];
  findings: ReportFinding[];
}

// The scorecard is the engine's (engine/analysis/smart-card.ts): the same letters, rules and
// verdicts as the editor's hover. It is read from the diagnostics on the goal, so it agrees with
// what the linter reports and honours configured severities and disable comments.
export { CRITERIA, SMART_RULES };
export type { Criterion, Score };
export type Scorecard = Record<Criterion, Score>;

export interface ReportGoal {
  /** Unique key: `path#ID`, or `path#@n` (n = index in the document) for a goal without an ID or a repeated ID. */
  key: string;
  documentKey: string;
  id?: string;
  title: string;
  statement: string;
  level: number;
  /** Who answers for the goal (the engine's `goalOwner`): its owner field, the unit or role acting in its statement, or the document's owner with `goalsInheritOwner`. */
  owner?: string;
  /** The deadline field as written, else the statement's words that name the due date. */
  deadline?: string;
  /** The due date as an ISO date (the one the goal rules judged), when there is one. */
  deadlineDate?: string;
  scorecard: Scorecard;
  /** Why, per criterion: the findings' messages when it fails, the SMART analysis' reason when it passes. */
  reasons: Partial<Record<Criterion, string>>;
  findings: ReportFinding[];
  worst: Worst;
  /** Goals (or whole documents) that carry this goal out; only non-retired documents count. */
  carriers: Carrier[];
  /** A goal of a non-leaf level (with an ID) that nothing below carries out. */
  uncovered: boolean;
}

export interface Carrier {
  documentKey: string;
  /** The carrying goal; absent when the document carries it out as a whole (front-matter `implements`). */
  goalKey?: string;
}

export interface TraceNode extends Carrier {
  children: TraceNode[];
}

export interface TraceRow {
  goalKey: string;
  carriers: TraceNode[];
}

export interface TimelineEntry {
  date: string;
  kind: 'review' | 'deadline';
  documentKey: string;
  goalKey?: string;
  /** Whole days from today (negative: overdue). */
  days: number;
  state: 'overdue' | 'today' | 'upcoming';
}

/** One goal on the "who must act by when" list. */
export interface ActionItem {
  goalKey: string;
  /** The deadline as an ISO date; absent when the deadline field does not read as a date. */
  date?: string;
  /** The deadline field as written. */
  deadline: string;
  /** Whole days from today (negative: overdue); absent without a date. */
  days?: number;
  state?: TimelineEntry['state'];
}

/** The goals one owner must deliver, by deadline. */
export interface OwnerActions {
  /** The goals' owner (`ReportGoal.owner`); absent: nobody is named (or only a `[placeholder]`). */
  owner?: string;
  items: ActionItem[];
  overdue: number;
}

export interface RuleCount {
  rule: string;
  description?: Localized;
  counts: Counts;
  /** Number of distinct files with a finding of this rule. */
  files: number;
}

export interface ReportTotals extends Counts {
  documents: number;
  goals: number;
  /** Goals of non-leaf levels with an ID (the ones that must be carried out). */
  coverableGoals: number;
  uncoveredGoals: number;
  /** Goals that fail no criterion that was assessed (and pass at least one). */
  smartGoals: number;
  overdueReviews: number;
  overdueDeadlines: number;
}

export interface ReportModel {
  lang: Lang;
  today: string;
  levels: ReportLevel[];
  /** Governance documents in hierarchy order (roots first, children after their parent), then other files with findings. */
  documents: ReportDocument[];
  /** Goals in document order. */
  goals: ReportGoal[];
  /** One row per goal of the root level (policy goals). */
  trace: TraceRow[];
  rules: RuleCount[];
  timeline: TimelineEntry[];
  /**
   * Who must act by when: the goals with a deadline (in documents that are not retired), grouped by
   * owner. Owners are ordered by their earliest deadline (so the most overdue come first), goals by
   * date; deadlines that are no date come last. Goals without any owner form one group.
   */
  actions: OwnerActions[];
  /** For each criterion: its rules and whether any of them ran. */
  criteria: Record<Criterion, { rules: readonly string[]; checked: boolean }>;
  totals: ReportTotals;
}

export interface ReportInput {
  workspace: WorkspaceIndex;
  diagnostics: readonly Diagnostic[];
  config: ResolvedConfig;
  /** The rules that ran (descriptions, and which SMART criteria were checked). */
  rules: readonly Rule[];
  today: string;
  lang: Lang;
}

const SEVERITY_RANK: Record<Worst, number> = { none: 0, info: 1, warning: 2, error: 3 };

export function worstOf(severities: Iterable<Worst>): Worst {
  let worst: Worst = 'none';
  for (const severity of severities) if (SEVERITY_RANK[severity] > SEVERITY_RANK[worst]) worst = severity;
  return worst;
}

function emptyCounts(): Counts {
  return { error: 0, warning: 0, info: 0 };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

function firstHeading(document: GovDocument): string | undefined {
  return document.allSections.find((section) => section.depth === 1)?.title;
}

function refersTo(document: GovDocument, ref: GoalRef, targetId: string, goalId: string): boolean {
  return ref.goalId === goalId && targetDocumentId(document, ref) === targetId;
}

/** Builds the report model. */
export function buildReportModel(input: ReportInput): ReportModel {
  const { workspace, diagnostics, config, rules, today, lang } = input;
  const todayDate = parseIsoDate(today);
  if (!todayDate) throw new Error(`today must be an ISO date, not "${today}"`);
  const todayNumber = dayNumber(todayDate);
  const levelOf = (type: string | undefined): number => (type === undefined ? -1 : config.levels.findIndex((level) => level.type === type));
  const leafLevel = config.levels.length - 1;

  // Findings per file.
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    let list = byFile.get(diagnostic.file);
    if (!list) byFile.set(diagnostic.file, (list = []));
    list.push(diagnostic);
  }
  const toFinding = (diagnostic: Diagnostic): ReportFinding => ({
    rule: diagnostic.rule,
    severity: diagnostic.severity,
    message: diagnostic.messages[lang] ?? diagnostic.message,
    line: diagnostic.range.start.line,
    ...(diagnostic.location ? { paragraph: { mark: paragraphMark(diagnostic.location), where: describeLocation(diagnostic.location, lang) } } : {}),
    ...(diagnostic.goal !== undefined ? { goal: diagnostic.goal } : {}),
  });

  // Goal keys: path#ID for the first goal carrying an ID, path#@n for the rest.
  const goalKeyByGoal = new Map<Goal, string>();
  const goalByKey = new Map<string, { document: GovDocument; goal: Goal }>();
  const goalKeyById = (document: GovDocument, id: string): string | undefined => {
    const key = `${document.path}#${id}`;
    return goalByKey.has(key) ? key : undefined;
  };
  const governance = workspace.documents().filter((document) => document.frontmatter !== undefined);
  for (const document of governance) {
    document.goals.forEach((goal, index) => {
      let key = goal.id !== undefined ? `${document.path}#${goal.id}` : undefined;
      if (key === undefined || goalByKey.has(key)) key = `${document.path}#@${index + 1}`;
      goalKeyByGoal.set(goal, key);
      goalByKey.set(key, { document, goal });
    });
  }

  // Which SMART criteria were checked at all.
  const activeRules = new Set(rules.filter((rule) => effectiveSeverity(rule, config) !== undefined).map((rule) => rule.meta.id));
  const criteria = Object.fromEntries(
    CRITERIA.map((criterion) => [criterion, { rules: SMART_RULES[criterion], checked: SMART_RULES[criterion].some((id) => activeRules.has(id)) }]),
  ) as ReportModel['criteria'];

  // Carriers of a goal: documents below (not retired, not the document itself) referencing it.
  const carriersOf = (document: GovDocument, goal: Goal): Carrier[] => {
    const id = document.meta.id;
    if (id === undefined || goal.id === undefined || !workspace.isResolutionOfId(document)) return [];
    if (goalKeyById(document, goal.id) !== goalKeyByGoal.get(goal)) return []; // a repeated goal ID: references reach the first
    const carriers: Carrier[] = [];
    for (const other of workspace.referencersOfGoal(id, goal.id)) {
      if (other.path === document.path || other.meta.status === 'retired' || !other.frontmatter) continue;
      if (other.meta.implements.some((ref) => refersTo(other, ref, id, goal.id!))) carriers.push({ documentKey: other.path });
      for (const candidate of other.goals) {
        if (candidate.implements.some((ref) => refersTo(other, ref, id, goal.id!))) {
          carriers.push({ documentKey: other.path, goalKey: goalKeyByGoal.get(candidate)! });
        }
      }
    }
    return carriers;
  };

  // Goals.
  const goals: ReportGoal[] = [];
  const goalsByDocument = new Map<string, ReportGoal[]>();
  for (const document of governance) {
    const level = levelOf(document.meta.type);
    const findings = byFile.get(document.path) ?? [];
    const list: ReportGoal[] = [];
    const attached = goalFindings(document, findings);
    for (const goal of document.goals) {
      const key = goalKeyByGoal.get(goal)!;
      const own = attached.get(goal) ?? [];
      // The engine's summary of the goal, as the editor's hover has it: the scorecard read from the
      // findings on it, the owner (a field, the statement's actor, the document's when goals inherit
      // it) and the deadline (the field as written, the due date the goal rules judged).
      const { card, owner } = goalSummary(document, goal, own, { config, today, lang, active: (id) => activeRules.has(id) });
      const deadline = goalDeadline(document, goal, { config, today });
      const scorecard: Scorecard = card.scores;
      const reasons: Partial<Record<Criterion, string>> = {};
      for (const criterion of CRITERIA) if (card.scores[criterion] !== 'unchecked') reasons[criterion] = card.reasons[criterion];
      const carriers = carriersOf(document, goal);
      const entry: ReportGoal = {
        key,
        documentKey: document.path,
        title: goal.title,
        statement: goal.statement,
        level,
        scorecard,
        reasons,
        findings: own.map(toFinding),
        worst: worstOf(own.map((diagnostic) => diagnostic.severity)),
        carriers,
        uncovered:
          goal.id !== undefined &&
          level >= 0 &&
          level < leafLevel &&
          document.meta.status !== 'retired' &&
          workspace.isResolutionOfId(document) &&
          goalKeyById(document, goal.id) === key &&
          carriers.length === 0,
      };
      if (goal.id !== undefined) entry.id = goal.id;
      if (owner) entry.owner = owner.pronoun ? `${owner.text} (${PRONOUN_OWNER_NOTE[lang]})` : owner.text;
      if (deadline.text !== undefined) entry.deadline = deadline.text;
      if (deadline.date) entry.deadlineDate = formatIsoDate(deadline.date);
      list.push(entry);
    }
    goalsByDocument.set(document.path, list);
  }

  // Documents, in hierarchy order: roots (by level, then id/path), each followed by its subtree.
  const resolvedParent = new Map<string, string>();
  const children = new Map<string, GovDocument[]>();
  for (const document of governance) {
    const parent = workspace.parentOf(document);
    if (!parent || !parent.frontmatter || parent.path === document.path) continue;
    resolvedParent.set(document.path, parent.path);
    let list = children.get(parent.path);
    if (!list) children.set(parent.path, (list = []));
    list.push(document);
  }
  const order = (a: GovDocument, b: GovDocument): number => {
    const levelA = levelOf(a.meta.type);
    const levelB = levelOf(b.meta.type);
    const rankA = levelA < 0 ? Number.MAX_SAFE_INTEGER : levelA;
    const rankB = levelB < 0 ? Number.MAX_SAFE_INTEGER : levelB;
    return rankA - rankB || compareStrings(a.meta.id ?? a.path, b.meta.id ?? b.path) || compareStrings(a.path, b.path);
  };
  const ordered: GovDocument[] = [];
  const visited = new Set<string>();
  const visit = (start: GovDocument): void => {
    const stack: GovDocument[] = [start];
    while (stack.length > 0) {
      const document = stack.pop()!;
      if (visited.has(document.path)) continue;
      visited.add(document.path);
      ordered.push(document);
      const below = [...(children.get(document.path) ?? [])].sort(order);
      for (let i = below.length - 1; i >= 0; i--) if (!visited.has(below[i]!.path)) stack.push(below[i]!);
    }
  };
  for (const root of governance.filter((document) => !resolvedParent.has(document.path)).sort(order)) visit(root);
  // Documents on a cycle of parents have no root: start from the first by path.
  for (const document of [...governance].sort((a, b) => compareStrings(a.path, b.path))) if (!visited.has(document.path)) visit(document);

  const documents: ReportDocument[] = [];
  const makeDocument = (path: string, document: GovDocument | undefined): ReportDocument => {
    const findings = byFile.get(path) ?? [];
    const counts = emptyCounts();
    for (const diagnostic of findings) counts[diagnostic.severity]++;
    const entry: ReportDocument = {
      key: path,
      path,
      title: document?.meta.title ?? (document ? firstHeading(document) : undefined) ?? path,
      level: levelOf(document?.meta.type),
      status: document?.meta.status ?? 'draft',
      governance: document?.frontmatter !== undefined,
      counts,
      worst: worstOf(findings.map((diagnostic) => diagnostic.severity)),
      goalKeys: (goalsByDocument.get(path) ?? []).map((goal) => goal.key),
      findings: findings.map(toFinding),
    };
    if (document) {
      const { meta } = document;
      if (meta.id !== undefined) entry.id = meta.id;
      if (meta.type !== undefined) entry.type = meta.type;
      if (meta.owner !== undefined) entry.owner = meta.owner;
      if (meta.adopted !== undefined) entry.adopted = meta.adopted;
      if (meta.review !== undefined) entry.review = meta.review;
      if (meta.parent !== undefined) entry.parentId = meta.parent;
      const parentKey = resolvedParent.get(path);
      if (parentKey !== undefined) entry.parentKey = parentKey;
    }
    return entry;
  };
  for (const document of ordered) documents.push(makeDocument(document.path, document));
  // Files without front matter that still have findings (frontmatter-missing, internal-error).
  for (const path of [...byFile.keys()].sort(compareStrings)) {
    if (!visited.has(path)) documents.push(makeDocument(path, workspace.get(path)));
  }
  for (const document of ordered) goals.push(...(goalsByDocument.get(document.path) ?? []));

  // Traceability: each root-level goal, and recursively what carries out its carriers.
  const goalEntryByKey = new Map(goals.map((goal) => [goal.key, goal]));
  const expand = (carrier: Carrier, seen: ReadonlySet<string>, depth: number): TraceNode => {
    const node: TraceNode = { ...carrier, children: [] };
    const selfKey = carrier.goalKey ?? carrier.documentKey;
    if (depth >= config.levels.length + 2 || seen.has(selfKey)) return node;
    const next = new Set(seen).add(selfKey);
    const below: Carrier[] = carrier.goalKey ? (goalEntryByKey.get(carrier.goalKey)?.carriers ?? []) : (goalsByDocument.get(carrier.documentKey) ?? []).flatMap((goal) => goal.carriers);
    const unique = new Map<string, Carrier>();
    for (const child of below) unique.set(child.goalKey ?? child.documentKey, child);
    node.children = [...unique.values()].filter((child) => !next.has(child.goalKey ?? child.documentKey)).map((child) => expand(child, next, depth + 1));
    return node;
  };
  const trace: TraceRow[] = goals
    .filter((goal) => goal.level === 0 && goal.id !== undefined)
    .map((goal) => ({ goalKey: goal.key, carriers: goal.carriers.map((carrier) => expand(carrier, new Set([goal.key]), 1)) }));

  // Timeline: review dates of documents and goal deadlines, for documents that are not retired.
  const timeline: TimelineEntry[] = [];
  const addEntry = (date: CalendarDate, kind: TimelineEntry['kind'], documentKey: string, goalKey?: string): void => {
    const days = dayNumber(date) - todayNumber;
    const entry: TimelineEntry = { date: formatIsoDate(date), kind, documentKey, days, state: days < 0 ? 'overdue' : days === 0 ? 'today' : 'upcoming' };
    if (goalKey !== undefined) entry.goalKey = goalKey;
    timeline.push(entry);
  };
  for (const document of ordered) {
    if (document.meta.status === 'retired') continue;
    const review = document.meta.review !== undefined ? parseIsoDate(document.meta.review) : undefined;
    if (review) addEntry(review, 'review', document.path);
    for (const goal of goalsByDocument.get(document.path) ?? []) {
      const date = goal.deadlineDate !== undefined ? parseIsoDate(goal.deadlineDate) : undefined;
      if (date) addEntry(date, 'deadline', document.path, goal.key);
    }
  }
  timeline.sort((a, b) => compareStrings(a.date, b.date) || (a.kind === b.kind ? 0 : a.kind === 'review' ? -1 : 1) || compareStrings(a.goalKey ?? a.documentKey, b.goalKey ?? b.documentKey));

  // Who must act by when.
  const retiredDocuments = new Set(ordered.filter((document) => document.meta.status === 'retired').map((document) => document.path));
  const byOwner = new Map<string | undefined, ActionItem[]>();
  for (const goal of goals) {
    if (goal.deadline === undefined || retiredDocuments.has(goal.documentKey)) continue;
    const item: ActionItem = { goalKey: goal.key, deadline: goal.deadline };
    const date = goal.deadlineDate !== undefined ? parseIsoDate(goal.deadlineDate) : undefined;
    if (date && goal.deadlineDate !== undefined) {
      const days = dayNumber(date) - todayNumber;
      Object.assign(item, { date: goal.deadlineDate, days, state: days < 0 ? 'overdue' : days === 0 ? 'today' : 'upcoming' });
    }
    // The goal's owner is never template text such as `[Enhed eller rolle]` (`goalOwner`).
    const owner = goal.owner;
    let list = byOwner.get(owner);
    if (!list) byOwner.set(owner, (list = []));
    list.push(item);
  }
  const itemOrder = (a: ActionItem, b: ActionItem): number =>
    (a.date === undefined ? 1 : 0) - (b.date === undefined ? 1 : 0) || compareStrings(a.date ?? '', b.date ?? '') || compareStrings(a.goalKey, b.goalKey);
  const actions: OwnerActions[] = [...byOwner.entries()]
    .map(([owner, items]) => {
      items.sort(itemOrder);
      const entry: OwnerActions = { items, overdue: items.filter((item) => item.state === 'overdue').length };
      if (owner !== undefined) entry.owner = owner;
      return entry;
    })
    .sort((a, b) => itemOrder(a.items[0]!, b.items[0]!) || compareStrings(a.owner ?? '', b.owner ?? ''));

  // Counts per rule.
  const ruleMeta = new Map(rules.map((rule) => [rule.meta.id, rule.meta]));
  const perRule = new Map<string, { counts: Counts; files: Set<string> }>();
  for (const diagnostic of diagnostics) {
    let entry = perRule.get(diagnostic.rule);
    if (!entry) perRule.set(diagnostic.rule, (entry = { counts: emptyCounts(), files: new Set() }));
    entry.counts[diagnostic.severity]++;
    entry.files.add(diagnostic.file);
  }
  const total = (counts: Counts): number => counts.error + counts.warning + counts.info;
  const ruleCounts: RuleCount[] = [...perRule.entries()]
    .map(([rule, entry]) => {
      const count: RuleCount = { rule, counts: entry.counts, files: entry.files.size };
      const description = ruleMeta.get(rule)?.description;
      if (description) count.description = description;
      return count;
    })
    .sort((a, b) => SEVERITY_RANK[worstOfCounts(b.counts)] - SEVERITY_RANK[worstOfCounts(a.counts)] || total(b.counts) - total(a.counts) || compareStrings(a.rule, b.rule));

  const totals: ReportTotals = {
    ...emptyCounts(),
    documents: ordered.length,
    goals: goals.length,
    coverableGoals: goals.filter((goal) => goal.id !== undefined && goal.level >= 0 && goal.level < leafLevel).length,
    uncoveredGoals: goals.filter((goal) => goal.uncovered).length,
    smartGoals: goals.filter((goal) => CRITERIA.every((criterion) => goal.scorecard[criterion] !== 'fail') && CRITERIA.some((criterion) => goal.scorecard[criterion] === 'pass')).length,
    overdueReviews: timeline.filter((entry) => entry.kind === 'review' && entry.state === 'overdue').length,
    overdueDeadlines: timeline.filter((entry) => entry.kind === 'deadline' && entry.state === 'overdue').length,
  };
  for (const diagnostic of diagnostics) totals[diagnostic.severity]++;

  return {
    lang,
    today,
    levels: config.levels.map((level) => ({ type: level.type, label: level.label })),
    documents,
    goals,
    trace,
    rules: ruleCounts,
    timeline,
    actions,
    criteria,
    totals,
  };
}

function worstOfCounts(counts: Counts): Worst {
  return counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : counts.info > 0 ? 'info' : 'none';
}
