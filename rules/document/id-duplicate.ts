import type { WorkspaceRule } from '../../engine/rule.ts';
import type { RelatedLocation } from '../../engine/types.ts';

export const idDuplicate: WorkspaceRule = {
  scope: 'workspace',
  meta: {
    id: 'id-duplicate',
    family: 'document',
    defaultSeverity: 'error',
    description: {
      da: 'To dokumenter har samme id, eller to mål i ét dokument har samme mål-id: henvisninger bliver tvetydige.',
      en: 'Two documents share an id, or two goals in one document share a goal ID: references become ambiguous.',
    },
    fixable: false,
    hasSuggestions: false,
    messages: {
      document: {
        da: 'Id "{id}" bruges også af {others}. Henvisninger til "{id}" går til {chosen}.',
        en: 'The id "{id}" is also used by {others}. References to "{id}" go to {chosen}.',
      },
      goal: {
        da: 'Mål-id "{id}" er allerede brugt i dette dokument (linje {line}).',
        en: 'Goal ID "{id}" is already used in this document (line {line}).',
      },
      otherDocument: { da: 'Samme id her', en: 'Same id here' },
      firstGoal: { da: 'Første mål med dette id', en: 'First goal with this ID' },
    },
  },
  check(context) {
    const { document, workspace } = context;
    const id = document.meta.id;
    const idEntry = document.frontmatter?.entries.get('id');
    if (id && idEntry) {
      const sharing = workspace.byId(id);
      if (sharing.length > 1) {
        const others = sharing.filter((other) => other.path !== document.path);
        const related: RelatedLocation[] = others.map((other) => ({
          file: other.path,
          range: other.frontmatter?.entries.get('id')?.valueRange ?? other.frontmatter!.range,
          message: idDuplicate.meta.messages.otherDocument!,
        }));
        context.report({
          messageId: 'document',
          data: { id, others: others.map((other) => other.path).join(', '), chosen: sharing[0]!.path },
          range: idEntry.valueRange,
          related,
        });
      }
    }
    const firstById = new Map<string, number>();
    for (const goal of document.goals) {
      if (!goal.id || !goal.idRange) continue;
      const firstLine = firstById.get(goal.id);
      if (firstLine === undefined) {
        firstById.set(goal.id, goal.idRange.start.line);
        continue;
      }
      const first = document.goals.find((candidate) => candidate.id === goal.id)!;
      context.report({
        messageId: 'goal',
        data: { id: goal.id, line: firstLine },
        range: goal.idRange,
        goal: goal.id,
        related: [{ file: document.path, range: first.idRange!, message: idDuplicate.meta.messages.firstGoal! }],
      });
    }
  },
};
