import { goalOwner } from '../../engine/analysis/goal-summary.ts';
import { insertFrontmatterKeyEdit, insertGoalFieldEdit } from '../../engine/fixes/insert.ts';
import { goalHeadlineRange } from '../../engine/model/goal-range.ts';
import type { Rule } from '../../engine/rule.ts';
import { isPlaceholderValue } from '../../engine/text/placeholder.ts';
import { lineRange } from '../../engine/text/positions.ts';
import { analyzedGoals } from '../goal/support/shared.ts';

export const missingOwner: Rule = {
  meta: {
    id: 'missing-owner',
    family: 'document',
    defaultSeverity: 'error',
    description: {
      da: 'Ingen ansvarlig: dokumentet mangler "owner"/"ansvarlig" i front matter (fejl), eller et mål nævner ingen ansvarlig — hverken et "Ansvarlig:"-felt eller en enhed eller rolle, der handler i sætningen (advarsel).',
      en: 'No one answers for it: the document has no "owner" in front matter (error), or a goal names no one responsible — neither an "Owner:" field nor a unit or role that acts in the statement (warning).',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      document: {
        da: 'Dokumentet har ingen ansvarlig: tilføj "ansvarlig:" med den enhed eller rolle, der svarer for det.',
        en: 'The document has no owner: add "owner:" with the unit or role that answers for it.',
      },
      goal: {
        da: 'Mål {goal} nævner ingen ansvarlig: hverken et "Ansvarlig:"-felt eller en enhed eller rolle, der handler. Tilføj "- Ansvarlig: …", eller skriv, hvem der gør det.',
        en: 'Goal {goal} names no one responsible: neither an "Owner:" field nor a unit or role that acts. Add "- Owner: …", or say who does it.',
      },
      unnamedGoal: {
        da: 'Målet "{title}" nævner ingen ansvarlig: hverken et "Ansvarlig:"-felt eller en enhed eller rolle, der handler. Tilføj "- Ansvarlig: …", eller skriv, hvem der gør det.',
        en: 'The goal "{title}" names no one responsible: neither an "Owner:" field nor a unit or role that acts. Add "- Owner: …", or say who does it.',
      },
    },
  },
  check(context) {
    const { document, lang } = context;
    const frontmatter = document.frontmatter;
    if (!frontmatter || frontmatter.errors.length > 0) return;
    const ownerEntry = frontmatter.entries.get('owner');
    // A placeholder is no owner (`ansvarlig: "[Enhed eller rolle]"`); the `placeholder` finding says what to fill in.
    const ownerIsPlaceholder = ownerEntry !== undefined && isPlaceholderValue(document.text.slice(ownerEntry.valueRange.start.offset, ownerEntry.valueRange.end.offset));
    if (!ownerEntry || ownerIsPlaceholder) {
      const edit = ownerEntry ? undefined : insertFrontmatterKeyEdit(document, lang === 'da' ? 'ansvarlig' : 'owner', lang === 'da' ? '[enhed eller rolle]' : '[unit or role]');
      context.report({
        messageId: 'document',
        range: lineRange(document.text, document.lineStarts, 1),
        // A skeleton's owner still to be filled in is a warning, like the placeholder itself: the template is not wrong, only unfinished.
        ...(ownerIsPlaceholder ? { severity: 'warning' as const } : {}),
        ...(edit ? { suggestions: [{ title: { da: 'Tilføj ansvarlig', en: 'Add owner' }, edits: [edit], safe: false, placeholders: true }] } : {}),
      });
    }
    if (context.config.goalsInheritOwner) return;
    for (const { goal, analysis } of analyzedGoals(context)) {
      // An owner field, or a unit or role that acts in the statement ("Myndighedsteamet vurderer …", "… godkendes af afdelingslederen"): the owner the hover and the report show.
      if (goalOwner(goal, () => analysis)) continue;
      const owners = goal.fields.filter((field) => field.key === 'owner');
      const value = lang === 'da' ? '[enhed eller rolle]' : '[unit or role]';
      context.report({
        messageId: goal.id ? 'goal' : 'unnamedGoal',
        data: { goal: goal.id ?? '', title: goal.title.length > 60 ? `${goal.title.slice(0, 57)}…` : goal.title },
        range: goalHeadlineRange(goal),
        severity: 'warning',
        ...(goal.id ? { goal: goal.id } : {}),
        // An owner field with a placeholder is filled in, not added a second time.
        ...(owners.length > 0
          ? {}
          : {
              suggestions: [
                {
                  title: { da: 'Tilføj "Ansvarlig:"', en: 'Add "Owner:"' },
                  edits: [insertGoalFieldEdit(document, goal, 'owner', value, lang)],
                  safe: false,
                  placeholders: true,
                },
              ],
            }),
      });
    }
  },
};
