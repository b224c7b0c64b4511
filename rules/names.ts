// Short names of the rules in both languages, for the places a user picks a rule by what it is
// rather than by its ID (the editor's "disable" quick fixes). One entry per rule; a test holds
// the list to `allRules`.
import type { Localized } from '../engine/types.ts';

export const RULE_NAMES: Readonly<Record<string, Localized>> = {
  'frontmatter-missing': { da: 'Manglende front matter', en: 'Missing front matter' },
  'frontmatter-invalid': { da: 'Ugyldig front matter', en: 'Invalid front matter' },
  'id-duplicate': { da: 'Dobbelt id', en: 'Duplicate id' },
  'missing-owner': { da: 'Manglende ansvarlig', en: 'Missing owner' },
  'review-overdue': { da: 'Revision overskredet', en: 'Review overdue' },
  'review-interval': { da: 'For lang tid til revision', en: 'Review interval too long' },
  'required-section': { da: 'Manglende afsnit', en: 'Missing section' },
  'goal-id-missing': { da: 'Mål uden id', en: 'Goal without ID' },
  placeholder: { da: 'Pladsholder ikke udfyldt', en: 'Placeholder not filled in' },
  'parent-missing': { da: 'Manglende overordnet dokument', en: 'Missing parent' },
  'parent-unknown': { da: 'Ukendt overordnet dokument', en: 'Unknown parent' },
  'hierarchy-order': { da: 'Forkert niveau i hierarkiet', en: 'Wrong level in the hierarchy' },
  'hierarchy-cycle': { da: 'Ring i hierarkiet', en: 'Cycle in the hierarchy' },
  'implements-unknown': { da: 'Ukendt mål-henvisning', en: 'Unknown goal reference' },
  'goal-uncovered': { da: 'Mål uden udmøntning', en: 'Goal not carried out' },
  'deadline-after-parent': { da: 'Frist efter det overordnede mål', en: 'Deadline after the parent goal' },
  'stale-child': { da: 'Forældet i forhold til det overordnede', en: 'Older than its parent' },
  'vague-goal': { da: 'Uspecifikt mål', en: 'Goal not specific' },
  'unmeasurable-goal': { da: 'Mål kan ikke måles', en: 'Goal not measurable' },
  'missing-deadline': { da: 'Manglende frist', en: 'Missing deadline' },
  'missing-baseline': { da: 'Manglende udgangspunkt', en: 'Missing baseline' },
  'implausible-target': { da: 'Usandsynligt mål', en: 'Implausible target' },
  'hedged-goal': { da: 'Forbehold i målet', en: 'Hedged goal' },
  'statutory-deadline': { da: 'Frist længere end loven tillader', en: 'Time limit beyond the law' },
  readability: { da: 'Svær at læse', en: 'Hard to read' },
  'unknown-owner': { da: 'Ukendt ansvarlig', en: 'Unknown owner' },
  'legal-reference-outdated': { da: 'Forældet lovhenvisning', en: 'Outdated legal reference' },
  'internal-error': { da: 'Intern fejl', en: 'Internal error' },
};

/** The rule's name in `lang`, or its ID when it has none. */
export function ruleName(id: string, lang: 'da' | 'en'): string {
  return RULE_NAMES[id]?.[lang] ?? id;
}
