import { describe, expect, it } from 'vitest';
import { lintFiles, summarize } from '../../test/support/lint-files.ts';
import { md } from './support/test-docs.ts';

const only = { only: ['hierarchy-order'] };

describe('hierarchy-order', () => {
  it('reports a guideline directly under the policy, naming both levels, with the parent type as related', () => {
    const diagnostics = lintFiles({ 'politik.md': md({ id: 'politik', type: 'politik' }), 'rl.md': md({ id: 'rl', type: 'retningslinje', parent: 'politik' }) }, only);
    expect(summarize(diagnostics)).toEqual(['rl.md:6:13-6:20 hierarchy-order error']);
    expect(diagnostics[0]!.messages).toEqual({
      da: 'Det overordnede dokument "politik" er af typen politik, men et dokument af typen retningslinje skal høre under typen serviceniveau.',
      en: 'The parent "politik" is of type policy, but a document of type guideline belongs under type service level.',
    });
    expect(diagnostics[0]!.related?.map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column}`)).toEqual(['politik.md:3:7']);
  });

  it('reports a service level under a guideline and a policy with a parent', () => {
    const diagnostics = lintFiles(
      {
        'a.md': md({ id: 'a', type: 'policy', parent: 'b', lang: 'en' }),
        'b.md': md({ id: 'b', type: 'policy', lang: 'en' }),
        'g.md': md({ id: 'g', type: 'guideline', parent: 's', lang: 'en' }),
        's.md': md({ id: 's', type: 'service-level', parent: 'b', lang: 'en' }),
        'x.md': md({ id: 'x', type: 'service-level', parent: 'g', lang: 'en' }),
      },
      only,
    );
    expect(summarize(diagnostics)).toEqual(['a.md:6:9-6:10 hierarchy-order error', 'x.md:6:9-6:10 hierarchy-order error']);
    expect(diagnostics[0]!.messages.en).toBe('Documents of type policy are the top level and have no parent, but "b" (policy) is given.');
  });

  it('leaves cycles to hierarchy-cycle and unknown parents to parent-unknown', () => {
    expect(lintFiles({ 'a.md': md({ id: 'a', type: 'politik', parent: 'a' }), 'b.md': md({ id: 'b', type: 'retningslinje', parent: 'nope' }) }, only)).toEqual([]);
  });

  it('follows a custom four-level chain', () => {
    const config = { hierarchy: { levels: [{ type: 'policy' }, { type: 'standard' }, { type: 'procedure' }, { type: 'instruction' }] } };
    const files = {
      'p.md': md({ id: 'p', type: 'policy', lang: 'en' }),
      's.md': md({ id: 's', type: 'standard', parent: 'p', lang: 'en' }),
      'pr.md': md({ id: 'pr', type: 'procedure', parent: 's', lang: 'en' }),
      'i.md': md({ id: 'i', type: 'instruction', parent: 'pr', lang: 'en' }),
      'bad.md': md({ id: 'bad', type: 'instruction', parent: 's', lang: 'en' }),
    };
    const diagnostics = lintFiles(files, { ...only, config });
    expect(summarize(diagnostics)).toEqual(['bad.md:6:9-6:10 hierarchy-order error']);
    expect(diagnostics[0]!.messages.en).toBe('The parent "s" is of type standard, but a document of type instruction belongs under type procedure.');
  });
});
