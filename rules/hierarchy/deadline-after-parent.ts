import { dueOf } from '../../engine/analysis/due.ts';
import type { GoalDue } from '../../engine/model/document.ts';
import type { WorkspaceRule } from '../../engine/rule.ts';
import { compareDates, formatIsoDate } from '../../engine/text/dates.ts';
import type { RelatedLocation } from '../../engine/types.ts';

// A goal that carries out a parent goal cannot be met later than the parent goal itself: the
// service level's deadline is a milestone on the way to the policy's (seed 003_8d6bded2a645356c.txt:
// milestones politicians can follow). A later deadline means the parent goal is missed by design.
// A goal's deadline is its due date (engine/analysis/due.ts): the deadline field's date, else the
// latest deadline its statement names ("… til 65 % senest 31. december 2027").

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
    const { document, workspace, config } = context;
    for (const goal of document.goals) {
      const own = dueOf(goal, document, config.lang);
      if (!own) continue;
      // A goal without its own `Udmønter:` carries out what the whole document does (front matter).
      const refs = goal.implements.length > 0 ? goal.implements : document.meta.implements;
      const late: Array<{ documentId: string; path: string; goalId: string; due: GoalDue }> = [];
      for (const ref of refs) {
        const resolved = workspace.resolveRef(document, ref);
        if (!resolved?.goal || !resolved.document || resolved.document.path === document.path) continue;
        const parent = dueOf(resolved.goal, resolved.document, config.lang);
        if (!parent || compareDates(own.date, parent.date) <= 0) continue;
        if (late.some((entry) => entry.path === resolved.document!.path && entry.goalId === ref.goalId)) continue;
        late.push({ documentId: resolved.documentId, path: resolved.document.path, goalId: ref.goalId, due: parent });
      }
      if (late.length === 0) continue;
      // One finding per goal; the message names the earliest parent deadline, related lists them all.
      late.sort((a, b) => compareDates(a.due.date, b.due.date));
      const first = late[0]!;
      const related: RelatedLocation[] = late.map((entry) => ({
        file: entry.path,
        range: entry.due.range,
        message: {
          da: `Frist for ${entry.goalId} i "${entry.documentId}": ${formatIsoDate(entry.due.date)}`,
          en: `Deadline of ${entry.goalId} in "${entry.documentId}": ${formatIsoDate(entry.due.date)}`,
        },
      }));
      const parentIso = formatIsoDate(first.due.date);
      // The date in a deadline field can be set to the parent's; a date in a sentence is the author's to reword.
      const field = own.source === 'field' ? goal.deadline : undefined;
      context.report({
        messageId: 'late',
        data: { deadline: formatIsoDate(own.date), parentDeadline: parentIso, parentGoal: first.goalId, parentDocument: first.documentId },
        range: field ? field.valueRange : own.range,
        ...(goal.id ? { goal: goal.id } : {}),
        related,
        ...(field
          ? {
              suggestions: [
                {
                  title: { da: `Sæt fristen til ${parentIso}`, en: `Set the deadline to ${parentIso}` },
                  edits: [{ start: field.valueRange.start.offset, end: field.valueRange.end.offset, newText: parentIso }],
                  safe: false,
                },
              ],
            }
          : {}),
      });
    }
  },
};
