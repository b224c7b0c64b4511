// The sections each document type needs (`requiredSections`), read by `required-section`.
import { z } from 'zod';
import { perTypeRecord } from '../../../engine/config/schema.ts';
import { ruleOptions } from '../../../engine/rule.ts';

// Required sections per type (SPEC §3). Each inner array lists accepted headings (Danish or English).
export const DEFAULT_REQUIRED_SECTIONS: Record<string, string[][]> = {
  policy: [
    ['Børne- og familiesyn', 'Børnesyn', 'Værdier', 'Values', 'Vision'],
    ['Målgrupper', 'Målgruppe', 'Target groups', 'Target group'],
    ['Mål', 'Målsætninger', 'Goals', 'Objectives'],
    ['Opfølgning', 'Follow-up'],
  ],
  'service-level': [
    ['Målgruppe', 'Målgrupper', 'Target group', 'Target groups'],
    ['Indsatser', 'Ydelser', 'Indsatsvifte', 'Services', 'Interventions'],
    ['Sagsbehandlingsfrister', 'Frister', 'Case-handling time limits', 'Time limits', 'Deadlines'],
    ['Opfølgning', 'Follow-up'],
  ],
  guideline: [
    ['Formål', 'Purpose'],
    ['Ansvar', 'Ansvarsfordeling', 'Responsibility', 'Responsibilities'],
    ['Fremgangsmåde', 'Procedure', 'Arbejdsgang', 'Steps'],
    ['Frister', 'Tidsfrister', 'Time limits', 'Deadlines'],
    ['Dokumentation', 'Documentation'],
  ],
};

/** The English heading the quick fix inserts for each default section, keyed by its first (Danish) name. */
export const DEFAULT_SECTION_NAMES_EN: Record<string, string> = {
  'Børne- og familiesyn': 'Values',
  Målgrupper: 'Target groups',
  Mål: 'Goals',
  Opfølgning: 'Follow-up',
  Målgruppe: 'Target group',
  Indsatser: 'Services',
  Sagsbehandlingsfrister: 'Case-handling time limits',
  Formål: 'Purpose',
  Ansvar: 'Responsibilities',
  Fremgangsmåde: 'Procedure',
  Frister: 'Time limits',
  Dokumentation: 'Documentation',
};
/** One entry of `requiredSections`: the headings a type needs; an inner array lists alternatives. */
export const requiredSectionsEntry = z.array(z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]));

export interface RequiredSectionsOptions {
  /** Per document type (a configured name: a Map, so `constructor` is a type like any other): each section's accepted headings. */
  requiredSections: ReadonlyMap<string, string[][]>;
}

/** The default sections belong to the default types: a declared hierarchy requires only the sections configured. */
export const requiredSectionsOptions = ruleOptions(
  { requiredSections: perTypeRecord(requiredSectionsEntry, 'Per document type: required section headings; an array lists alternatives.') },
  (values, project): RequiredSectionsOptions => ({
    requiredSections: new Map([
      ...Object.entries(project.hierarchyDeclared ? {} : DEFAULT_REQUIRED_SECTIONS),
      ...Object.entries(values.requiredSections ?? {}).map(([type, entries]): [string, string[][]] => [type, entries.map((entry) => (Array.isArray(entry) ? entry : [entry]))]),
    ]),
  }),
);
