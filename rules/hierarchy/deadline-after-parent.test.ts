import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';
import { lateByStatementFixture, md } from './support/test-docs.ts';

const only = { only: ['deadline-after-parent'] };
const policy = md({
  id: 'politik',
  type: 'politik',
  goals: [
    { head: 'M1 Skolegang', fields: ['Frist: 2027-12-31'] },
    { head: 'M2 Trivsel', fields: ['Frist: 2026-06-30'] },
  ],
});

describe('deadline-after-parent', () => {
  it('reports a goal deadline after the parent goal it carries out, with the parent deadline as related', () => {
    const sn = md({ id: 'sn', type: 'serviceniveau', parent: 'politik', goals: [{ head: 'S1 Frister', fields: ['Udmønter: M1', 'Frist: 2028-06-30'] }] });
    const diagnostics = lintFiles({ 'politik.md': policy, 'sn.md': sn }, only);
    expect(summarize(diagnostics)).toEqual(['sn.md:17:10-17:20 deadline-after-parent warning S1']);
    const [d] = diagnostics;
    expect(d!.message).toBe('Fristen 2028-06-30 ligger efter fristen 2027-12-31 for M1 i "politik", som målet udmønter.');
    expect(d!.related!.map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column}-${r.range.end.column} ${r.message.en}`)).toEqual([
      'politik.md:15:10-20 Deadline of M1 in "politik": 2027-12-31',
    ]);
    expect(applyEdits(sn, d!.suggestions![0]!.edits)).toContain('- Frist: 2027-12-31');
  });

  it('uses front-matter implements for goals without their own, qualified references, and names the earliest parent deadline', () => {
    const rl = md({
      id: 'rl',
      type: 'retningslinje',
      parent: 'sn',
      implements: 'politik#M1, politik#M2',
      goals: [
        { head: 'R1 Skridt', fields: ['Frist: 2028-01-31'] },
        { head: 'R2 Skridt', fields: ['Frist: 2026-01-31'] },
      ],
    });
    const sn = md({ id: 'sn', type: 'serviceniveau', parent: 'politik' });
    const diagnostics = lintFiles({ 'politik.md': policy, 'sn.md': sn, 'rl.md': rl }, only);
    expect(summarize(diagnostics)).toEqual(['rl.md:17:10-17:20 deadline-after-parent warning R1']);
    expect(diagnostics[0]!.messages.en).toBe('The deadline 2028-01-31 falls after the deadline 2026-06-30 of M2 in "politik", which this goal carries out.');
    expect(diagnostics[0]!.related).toHaveLength(2);
  });

  it('accepts deadlines on or before the parent deadline, and goals whose parent goal has no deadline', () => {
    const sn = md({
      id: 'sn',
      type: 'serviceniveau',
      parent: 'politik',
      goals: [
        { head: 'S1 X', fields: ['Udmønter: M1', 'Frist: 2027-12-31'] },
        { head: 'S2 X', fields: ['Udmønter: M2', 'Frist: 31. marts 2026'] },
        { head: 'S3 X', fields: ['Udmønter: M3', 'Frist: 2030-01-01'] },
      ],
    });
    expect(lintFiles({ 'politik.md': policy, 'sn.md': sn }, only)).toEqual([]);
  });

  it('reads written dates in English documents too', () => {
    const p = md({ id: 'p', type: 'policy', lang: 'en', goals: [{ head: 'G1 X', fields: ['Deadline: 31 December 2027'] }] });
    const s = md({ id: 's', type: 'service-level', parent: 'p', lang: 'en', goals: [{ head: 'S1 X', fields: ['Implements: G1', 'Deadline: March 1, 2028'] }] });
    expect(summarize(lintFiles({ 'p.md': p, 's.md': s }, only))).toEqual(['s.md:17:13-17:26 deadline-after-parent warning S1']);
  });

  it('reads a parent deadline written in the statement, in words in the field or in the target field, as every goal rule does', () => {
    const files = lateByStatementFixture();
    const diagnostics = lintFiles(files, only);
    // The child's own deadline is read the same way: S2's date is in its statement, S3's in its target field.
    expect(summarize(diagnostics)).toEqual([
      'sn.md:17:10-17:20 deadline-after-parent warning S1',
      'sn.md:21:50-21:63 deadline-after-parent warning S2',
      'sn.md:30:23-30:45 deadline-after-parent warning S3',
    ]);
    const byGoal = new Map(diagnostics.map((d) => [d.goal, d]));
    expect(byGoal.get('S1')!.message).toBe('Fristen 2029-06-30 ligger efter fristen 2027-12-31 for M1 i "politik", som målet udmønter.');
    expect(byGoal.get('S1')!.related!.map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column}-${r.range.end.column}`)).toEqual(['politik.md:13:78-95']);
    // A date in a sentence is the author's to reword: no edit is offered there.
    expect(byGoal.get('S2')!.suggestions ?? []).toEqual([]);
    expect(byGoal.get('S2')!.related!.map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column}-${r.range.end.column}`)).toEqual(['politik.md:19:17-34']);
    expect(byGoal.get('S3')!.message).toBe('Fristen 2029-12-31 ligger efter fristen 2027-12-31 for M3 i "politik", som målet udmønter.');
    expect(byGoal.get('S3')!.suggestions ?? []).toEqual([]);
    expect(byGoal.get('S3')!.related!.map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column}-${r.range.end.column}`)).toEqual(['politik.md:25:31-48']);
  });
});
