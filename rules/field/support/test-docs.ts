// Test helper: a small service-level document around a Markdown body, for the field rules.
// The front matter takes lines 1-9 and a blank line follows, so the body starts on line 11.

export function doc(body: string, lang: 'da' | 'en' = 'da', owner = lang === 'da' ? 'Familieafdelingen' : 'Family Services'): string {
  const da = lang === 'da';
  return [
    '---',
    'id: serviceniveau',
    `type: ${da ? 'serviceniveau' : 'service-level'}`,
    `${da ? 'titel' : 'title'}: ${da ? 'Serviceniveau' : 'Service level'}`,
    `${da ? 'ansvarlig' : 'owner'}: ${owner}`,
    `${da ? 'overordnet' : 'parent'}: politik`,
    `${da ? 'revision' : 'review'}: 2027-06-01`,
    `${da ? 'sprog' : 'lang'}: ${lang}`,
    '---',
    '',
    body,
  ].join('\n');
}
