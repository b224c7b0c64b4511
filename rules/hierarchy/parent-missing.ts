import { insertFrontmatterKeyEdit } from '../../engine/fixes/insert.ts';
import type { WorkspaceRule } from '../../engine/rule.ts';
import type { Fix } from '../../engine/types.ts';
import { levelAt, levelIndex } from './support/shared.ts';

// Every level but the root names the document one level up (SPEC §1). Without it the chain from
// the council's policy to the case worker's guideline is untraceable — the field's central
// complaint (seed 000_1aa2dd1d38db367a.txt, ch. 2 and 11).
export const parentMissing: WorkspaceRule = {
  scope: 'workspace',
  meta: {
    id: 'parent-missing',
    family: 'hierarchy',
    defaultSeverity: 'error',
    description: {
      da: 'Et dokument under øverste niveau angiver ikke sit overordnede dokument ("overordnet:"/"parent:").',
      en: 'A document below the top level does not name its parent document ("parent:").',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      missing: {
        da: 'Dokumentet ({levelDa}) angiver ikke sit overordnede dokument: tilføj "{key}:" med id\'et på det dokument af typen {aboveDa}, som det udmønter.',
        en: 'The document ({levelEn}) does not name its parent: add "{key}:" with the id of the {aboveEn} it carries out.',
      },
    },
  },
  check(context) {
    const { document, workspace } = context;
    const { frontmatter, meta } = document;
    if (!frontmatter || frontmatter.errors.length > 0) return;
    // A `parent` key that is present but empty or malformed is frontmatter-invalid's finding.
    if (frontmatter.entries.has('parent') || meta.parent) return;
    const index = levelIndex(context, meta.type);
    if (index <= 0) return; // the root, or an unknown type (frontmatter-invalid)
    const level = levelAt(context, index)!;
    const above = levelAt(context, index - 1)!;
    const key = frontmatter.danishKeys ? 'overordnet' : 'parent';
    // If exactly one document of the level above exists, it is almost certainly the parent.
    const candidates = workspace.idsOfType(above.type).filter((id) => id !== meta.id);
    const suggestions: Fix[] = [];
    const edit = (value: string) => insertFrontmatterKeyEdit(document, key, value);
    if (candidates.length === 1) {
      const id = candidates[0]!;
      const insert = edit(id);
      if (insert) suggestions.push({ title: { da: `Tilføj "${key}: ${id}"`, en: `Add "${key}: ${id}"` }, edits: [insert], safe: false });
    } else {
      const insert = edit('[id]');
      if (insert) {
        suggestions.push({
          title: { da: `Tilføj "${key}:"`, en: `Add "${key}:"` },
          edits: [insert],
          safe: false,
          placeholders: true,
        });
      }
    }
    context.report({
      messageId: 'missing',
      data: { key, levelDa: level.label.da, levelEn: level.label.en, aboveDa: above.label.da, aboveEn: above.label.en },
      range: frontmatter.openingFence,
      suggestions,
    });
  },
};
