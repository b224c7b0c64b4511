import type { WorkspaceRule } from '../../engine/rule.ts';
import type { RelatedLocation } from '../../engine/types.ts';

// Parents that loop (a → b → a, or a document that is its own parent) leave the chain without a
// top: no council policy answers for these documents. Every member of the loop reports it once,
// at its own `parent` value, so the loop can be broken wherever the mistake is.
export const hierarchyCycle: WorkspaceRule = {
  scope: 'workspace',
  meta: {
    id: 'hierarchy-cycle',
    family: 'hierarchy',
    defaultSeverity: 'error',
    description: {
      da: 'Dokumenter, hvis overordnede dokumenter går i ring, så kæden ikke når op til et øverste dokument.',
      en: 'Documents whose parents loop, so the chain never reaches a top-level document.',
    },
    fixable: false,
    hasSuggestions: false,
    messages: {
      cycle: {
        da: 'De overordnede dokumenter går i ring: {cycle}. Kæden når aldrig op til et øverste dokument.',
        en: 'The parents loop: {cycle}. The chain never reaches a top-level document.',
      },
      self: {
        da: 'Dokumentet "{id}" er angivet som sit eget overordnede dokument.',
        en: 'The document "{id}" is given as its own parent.',
      },
    },
  },
  check(context) {
    const { document, workspace } = context;
    const entry = document.frontmatter?.entries.get('parent');
    if (!entry) return;
    const cycle = workspace.cycleOf(document);
    if (!cycle) return;
    const members = cycle.map((path) => workspace.get(path)!);
    const ids = members.map((member) => member.meta.id ?? member.path);
    if (members.length === 1) {
      context.report({ messageId: 'self', data: { id: ids[0]! }, range: entry.valueRange });
      return;
    }
    const related: RelatedLocation[] = [];
    for (const member of members.slice(1)) {
      const range = member.frontmatter?.entries.get('parent')?.valueRange;
      if (range) {
        related.push({
          file: member.path,
          range,
          message: { da: `"${member.meta.id}" har "${member.meta.parent}" som overordnet`, en: `"${member.meta.id}" has "${member.meta.parent}" as parent` },
        });
      }
    }
    context.report({ messageId: 'cycle', data: { cycle: [...ids, ids[0]!].join(' → ') }, range: entry.valueRange, related });
  },
};
