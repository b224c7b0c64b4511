import { describe, expect, it } from 'vitest';
import { lintFiles, summarize } from '../../test/support/lint-files.ts';
import { md } from './support/test-docs.ts';

const only = { only: ['implements-unknown'] };
const policy = md({ id: 'boernepolitik-2025', type: 'politik', goals: [{ head: 'M1 Skolegang' }, { head: 'M2 Trivsel' }] });

describe('implements-unknown', () => {
  it('resolves bare IDs in the parent and reports unknown ones with the closest goal IDs', () => {
    const sn = md({
      id: 'sn',
      type: 'serviceniveau',
      parent: 'boernepolitik-2025',
      implements: 'M1, M4',
      goals: [{ head: 'S1 Frister', fields: ['Udmønter: M2, M7'] }],
    });
    const diagnostics = lintFiles({ 'politik.md': policy, 'sn.md': sn }, only);
    expect(summarize(diagnostics)).toEqual(['sn.md:7:16-7:18 implements-unknown error', 'sn.md:17:17-17:19 implements-unknown error S1']);
    expect(diagnostics[0]!.messages.da).toBe('"boernepolitik-2025" har intet mål M4 — mente du "M1" eller "M2"?');
    expect(diagnostics[1]!.suggestions!.map((s) => s.edits[0]!.newText)).toEqual(['M1', 'M2']);
    expect(diagnostics[1]!.related!.map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column}`)).toEqual(['politik.md:11:5', 'politik.md:15:5']);
  });

  it('resolves qualified IDs in the named document and reports a document that does not exist', () => {
    const rl = md({
      id: 'rl',
      type: 'retningslinje',
      parent: 'sn',
      goals: [{ head: 'R1 Skridt', fields: ['Udmønter: boernepolitik-2025#M1, boernepolitik-2025#M9, bornepolitik-2025#M1'] }],
    });
    const sn = md({ id: 'sn', type: 'serviceniveau', parent: 'boernepolitik-2025' });
    const diagnostics = lintFiles({ 'politik.md': policy, 'sn.md': sn, 'rl.md': rl }, only);
    expect(summarize(diagnostics)).toEqual(['rl.md:16:36-16:57 implements-unknown error R1', 'rl.md:16:59-16:79 implements-unknown error R1']);
    expect(diagnostics[1]!.messages.en).toBe('The reference "bornepolitik-2025#M1" names the document "bornepolitik-2025", which does not exist — did you mean "boernepolitik-2025"?');
    expect(diagnostics[1]!.suggestions![0]!.edits[0]).toMatchObject({ newText: 'boernepolitik-2025' });
  });

  it('resolves qualified references for every document id the schema accepts: capitals, dots, underscores', () => {
    const files = {
      'bup.md': md({ id: 'BUP-2025', type: 'politik', goals: [{ head: 'M1 Skolegang' }] }),
      'politik.md': md({ id: 'politik.2025', type: 'politik', goals: [{ head: 'M1 Trivsel' }] }),
      'under.md': md({ id: 'Ældre_Politik', type: 'politik', goals: [{ head: 'M1 Trivsel' }] }),
      'sn.md': md({
        id: 'sn',
        type: 'serviceniveau',
        parent: 'BUP-2025',
        goals: [{ head: 'S1 Frister', fields: ['Udmønter: BUP-2025#M1, politik.2025#M1, Ældre_Politik#M1, politik.2025#M7'] }],
      }),
    };
    const diagnostics = lintFiles(files, only);
    expect(summarize(diagnostics)).toEqual(['sn.md:16:61-16:76 implements-unknown error S1']);
    expect(diagnostics[0]!.messages.en).toBe('"politik.2025" has no goal M7 — did you mean "M1"?');
  });

  it('reports a bare ID in a top-level document, and leaves missing or unknown parents to the parent rules', () => {
    const diagnostics = lintFiles(
      {
        'politik.md': md({ id: 'p', type: 'policy', lang: 'en', goals: [{ head: 'M1 X', fields: ['Implements: M1'] }] }),
        'a.md': md({ id: 'a', type: 'service-level', implements: 'M1' }),
        'b.md': md({ id: 'b', type: 'service-level', parent: 'nowhere', implements: 'M1' }),
      },
      only,
    );
    expect(summarize(diagnostics)).toEqual(['politik.md:15:15-15:17 implements-unknown error M1']);
    expect(diagnostics[0]!.messages.en).toBe('The bare goal ID M1 cannot be looked up: a top-level document has no parent. Write "document-id#M1".');
  });

  it('accepts references that resolve, bare and qualified, in front matter and in goals', () => {
    const sn = md({ id: 'sn', type: 'serviceniveau', parent: 'boernepolitik-2025', implements: 'M1, boernepolitik-2025#M2', goals: [{ head: 'S1 X', fields: ['Udmønter: M2'] }] });
    const rl = md({ id: 'rl', type: 'retningslinje', parent: 'sn', goals: [{ head: 'R1 X', fields: ['Udmønter: S1, boernepolitik-2025#M1'] }] });
    expect(lintFiles({ 'politik.md': policy, 'sn.md': sn, 'rl.md': rl }, only)).toEqual([]);
  });

  it('with a duplicated id, resolves in the first document by path', () => {
    const other = md({ id: 'boernepolitik-2025', type: 'politik', goals: [{ head: 'M9 Andet' }] });
    const sn = md({ id: 'sn', type: 'serviceniveau', parent: 'boernepolitik-2025', implements: 'M1, M9' });
    // a.md sorts before politik.md: references go to it, so M1 is unknown and M9 resolves.
    expect(summarize(lintFiles({ 'politik.md': policy, 'a.md': other, 'sn.md': sn }, only))).toEqual(['sn.md:7:12-7:14 implements-unknown error']);
    expect(summarize(lintFiles({ 'politik.md': policy, 'z.md': other, 'sn.md': sn }, only))).toEqual(['sn.md:7:16-7:18 implements-unknown error']);
  });
});
