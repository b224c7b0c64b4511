import type { GoalDeadline, GoalOutline } from '../../engine/model/document.ts';
import type { WorkspaceRule } from '../../engine/rule.ts';
import { compareDates, formatIsoDate, parseIsoDate, parseWrittenDate, type CalendarDate } from '../../engine/text/dates.ts';
import type { RelatedLocation } from '../../engine/types.ts';

// A goal that carries out a parent goal cannot be met later than the parent goal itself: the
// service level's deadline is a milestone on the way to the policy's (seed 003_8d6bded2a645356c.txt:
// milestones politicians can follow). A later deadline means the parent goal is missed by design.

/** The deadline field's date: the value as a date (ISO or written), or the first ISO date in it. */
export function deadlineOf(goal: GoalOutline): { field: GoalDeadline; date: CalendarDate } | undefined {
  const field = goal.deadline;
  if (!field) return undefined;
  const date = parseWrittenDate(field.value) ?? parseIsoDate(/\b\d{4}-\d{2}-\d{2}\b/.exec(field.value)?.[0] ?? '');
  return date ? { field, date } : undefined;
}

export const deadlineAfterParent: WorkspaceRule = {
  scope: 'workspace',
  meta: {
    id: 'deadline-after-parent',
    family: 'hierarchy',
    defaultSeverity: 'warning',
    description: {
      da: 'Et måls frist ligger efter fristen for det overordnede mål, det udmønter.',
      en: "A goal's deadline falls after the deadline of the parent goal it carries out.",
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      late: {
        da: 'Fristen {deadline} ligger efter fristen {parentDeadline} for {parentGoal} i "{parentDocument}", som målet udmønter.',
        en: 'The deadline {deadline} falls after the deadline {parentDeadline} of {parentGoal} in "{parentDocument}", which this goal carries out.',
      },
    },
  },
  check(context) {
    const { document, workspace } = context;
    for (const goal of document.goals) {
      const own = deadlineOf(goal);
      if (!own) continue;
      // A goal without its own `Udmønter:` carries out what the whole document does (front matter).
      const refs = goal.implements.length > 0 ? goal.implements : document.meta.implements;
      const late: Array<{ documentId: string; path: string; goalId: string; field: GoalDeadline; date: CalendarDate }> = [];
      for (const ref of refs) {
        const resolved = workspace.resolveRef(document, ref);
        if (!resolved?.goal || !resolved.document || resolved.document.path === document.path) continue;
        const parent = deadlineOf(resolved.goal);
        if (!parent || compareDates(own.date, parent.date) <= 0) continue;
        if (late.some((entry) => entry.path === resolved.document!.path && entry.goalId === ref.goalId)) continue;
        late.push({ documentId: resolved.documentId, path: resolved.document.path, goalId: ref.goalId, ...parent });
      }
      if (late.length === 0) continue;
      // One finding per goal; the message names the earliest parent deadline, related lists them all.
      late.sort((a, b) => compareDates(a.date, b.date));
      const first = late[0]!;
      const related: RelatedLocation[] = late.map((entry) => ({
        file: entry.path,
        range: entry.field.valueRange,
        message: {
          da: `Frist for ${entry.goalId} i "${entry.documentId}": ${formatIsoDate(entry.date)}`,
          en: `Deadline of ${entry.goalId} in "${entry.documentId}": ${formatIsoDate(entry.date)}`,
        },
      }));
      const parentIso = formatIsoDate(first.date);
      context.report({
        messageId: 'late',
        data: { deadline: formatIsoDate(own.date), parentDeadline: parentIso, parentGoal: first.goalId, parentDocument: first.documentId },
        range: own.field.valueRange,
        ...(goal.id ? { goal: goal.id } : {}),
        related,
        suggestions: [
          {
            title: { da: `Sæt fristen til ${parentIso}`, en: `Set the deadline to ${parentIso}` },
            edits: [{ start: own.field.valueRange.start.offset, end: own.field.valueRange.end.offset, newText: parentIso }],
            safe: false,
          },
        ],
      });
    }
  },
};
