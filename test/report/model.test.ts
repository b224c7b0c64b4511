// The report's data model: hierarchy order, traceability, coverage, SMART scorecard derived from
// goal-family diagnostics, timeline relative to today, counts. Goal-family rules are stand-ins
// here (the model reads diagnostics, not rule internals), so these tests pin the model alone.
import { describe, expect, it } from 'vitest';
import { resolveConfig, type ConfigInput } from '../../engine/config/schema.ts';
import { lintWorkspace } from '../../engine/lint/runner.ts';
import { documentFromText } from '../../engine/parse/from-bytes.ts';
import type { Rule } from '../../engine/rule.ts';
import { WorkspaceIndex } from '../../engine/workspace/index.ts';
import { buildReportModel, type ReportModel } from '../../cli/report/model.ts';
import { hierarchyRules } from '../../rules/hierarchy/index.ts';
import { md } from '../../rules/hierarchy/support/test-docs.ts';

/** A stand-in goal rule: reports `rule` on every goal whose statement matches `when`. */
function goalRule(id: string, when: (statement: string, fields: string[]) => boolean): Rule {
  return {
    meta: { id, family: 'goal', defaultSeverity: 'warning', description: { da: id, en: id }, fixable: false, hasSuggestions: false, messages: { m: { da: `${id} da`, en: `${id} en` } } },
    check(context) {
      for (const goal of context.document.goals) {
        if (
          when(
            goal.statement,
            goal.fields.map((field) => field.key),
          )
        )
          context.report({ messageId: 'm', range: goal.titleRange, ...(goal.id ? { goal: goal.id } : {}) });
      }
    },
  };
}

const vague = goalRule('vague-goal', (statement) => /styrke/i.test(statement));
const noDeadline = goalRule('missing-deadline', (_statement, fields) => !fields.includes('deadline'));

function model(files: Record<string, string>, options: { config?: ConfigInput; rules?: readonly Rule[]; today?: string; lang?: 'da' | 'en' } = {}): ReportModel {
  const config = resolveConfig(options.config ?? {}, '/workspace');
  const workspace = new WorkspaceIndex(Object.entries(files).map(([path, text]) => documentFromText(path, text, config)));
  const rules = options.rules ?? [...hierarchyRules, vague, noDeadline];
  const today = options.today ?? '2026-11-23';
  const diagnostics = lintWorkspace(workspace, { config, rules, today });
  return buildReportModel({ workspace, diagnostics, config, rules, today, lang: options.lang ?? 'da' });
}

const chain = {
  'p.md': md({
    id: 'pol',
    type: 'politik',
    goals: [
      { head: 'M1 Flere gennemfører skolen', fields: ['Ansvarlig: Direktøren', 'Frist: 2027-12-31'] },
      { head: 'M2 Vi vil styrke trivslen' },
      { head: 'M3 Ingen udmønter dette', fields: ['Frist: 1. marts 2026'] },
    ],
  }),
  's.md': md({
    id: 'sn',
    type: 'serviceniveau',
    parent: 'pol',
    goals: [
      { head: 'SN1 Skoleplan', fields: ['Udmønter: M1', 'Frist: 2026-09-30'] },
      { head: 'SN2 Trivsel', fields: ['Udmønter: M2', 'Frist: 2026-11-23'] },
    ],
  }),
  's2.md': md({ id: 'sn-hel', type: 'serviceniveau', parent: 'pol', implements: 'M2' }),
  'r.md': md({ id: 'rl', type: 'retningslinje', parent: 'sn', goals: [{ head: 'R1 Plan skrives', fields: ['Udmønter: SN1', 'Ansvarlig: Rådgiveren', 'Frist: 2026-10-01'] }] }),
  'r-old.md': md({ id: 'rl-old', type: 'retningslinje', parent: 'sn', status: 'udgået', goals: [{ head: 'R9 Gammel', fields: ['Udmønter: SN2'] }] }),
  'orphan.md': md({ id: 'rl-orphan', type: 'retningslinje', parent: 'findes-ikke' }),
};

describe('report model', () => {
  it('orders documents by hierarchy (roots, then each subtree) and resolves parents', () => {
    const m = model(chain);
    expect(m.documents.map((d) => [d.key, d.id, d.level, d.parentKey ?? null])).toEqual([
      ['p.md', 'pol', 0, null],
      ['s.md', 'sn', 1, 'p.md'],
      ['r.md', 'rl', 2, 's.md'],
      ['r-old.md', 'rl-old', 2, 's.md'],
      ['s2.md', 'sn-hel', 1, 'p.md'],
      ['orphan.md', 'rl-orphan', 2, null],
    ]);
    expect(m.documents.every((d) => d.governance)).toBe(true);
    expect(m.documents.find((d) => d.id === 'rl-orphan')!.worst).toBe('error'); // parent-unknown
  });

  it('traces each policy goal through the goals (or whole documents) that carry it out', () => {
    const m = model(chain);
    const short = (node: { documentKey: string; goalKey?: string; children: unknown[] }): unknown => [node.goalKey ?? node.documentKey, (node.children as Array<typeof node>).map(short)];
    expect(m.trace.map((row) => [row.goalKey, row.carriers.map(short)])).toEqual([
      ['p.md#M1', [['s.md#SN1', [['r.md#R1', []]]]]],
      // SN2 is carried out only by a retired guideline: that does not count.
      [
        'p.md#M2',
        [
          ['s.md#SN2', []],
          ['s2.md', []],
        ],
      ],
      ['p.md#M3', []],
    ]);
    const uncovered = m.goals.filter((goal) => goal.uncovered).map((goal) => goal.key);
    expect(uncovered).toEqual(['p.md#M3', 's.md#SN2']);
    // Guideline goals are the last level: never "uncovered".
    expect(m.goals.find((goal) => goal.key === 'r.md#R1')!.uncovered).toBe(false);
    expect(m.totals).toMatchObject({ coverableGoals: 5, uncoveredGoals: 2 });
  });

  it('derives the SMART scorecard from goal diagnostics; criteria whose rules did not run are unchecked', () => {
    const m = model(chain);
    const card = (key: string) => m.goals.find((goal) => goal.key === key)!.scorecard;
    expect(card('p.md#M1')).toEqual({ S: 'pass', M: 'unchecked', A: 'unchecked', R: 'unchecked', T: 'pass' });
    expect(card('p.md#M2')).toEqual({ S: 'fail', M: 'unchecked', A: 'unchecked', R: 'unchecked', T: 'fail' });
    expect(m.criteria.S).toEqual({ rules: ['vague-goal'], checked: true });
    expect(m.criteria.R).toEqual({ rules: ['hedged-goal'], checked: false });
    expect(m.criteria.M.checked).toBe(false);
    expect(m.goals.find((goal) => goal.key === 'p.md#M2')!.findings.map((f) => f.rule)).toEqual(['missing-deadline', 'vague-goal']);

    // Each verdict explains itself: the finding when it fails, the SMART analysis when it passes and agrees.
    expect(m.goals.find((goal) => goal.key === 'p.md#M2')!.reasons).toMatchObject({ S: 'vague-goal da', T: 'missing-deadline da' });
    expect(m.goals.find((goal) => goal.key === 'p.md#M1')!.reasons.T).toMatch(/^Tidsbestemt/);
    expect(m.goals.find((goal) => goal.key === 'p.md#M1')!.reasons.M).toBeUndefined();

    const off = model(chain, { config: { rules: { 'vague-goal': 'off' } }, rules: [vague, noDeadline] });
    expect(off.goals.find((goal) => goal.key === 'p.md#M2')!.scorecard.S).toBe('unchecked');
  });

  it('puts review dates and goal deadlines on a timeline relative to today, skipping retired documents', () => {
    const m = model(chain);
    expect(m.timeline.map((e) => [e.date, e.kind, e.goalKey ?? e.documentKey, e.days, e.state])).toEqual([
      ['2026-03-01', 'deadline', 'p.md#M3', -267, 'overdue'], // written Danish date, read as a date
      ['2026-09-30', 'deadline', 's.md#SN1', -54, 'overdue'],
      ['2026-10-01', 'deadline', 'r.md#R1', -53, 'overdue'],
      ['2026-11-23', 'deadline', 's.md#SN2', 0, 'today'],
      ['2027-12-31', 'deadline', 'p.md#M1', 403, 'upcoming'],
      ['2028-01-01', 'review', 'orphan.md', 404, 'upcoming'],
      ['2028-01-01', 'review', 'p.md', 404, 'upcoming'],
      ['2028-01-01', 'review', 'r.md', 404, 'upcoming'],
      ['2028-01-01', 'review', 's.md', 404, 'upcoming'],
      ['2028-01-01', 'review', 's2.md', 404, 'upcoming'],
    ]);
    expect(m.goals.find((goal) => goal.key === 'p.md#M3')!).toMatchObject({ deadline: '1. marts 2026', deadlineDate: '2026-03-01' });
    expect(m.totals).toMatchObject({ overdueDeadlines: 3, overdueReviews: 0 });
  });

  it("reads a goal's deadline and owner as the goal rules do: a target field's date, the acting unit behind a placeholder, no empty field", () => {
    const text = md({
      id: 'p',
      type: 'politik',
      goals: [
        { head: 'M1 Flere børn i trivsel', text: 'Andelen af børn i trivsel skal stige.', fields: ['Indikator: trivselsmåling', 'Målværdi: 70 % senest 31. december 2027'] },
        { head: 'M2 Sager vurderes', text: 'Myndighedsteamet vurderer hver underretning inden for 24 timer.', fields: ['Ansvarlig: [enhed eller rolle]'] },
        { head: 'M3 Kortere ventetid', text: 'Ventetiden falder.', fields: ['Ansvarlig:', 'Frist: snarest'] },
      ],
    });
    const goals = model({ 'p.md': text }).goals.map((goal) => [goal.id, goal.owner ?? null, goal.deadline ?? null, goal.deadlineDate ?? null]);
    expect(goals).toEqual([
      ['M1', null, '31. december 2027', '2027-12-31'],
      ['M2', 'Myndighedsteamet', null, null],
      ['M3', null, 'snarest', null],
    ]);
  });

  it('lists who must act by when: owners by their earliest deadline, goals by date, dates that are no date last', () => {
    const m = model(chain);
    const short = m.actions.map((group) => [group.owner ?? null, group.overdue, group.items.map((item) => [item.goalKey, item.date ?? item.deadline, item.state ?? null])]);
    expect(short).toEqual([
      [
        null,
        2,
        [
          ['p.md#M3', '2026-03-01', 'overdue'],
          ['s.md#SN1', '2026-09-30', 'overdue'],
          ['s.md#SN2', '2026-11-23', 'today'],
        ],
      ],
      ['Rådgiveren', 1, [['r.md#R1', '2026-10-01', 'overdue']]],
      ['Direktøren', 0, [['p.md#M1', '2027-12-31', 'upcoming']]],
    ]);
    const written = model({
      'x.md': md({
        id: 'x',
        type: 'politik',
        goals: [
          { head: 'M1 A', fields: ['Ansvarlig: Enheden', 'Frist: snarest'] },
          { head: 'M2 B', fields: ['Ansvarlig: Enheden', 'Frist: 2027-01-01'] },
          { head: 'M3 C', fields: ['Ansvarlig: [Enhed eller rolle]', 'Frist: 2028-01-01'] },
        ],
      }),
    });
    expect(written.actions).toEqual([
      {
        owner: 'Enheden',
        overdue: 0,
        items: [
          { goalKey: 'x.md#M2', deadline: '2027-01-01', date: '2027-01-01', days: 39, state: 'upcoming' },
          { goalKey: 'x.md#M1', deadline: 'snarest' },
        ],
      },
      // A template placeholder names nobody.
      { overdue: 0, items: [{ goalKey: 'x.md#M3', deadline: '2028-01-01', date: '2028-01-01', days: 404, state: 'upcoming' }] },
    ]);
  });

  it('counts findings per rule and per document, and agrees with the diagnostics', () => {
    const m = model(chain);
    const byRule = Object.fromEntries(m.rules.map((r) => [r.rule, [r.counts.error, r.counts.warning, r.counts.info, r.files]]));
    expect(byRule['parent-unknown']).toEqual([1, 0, 0, 1]);
    expect(byRule['goal-uncovered']).toEqual([0, 2, 0, 2]);
    expect(m.rules[0]!.rule).toBe('parent-unknown'); // errors first
    const sum = m.documents.reduce((acc, d) => acc + d.counts.error + d.counts.warning + d.counts.info, 0);
    expect(sum).toBe(m.totals.error + m.totals.warning + m.totals.info);
  });

  it('shows the document owner on goals without one when goals inherit it', () => {
    const owners = (config: ConfigInput) =>
      model(chain, { config })
        .goals.filter((goal) => goal.documentKey === 'p.md')
        .map((goal) => goal.owner ?? null);
    expect(owners({})).toEqual(['Direktøren', null, null]);
    expect(owners({ goalsInheritOwner: true })).toEqual(['Direktøren', 'Enheden', 'Enheden']);
  });

  it('survives a cycle of parents, duplicate goal IDs and files without front matter', () => {
    const m = model({
      'a.md': md({ id: 'a', type: 'serviceniveau', parent: 'b', goals: [{ head: 'S1 En' }, { head: 'S1 To' }] }),
      'b.md': md({ id: 'b', type: 'serviceniveau', parent: 'a' }),
      'noter.md': '# Noter\n\nIkke et styringsdokument.\n',
    });
    expect(m.documents.map((d) => d.key)).toEqual(['a.md', 'b.md']);
    expect(m.goals.map((g) => g.key)).toEqual(['a.md#S1', 'a.md#@2']);
    expect(m.trace).toEqual([]);
  });
});
