import type { WorkspaceRule } from '../../engine/rule.ts';
import type { RelatedLocation } from '../../engine/types.ts';
import { levelAt, levelIndex } from './support/shared.ts';

// Each document carries out the level directly above it (SPEC §1): a guideline carries out a
// service level, which carries out the policy. A guideline hung directly under the policy skips
// the promise (service level) that makes the policy's goals concrete (seed 001_b847c38d64ce1cb9.txt:
// policy → standards for case handling → good case practice).
export const hierarchyOrder: WorkspaceRule = {
  scope: 'workspace',
  meta: {
    id: 'hierarchy-order',
    family: 'hierarchy',
    defaultSeverity: 'error',
    description: {
      da: 'Det overordnede dokument ligger ikke på niveauet lige over (f.eks. en retningslinje direkte under politikken).',
      en: 'The parent document is not of the level directly above (e.g. a guideline directly under the policy).',
    },
    fixable: false,
    hasSuggestions: false,
    messages: {
      wrongLevel: {
        da: 'Det overordnede dokument "{parent}" er af typen {parentLevelDa}, men et dokument af typen {levelDa} skal høre under typen {expectedDa}.',
        en: 'The parent "{parent}" is of type {parentLevelEn}, but a document of type {levelEn} belongs under type {expectedEn}.',
      },
      rootWithParent: {
        da: 'Dokumenter af typen {levelDa} er øverste niveau og har intet overordnet dokument, men her står "{parent}" ({parentLevelDa}).',
        en: 'Documents of type {levelEn} are the top level and have no parent, but "{parent}" ({parentLevelEn}) is given.',
      },
    },
  },
  check(context) {
    const { document, workspace } = context;
    const entry = document.frontmatter?.entries.get('parent');
    const parent = workspace.parentOf(document);
    if (!entry || !parent || !document.meta.parent) return;
    // A loop of parents is hierarchy-cycle's finding (one fault, one diagnostic).
    if (workspace.cycleOf(document)) return;
    const own = levelIndex(context, document.meta.type);
    const above = levelIndex(context, parent.meta.type);
    if (own < 0 || above < 0 || above === own - 1) return; // unknown types are frontmatter-invalid's
    const level = levelAt(context, own)!;
    const parentLevel = levelAt(context, above)!;
    const expected = levelAt(context, own - 1);
    const related: RelatedLocation[] = [];
    const typeRange = parent.frontmatter?.entries.get('type')?.valueRange;
    if (typeRange) {
      related.push({
        file: parent.path,
        range: typeRange,
        message: { da: `"${document.meta.parent}" er af typen ${parentLevel.label.da}`, en: `"${document.meta.parent}" is of type ${parentLevel.label.en}` },
      });
    }
    context.report({
      messageId: expected ? 'wrongLevel' : 'rootWithParent',
      data: {
        parent: document.meta.parent,
        levelDa: level.label.da,
        levelEn: level.label.en,
        parentLevelDa: parentLevel.label.da,
        parentLevelEn: parentLevel.label.en,
        expectedDa: expected?.label.da ?? '',
        expectedEn: expected?.label.en ?? '',
      },
      range: entry.valueRange,
      related,
    });
  },
};
