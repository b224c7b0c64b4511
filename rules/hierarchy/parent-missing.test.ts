import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';
import { md } from './support/test-docs.ts';

const only = { only: ['parent-missing'] };

describe('parent-missing', () => {
  it('reports a service level and a guideline without parent at the opening fence, not the root', () => {
    const diagnostics = lintFiles(
      {
        'politik.md': md({ id: 'politik', type: 'politik' }),
        'sn.md': md({ id: 'sn', type: 'serviceniveau' }),
        'rl.md': md({ id: 'rl', type: 'guideline', lang: 'en' }),
      },
      only,
    );
    expect(summarize(diagnostics)).toEqual(['rl.md:1:1-1:4 parent-missing error', 'sn.md:1:1-1:4 parent-missing error']);
    expect(diagnostics[0]!.messages.en).toBe('The document (guideline) does not name its parent: add "parent:" with the id of the service level it carries out.');
    expect(diagnostics[1]!.messages.da).toBe('Dokumentet (serviceniveau) angiver ikke sit overordnede dokument: tilføj "overordnet:" med id\'et på det dokument af typen politik, som det udmønter.');
  });

  it('suggests the only document of the level above, else a placeholder', () => {
    const sn = md({ id: 'sn', type: 'serviceniveau' });
    const [one] = lintFiles({ 'politik.md': md({ id: 'politik', type: 'politik' }), 'sn.md': sn }, only);
    expect(applyEdits(sn, one!.suggestions![0]!.edits)).toContain('revision: 2028-01-01\noverordnet: politik\n---');
    const [two] = lintFiles({ 'a.md': md({ id: 'a', type: 'politik' }), 'b.md': md({ id: 'b', type: 'politik' }), 'sn.md': sn }, only);
    expect(two!.suggestions![0]!.placeholders).toBe(true);
    expect(applyEdits(sn, two!.suggestions![0]!.edits)).toContain('overordnet: [id]\n---');
  });

  it('accepts documents with a parent (known or not: parent-unknown reports those) and an empty parent key (frontmatter-invalid)', () => {
    expect(
      lintFiles(
        {
          'politik.md': md({ id: 'politik', type: 'politik' }),
          'sn.md': md({ id: 'sn', type: 'serviceniveau', parent: 'politik' }),
          'x.md': md({ id: 'x', type: 'serviceniveau', parent: 'nowhere' }),
          'y.md': '---\nid: y\ntype: serviceniveau\ntitel: Y\nansvarlig: U\noverordnet:\nrevision: 2028-01-01\n---\n',
        },
        only,
      ),
    ).toEqual([]);
  });

  it('follows a custom four-level chain: only the first level is the root', () => {
    const config = { hierarchy: { levels: [{ type: 'policy' }, { type: 'standard' }, { type: 'procedure' }, { type: 'instruction' }] } };
    const diagnostics = lintFiles(
      { 'p.md': md({ id: 'p', type: 'policy', lang: 'en' }), 's.md': md({ id: 's', type: 'standard', lang: 'en' }), 'i.md': md({ id: 'i', type: 'instruction', lang: 'en' }) },
      { ...only, config },
    );
    expect(summarize(diagnostics)).toEqual(['i.md:1:1-1:4 parent-missing error', 's.md:1:1-1:4 parent-missing error']);
    expect(diagnostics[0]!.messages.en).toContain('the id of the procedure it carries out');
  });
});
