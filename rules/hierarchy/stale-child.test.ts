import { describe, expect, it } from 'vitest';
import { lintFiles, summarize } from '../../test/support/lint-files.ts';
import { md } from './support/test-docs.ts';

const only = { only: ['stale-child'] };

describe('stale-child', () => {
  it('reports a child adopted before its parent, with the parent adoption as related', () => {
    const diagnostics = lintFiles(
      {
        'politik.md': md({ id: 'politik', type: 'politik', adopted: '2025-03-12', status: 'vedtaget' }),
        'sn.md': md({ id: 'sn', type: 'serviceniveau', parent: 'politik', adopted: '2024-11-01', status: 'vedtaget' }),
      },
      only,
    );
    expect(summarize(diagnostics)).toEqual(['sn.md:7:11-7:21 stale-child info']);
    expect(diagnostics[0]!.message).toBe('Det overordnede dokument "politik" blev vedtaget 2025-03-12, efter dette dokument (2024-11-01). Gennemgå, om dokumentet stadig udmønter det.');
    expect(diagnostics[0]!.related!.map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column}`)).toEqual(['politik.md:6:11']);
  });

  it('accepts children adopted on or after the parent, drafts, retired children and unknown parents', () => {
    expect(
      lintFiles(
        {
          'politik.md': md({ id: 'politik', type: 'politik', adopted: '2025-03-12' }),
          'a.md': md({ id: 'a', type: 'serviceniveau', parent: 'politik', adopted: '2025-03-12' }),
          'b.md': md({ id: 'b', type: 'serviceniveau', parent: 'politik' }),
          'c.md': md({ id: 'c', type: 'serviceniveau', parent: 'politik', adopted: '2020-01-01', status: 'udgået' }),
          'd.md': md({ id: 'd', type: 'serviceniveau', parent: 'nowhere', adopted: '2020-01-01' }),
        },
        only,
      ),
    ).toEqual([]);
  });
});
