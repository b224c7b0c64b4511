import type { Rule } from '../../engine/rule.ts';

/** The next free ID with the prefix most goals in the document use (M by default). */
function nextGoalId(ids: readonly string[]): string {
  const counts = new Map<string, number>();
  let highest = 0;
  for (const id of ids) {
    const match = /^(\p{L}+-?)(\d+)/u.exec(id);
    if (!match) continue;
    counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
    highest = Math.max(highest, Number(match[2]));
  }
  const prefix = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'M';
  return `${prefix}${highest + 1}`;
}

export const goalIdMissing: Rule = {
  meta: {
    id: 'goal-id-missing',
    family: 'document',
    defaultSeverity: 'info',
    description: {
      da: 'Et mål under et mål-afsnit har intet mål-id og kan derfor ikke henvises til eller følges.',
      en: 'A goal under a goal section has no goal ID, so it cannot be referenced or traced.',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      missing: {
        da: 'Målet har intet id (f.eks. {next}), så ingen serviceniveauer eller retningslinjer kan henvise til det.',
        en: 'The goal has no ID (e.g. {next}), so no service level or guideline can refer to it.',
      },
    },
  },
  check(context) {
    const { document } = context;
    const taken = document.goals.flatMap((goal) => (goal.id ? [goal.id] : []));
    // Number the unnamed goals after the highest existing ID, in document order.
    const first = /^(\p{L}+-?)(\d+)$/u.exec(nextGoalId(taken));
    const prefix = first?.[1] ?? 'M';
    let number = Number(first?.[2] ?? 1);
    for (const goal of document.goals) {
      if (goal.id) continue;
      const next = `${prefix}${number++}`;
      const at = goal.titleRange.start.offset;
      context.report({
        messageId: 'missing',
        data: { next },
        range: goal.titleRange,
        suggestions: [
          {
            title: { da: `Giv målet id ${next}`, en: `Give the goal ID ${next}` },
            edits: [{ start: at, end: at, newText: `${next} ` }],
            safe: false,
          },
        ],
      });
    }
  },
};
