import { describe, expect, it } from 'vitest';
import { lintFiles, summarize } from '../../test/support/lint-files.ts';
import { md } from './support/test-docs.ts';

const only = { only: ['goal-uncovered'] };
const policy = md({ id: 'politik', type: 'politik', goals: [{ head: 'M1 Skolegang' }, { head: 'M2 Trivsel' }, { head: 'M3 Sundhed' }] });

describe('goal-uncovered', () => {
  it('reports policy and service-level goals that no document below carries out, at the goal headline', () => {
    const diagnostics = lintFiles(
      {
        'politik.md': policy,
        // M1 via a goal field, M2 via front matter (qualified): only M3 is uncovered.
        'sn.md': md({ id: 'sn', type: 'serviceniveau', parent: 'politik', implements: 'politik#M2', goals: [{ head: 'S1 Frister', fields: ['Udmønter: M1'] }, { head: 'S2 Tilsyn' }] }),
        'rl.md': md({ id: 'rl', type: 'retningslinje', parent: 'sn', implements: 'S1' }),
      },
      only,
    );
    expect(summarize(diagnostics)).toEqual(['politik.md:19:5-19:15 goal-uncovered warning M3', 'sn.md:19:5-19:14 goal-uncovered warning S2']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Intet dokument udmønter mål M3 (intet dokument af typen serviceniveau henviser til det med "Udmønter: M3") — kæden fra mål til praksis er brudt.',
      'Intet dokument udmønter mål S2 (intet dokument af typen retningslinje henviser til det med "Udmønter: S2") — kæden fra mål til praksis er brudt.',
    ]);
  });

  it('reports every goal of a policy with no service levels yet (the chain is broken), never leaf-level goals', () => {
    const diagnostics = lintFiles({ 'politik.md': policy, 'rl.md': md({ id: 'rl', type: 'retningslinje', parent: 'x', goals: [{ head: 'R1 X' }] }) }, only);
    expect(summarize(diagnostics)).toEqual(['politik.md:11:5-11:17 goal-uncovered warning M1', 'politik.md:15:5-15:15 goal-uncovered warning M2', 'politik.md:19:5-19:15 goal-uncovered warning M3']);
  });

  it('does not count references from retired documents, and skips retired documents', () => {
    const files = {
      'politik.md': md({ id: 'politik', type: 'politik', goals: [{ head: 'M1 Skolegang' }] }),
      'sn.md': md({ id: 'sn', type: 'serviceniveau', parent: 'politik', status: 'udgået', implements: 'M1' }),
      'gammel.md': md({ id: 'gammel', type: 'politik', status: 'udgået', goals: [{ head: 'M1 X' }] }),
    };
    expect(summarize(lintFiles(files, only))).toEqual(['politik.md:11:5-11:17 goal-uncovered warning M1']);
  });

  it('with a duplicated id, only the document references reach is checked', () => {
    const files = {
      'a.md': md({ id: 'politik', type: 'politik', goals: [{ head: 'M1 Skolegang' }] }),
      'b.md': md({ id: 'politik', type: 'politik', goals: [{ head: 'M1 Skolegang' }, { head: 'M2 Andet' }] }),
      'sn.md': md({ id: 'sn', type: 'serviceniveau', parent: 'politik', implements: 'M1' }),
    };
    expect(lintFiles(files, only)).toEqual([]);
  });

  it('follows a custom four-level chain: standards and procedures are covered from below, instructions never report', () => {
    const config = { hierarchy: { levels: [{ type: 'policy' }, { type: 'standard' }, { type: 'procedure' }, { type: 'instruction' }] } };
    const files = {
      'p.md': md({ id: 'p', type: 'policy', lang: 'en', goals: [{ head: 'P1 X' }] }),
      's.md': md({ id: 's', type: 'standard', parent: 'p', implements: 'P1', lang: 'en', goals: [{ head: 'S1 X' }] }),
      'pr.md': md({ id: 'pr', type: 'procedure', parent: 's', implements: 'S1', lang: 'en', goals: [{ head: 'PR1 X' }] }),
      'i.md': md({ id: 'i', type: 'instruction', parent: 'pr', lang: 'en', goals: [{ head: 'I1 X' }] }),
    };
    const diagnostics = lintFiles(files, { ...only, config });
    expect(summarize(diagnostics)).toEqual(['pr.md:13:5-13:10 goal-uncovered warning PR1']);
    expect(diagnostics[0]!.messages.en).toContain('no instruction document refers to it');
  });
});
