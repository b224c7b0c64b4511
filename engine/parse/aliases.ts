import type { DocumentStatus, GoalFieldKey } from '../model/document.ts';

// Front-matter keys (SPEC §1): canonical key ← accepted spellings (lower case).
export const FRONTMATTER_KEY_ALIASES: Record<string, string> = {
  id: 'id',
  type: 'type',
  title: 'title',
  titel: 'title',
  owner: 'owner',
  ansvarlig: 'owner',
  parent: 'parent',
  overordnet: 'parent',
  implements: 'implements',
  udmønter: 'implements',
  adopted: 'adopted',
  vedtaget: 'adopted',
  'adopted-by': 'adopted-by',
  'vedtaget-af': 'adopted-by',
  review: 'review',
  revision: 'review',
  status: 'status',
  lang: 'lang',
  sprog: 'lang',
};

export const KNOWN_FRONTMATTER_KEYS = new Set(Object.values(FRONTMATTER_KEY_ALIASES));

export const STATUS_ALIASES: Record<string, DocumentStatus> = {
  draft: 'draft',
  udkast: 'draft',
  adopted: 'adopted',
  vedtaget: 'adopted',
  retired: 'retired',
  udgået: 'retired',
};

// Goal field keys (SPEC §2), matched case-insensitively.
export const GOAL_FIELD_ALIASES: Record<string, GoalFieldKey> = {
  ansvarlig: 'owner',
  ansvar: 'owner',
  owner: 'owner',
  responsible: 'owner',
  // Column names of published action plans: who leads a priority.
  tovholder: 'owner',
  hovedansvarlig: 'owner',
  'ansvarlig enhed': 'owner',
  lead: 'owner',
  'lead officer': 'owner',
  'responsible officer': 'owner',
  'who is responsible': 'owner',
  accountable: 'owner',
  'led by': 'owner',
  subcommittee: 'owner',
  'sub-committee': 'owner',
  subgroup: 'owner',
  'sub-group': 'owner',
  frist: 'deadline',
  tidsfrist: 'deadline',
  senest: 'deadline',
  // Column names of published service-level tables: the time a decision or answer may take.
  svarfrist: 'deadline',
  sagsbehandlingstid: 'deadline',
  behandlingstid: 'deadline',
  'tidsfrist for afgørelse': 'deadline',
  'frist for afgørelse': 'deadline',
  timescale: 'deadline',
  timeframe: 'deadline',
  timeline: 'deadline',
  timescales: 'deadline',
  'time limit': 'deadline',
  deadline: 'deadline',
  due: 'deadline',
  by: 'deadline',
  indikator: 'indicator',
  måling: 'indicator',
  målepunkt: 'indicator',
  indicator: 'indicator',
  measure: 'indicator',
  kpi: 'indicator',
  udgangspunkt: 'baseline',
  baseline: 'baseline',
  'nuværende niveau': 'baseline',
  current: 'baseline',
  målværdi: 'target',
  'mål for': 'target',
  target: 'target',
  udmønter: 'implements',
  'bidrager til': 'implements',
  implements: 'implements',
  'contributes to': 'implements',
  opfølgning: 'follow-up',
  'follow-up': 'follow-up',
  review: 'follow-up',
};

/** Field names to insert, per language (used by quick fixes). */
export const GOAL_FIELD_LABELS: Record<GoalFieldKey, { da: string; en: string }> = {
  owner: { da: 'Ansvarlig', en: 'Owner' },
  deadline: { da: 'Frist', en: 'Deadline' },
  indicator: { da: 'Indikator', en: 'Indicator' },
  baseline: { da: 'Udgangspunkt', en: 'Baseline' },
  target: { da: 'Målværdi', en: 'Target' },
  implements: { da: 'Udmønter', en: 'Implements' },
  'follow-up': { da: 'Opfølgning', en: 'Follow-up' },
};

/** Headings of sections whose list items are goals (SPEC §2), lower case. */
export const GOAL_SECTION_NAMES = ['mål', 'målsætninger', 'målsætning', 'delmål', 'goals', 'objectives', 'målene'];
