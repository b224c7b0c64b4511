import type { WorkspaceRule } from '../../engine/rule.ts';
import type { Fix, RelatedLocation } from '../../engine/types.ts';
import { closestNames, idRangeOf, orList } from './support/shared.ts';

// `parent` must name a document of the workspace (SPEC §1, §3): a misspelt or renamed id breaks
// the chain as surely as a missing one, and is easier to overlook.
export const parentUnknown: WorkspaceRule = {
  scope: 'workspace',
  meta: {
    id: 'parent-unknown',
    family: 'hierarchy',
    defaultSeverity: 'error',
    description: {
      da: '"overordnet:"/"parent:" nævner et id, som intet dokument i arbejdsområdet har.',
      en: '"parent:" names an id that no document in the workspace has.',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      unknown: {
        da: 'Intet dokument har id "{parent}", så dokumentet hænger ikke sammen med et overordnet dokument.',
        en: 'No document has the id "{parent}", so this document is not linked to a parent.',
      },
      unknownWithCandidates: {
        da: 'Intet dokument har id "{parent}" — mente du {candidatesDa}?',
        en: 'No document has the id "{parent}" — did you mean {candidatesEn}?',
      },
    },
  },
  check(context) {
    const { document, workspace } = context;
    const parent = document.meta.parent;
    const entry = document.frontmatter?.entries.get('parent');
    if (!parent || !entry || workspace.resolve(parent)) return;
    const candidates = closestNames(
      parent,
      workspace.ids().filter((id) => id !== document.meta.id),
    );
    const suggestions: Fix[] = candidates.map((id) => ({
      title: { da: `Skift til "${id}"`, en: `Change to "${id}"` },
      edits: [{ start: entry.valueRange.start.offset, end: entry.valueRange.end.offset, newText: id }],
      safe: false,
    }));
    const related: RelatedLocation[] = [];
    for (const id of candidates) {
      const candidate = workspace.resolve(id)!;
      const range = idRangeOf(candidate);
      if (range) related.push({ file: candidate.path, range, message: { da: `Dokument med id "${id}"`, en: `Document with id "${id}"` } });
    }
    context.report({
      messageId: candidates.length > 0 ? 'unknownWithCandidates' : 'unknown',
      data: { parent, candidatesDa: orList(candidates, 'eller'), candidatesEn: orList(candidates, 'or') },
      range: entry.valueRange,
      suggestions,
      related,
    });
  },
};
