// Builds goal-rule test documents: front matter plus a goal section, so line numbers are predictable
// (the first goal heading is on line 11 for Danish, 12 for English).
export function policy(goals: string, options: { lang?: 'da' | 'en'; adopted?: string; status?: string } = {}): string {
  const lines = ['---', 'id: politik', 'type: politik', 'titel: Børne- og ungepolitik', 'ansvarlig: Børne- og Ungeudvalget', `vedtaget: ${options.adopted ?? '2025-03-12'}`, 'revision: 2028-12-31'];
  if (options.status) lines.push(`status: ${options.status}`);
  if (options.lang) lines.push(`sprog: ${options.lang}`);
  lines.push('---', options.lang === 'en' ? '## Goals' : '## Mål', '');
  return `${lines.join('\n')}\n${goals}`;
}
