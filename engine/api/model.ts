// A document's model as the editor features and the management report read it: where a goal's
// headline is, the references a document makes and what they point at, the hierarchy tree, the
// template text left in a document, positions and dates, and what a goal comes to — its SMART
// scorecard, its owner and its deadline, read one way for the hover, the code lens and the report
// (`goalSummary`, engine/analysis/goal-summary.ts). Pure (no files, no threads): the browser
// builds use it too.
// The model's types: documents, their goals and sections, and the findings on them.
export type { DocumentOutline, DocumentStatus, Goal, GoalOutline, GoalRef, GovDocument, Section } from '../model/document.ts';
export type { Diagnostic, Fix, Lang, Localized, Range, Severity, TextEdit } from '../types.ts';

export { goalHeadlineRange } from '../model/goal-range.ts';
export { isDocumentId, isGoalId } from '../model/ids.ts';
export type { SourceLocation } from '../model/source.ts';
export { referencesOf, targetDocumentId } from '../workspace/index.ts';
export { buildHierarchyTree, HIERARCHY_REQUEST, mergeHierarchyTrees, type HierarchyNode, type HierarchyParams, type HierarchyProject, type HierarchyTree } from '../workspace/hierarchy-tree.ts';
export { pointAt, rangeAt } from '../text/positions.ts';
export { findPlaceholders } from '../text/placeholder.ts';
export { formatIsoDate, parseIsoDate, todayIso, type CalendarDate } from '../text/dates.ts';

// A goal's SMART scorecard, owner and deadline.
export { CRITERIA, CRITERION_NAMES, SMART_RULES, type Criterion, type Score, type SmartCard } from '../analysis/smart-card.ts';
export { goalDeadline, goalFindings, goalSummary, PRONOUN_OWNER_NOTE, type GoalDeadlineView, type GoalOwner, type GoalSummary, type GoalSummaryOptions } from '../analysis/goal-summary.ts';
