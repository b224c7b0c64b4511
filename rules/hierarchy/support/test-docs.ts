// Test helper: small governance documents for the hierarchy rules' multi-file fixtures.

export interface TestDoc {
  id: string;
  type: string;
  parent?: string;
  adopted?: string;
  status?: string;
  implements?: string;
  lang?: 'da' | 'en';
  /** Goal headings as written after `### `, each with its field lines. */
  goals?: Array<{ head: string; fields?: string[]; text?: string }>;
}

/** A document; front matter keys are Danish when `lang` is `da` (default), English otherwise. */
export function md(spec: TestDoc): string {
  const da = (spec.lang ?? 'da') === 'da';
  const lines = ['---', `id: ${spec.id}`, `type: ${spec.type}`, `${da ? 'titel' : 'title'}: ${spec.id}`, `${da ? 'ansvarlig' : 'owner'}: Enheden`];
  if (spec.parent) lines.push(`${da ? 'overordnet' : 'parent'}: ${spec.parent}`);
  if (spec.implements) lines.push(`${da ? 'udmønter' : 'implements'}: [${spec.implements}]`);
  if (spec.adopted) lines.push(`${da ? 'vedtaget' : 'adopted'}: ${spec.adopted}`);
  if (spec.status) lines.push(`status: ${spec.status}`);
  lines.push(`${da ? 'revision' : 'review'}: 2028-01-01`, '---', '', da ? '## Mål' : '## Goals', '');
  for (const goal of spec.goals ?? []) {
    lines.push(`### ${goal.head}`, '', goal.text ?? 'Tekst.', '');
    for (const field of goal.fields ?? []) lines.push(`- ${field}`);
    if (goal.fields?.length) lines.push('');
  }
  return lines.join('\n');
}

/**
 * A policy whose deadlines are written in a statement, in words in a deadline field and in a target
 * field, and a service level with one goal due later by its deadline field, one by its statement and
 * one by its target field (deadline-after-parent's rule, CLI and language-server tests read the same pair).
 */
export function lateByStatementFixture(): { 'politik.md': string; 'sn.md': string } {
  return {
    'politik.md': md({
      id: 'politik',
      type: 'politik',
      goals: [
        { head: 'M1 Skolegang', text: 'Andelen af anbragte børn med en afgangsprøve stiger fra 52 % til 65 % senest 31. december 2027.' },
        { head: 'M2 Trivsel', fields: ['Frist: senest 31. december 2027'] },
        { head: 'M3 Fravær', text: 'Færre anbragte børn har bekymrende fravær.', fields: ['Målværdi: under 10 % senest 31. december 2027'] },
      ],
    }),
    'sn.md': md({
      id: 'sn',
      type: 'serviceniveau',
      parent: 'politik',
      goals: [
        { head: 'S1 Frister', fields: ['Udmønter: M1', 'Frist: 2029-06-30'] },
        { head: 'S2 Trivsel', fields: ['Udmønter: M2'], text: 'Alle anbragte børn har en trivselssamtale senest 30. juni 2028.' },
        { head: 'S3 Fravær', text: 'Sagsbehandleren følger op på fraværet hvert kvartal.', fields: ['Udmønter: M3', 'Målværdi: under 8 % inden udgangen af 2029'] },
      ],
    }),
  };
}
