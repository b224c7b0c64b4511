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
