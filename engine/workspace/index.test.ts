import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/schema.ts';
import { documentFromText } from '../parse/from-bytes.ts';
import { WorkspaceIndex } from './index.ts';

const config = defaultConfig('/workspace');

interface Spec {
  id?: string;
  type?: string;
  parent?: string;
  adopted?: string;
  status?: string;
  implements?: string;
  goals?: Array<{ id: string; deadline?: string; implements?: string }>;
}

function text(spec: Spec): string {
  const lines = ['---'];
  if (spec.id) lines.push(`id: ${spec.id}`);
  lines.push(`type: ${spec.type ?? 'service-level'}`, 'title: T', 'owner: U', 'review: 2028-01-01');
  if (spec.parent) lines.push(`parent: ${spec.parent}`);
  if (spec.adopted) lines.push(`adopted: ${spec.adopted}`);
  if (spec.status) lines.push(`status: ${spec.status}`);
  if (spec.implements) lines.push(`implements: [${spec.implements}]`);
  lines.push('---', '', '## Goals', '');
  for (const goal of spec.goals ?? []) {
    lines.push(`### ${goal.id} Goal ${goal.id}`, '', 'Text.', '');
    if (goal.deadline) lines.push(`- Deadline: ${goal.deadline}`);
    if (goal.implements) lines.push(`- Implements: ${goal.implements}`);
    lines.push('');
  }
  return lines.join('\n');
}

const doc = (path: string, spec: Spec) => documentFromText(path, text(spec), config);
const sorted = (set: Set<string>) => [...set].sort();

/** A policy with three goals, two service levels, a guideline below one of them, and a bystander. */
function workspace(): WorkspaceIndex {
  return new WorkspaceIndex([
    doc('policy.md', { id: 'policy', type: 'policy', adopted: '2025-01-01', goals: [{ id: 'M1', deadline: '2027-12-31' }, { id: 'M2' }, { id: 'M3' }] }),
    doc('sn-a.md', { id: 'sn-a', parent: 'policy', goals: [{ id: 'SA1', implements: 'M1' }] }),
    doc('sn-b.md', { id: 'sn-b', parent: 'policy', implements: 'M2', goals: [{ id: 'SB1' }] }),
    doc('sn-c.md', { id: 'sn-c', parent: 'policy', goals: [{ id: 'SC1', implements: 'policy#M1' }] }),
    doc('rl.md', { id: 'rl', type: 'guideline', parent: 'sn-a', goals: [{ id: 'R1', implements: 'SA1' }] }),
    doc('other.md', { id: 'other', type: 'policy', goals: [{ id: 'M1' }] }),
  ]);
}

describe('WorkspaceIndex: lookups', () => {
  it('indexes ids, children and references (bare ones in the parent, qualified ones in the named document)', () => {
    const index = workspace();
    expect(index.resolve('policy')?.path).toBe('policy.md');
    expect(index.childrenOf('policy').map((d) => d.path)).toEqual(['sn-a.md', 'sn-b.md', 'sn-c.md']);
    expect(index.referencersOfGoal('policy', 'M1').map((d) => d.path)).toEqual(['sn-a.md', 'sn-c.md']);
    expect(index.referencersOfGoal('policy', 'M2').map((d) => d.path)).toEqual(['sn-b.md']);
    expect(index.referencersOfGoal('sn-a', 'SA1').map((d) => d.path)).toEqual(['rl.md']);
    expect(index.ids()).toEqual(['other', 'policy', 'rl', 'sn-a', 'sn-b', 'sn-c']);
    expect(index.idsOfType('policy')).toEqual(['other', 'policy']);
  });

  it('resolves a duplicated id to the first document by path, whatever the order of insertion', () => {
    const a = new WorkspaceIndex([doc('z.md', { id: 'dup', type: 'policy' }), doc('a.md', { id: 'dup', type: 'policy' })]);
    const b = new WorkspaceIndex([doc('a.md', { id: 'dup', type: 'policy' }), doc('z.md', { id: 'dup', type: 'policy' })]);
    expect(a.resolve('dup')?.path).toBe('a.md');
    expect(b.resolve('dup')?.path).toBe('a.md');
    expect(a.byId('dup').map((d) => d.path)).toEqual(['a.md', 'z.md']);
    expect(a.isResolutionOfId(a.get('z.md')!)).toBe(false);
  });

  it('finds cycles of 1, 2 and 3 documents, and no cycle for a tail leading into one', () => {
    const index = new WorkspaceIndex([
      doc('self.md', { id: 'self', parent: 'self' }),
      doc('a.md', { id: 'a', parent: 'b' }),
      doc('b.md', { id: 'b', parent: 'a' }),
      doc('x.md', { id: 'x', parent: 'y' }),
      doc('y.md', { id: 'y', parent: 'z' }),
      doc('z.md', { id: 'z', parent: 'x' }),
      doc('tail.md', { id: 'tail', parent: 'x' }),
    ]);
    expect(index.cycleOf(index.get('self.md')!)).toEqual(['self.md']);
    expect(index.cycleOf(index.get('b.md')!)).toEqual(['b.md', 'a.md']);
    expect(index.cycleOf(index.get('y.md')!)).toEqual(['y.md', 'z.md', 'x.md']);
    expect(index.cycleOf(index.get('tail.md')!)).toBeUndefined();
  });
});

describe('WorkspaceIndex: affected documents', () => {
  it('changing one goal ID in a policy marks exactly the documents that reference the old or the new ID', () => {
    const index = workspace();
    const affected = index.set(doc('policy.md', { id: 'policy', type: 'policy', adopted: '2025-01-01', goals: [{ id: 'M9', deadline: '2027-12-31' }, { id: 'M2' }, { id: 'M3' }] }));
    // M1 is gone: sn-a (bare M1) and sn-c (policy#M1) now reference nothing. sn-b (M2), rl and other are untouched.
    expect(sorted(affected)).toEqual(['policy.md', 'sn-a.md', 'sn-c.md']);
    expect(index.referencersOfGoal('policy', 'M1').map((d) => d.path)).toEqual(['sn-a.md', 'sn-c.md']);
  });

  it('a body edit that other documents cannot see affects only the document itself', () => {
    const index = workspace();
    const before = text({ id: 'policy', type: 'policy', adopted: '2025-01-01', goals: [{ id: 'M1', deadline: '2027-12-31' }, { id: 'M2' }, { id: 'M3' }] });
    expect(sorted(index.set(documentFromText('policy.md', before.replace('Goal M2', 'Goal M2 reworded'), config)))).toEqual(['policy.md']);
    expect(sorted(index.set(documentFromText('policy.md', before + '\nMore text at the end.\n', config)))).toEqual(['policy.md']);
  });

  it('a deadline change marks the referencers of that goal only', () => {
    const index = workspace();
    const affected = index.set(doc('policy.md', { id: 'policy', type: 'policy', adopted: '2025-01-01', goals: [{ id: 'M1', deadline: '2026-12-31' }, { id: 'M2' }, { id: 'M3' }] }));
    expect(sorted(affected)).toEqual(['policy.md', 'sn-a.md', 'sn-c.md']);
  });

  it('a change of type or adoption date marks the children (hierarchy-order, stale-child), not the grandchildren', () => {
    const index = workspace();
    expect(sorted(index.set(doc('policy.md', { id: 'policy', type: 'policy', adopted: '2026-01-01', goals: [{ id: 'M1', deadline: '2027-12-31' }, { id: 'M2' }, { id: 'M3' }] })))).toEqual([
      'policy.md',
      'sn-a.md',
      'sn-b.md',
      'sn-c.md',
    ]);
  });

  it('a child that adds or drops a reference marks the document it points into (goal-uncovered)', () => {
    const index = workspace();
    expect(sorted(index.set(doc('sn-b.md', { id: 'sn-b', parent: 'policy', implements: 'M2, M3', goals: [{ id: 'SB1' }] })))).toEqual(['policy.md', 'sn-b.md']);
    // Retiring it takes its references away too.
    expect(sorted(index.set(doc('sn-b.md', { id: 'sn-b', parent: 'policy', status: 'retired', implements: 'M2, M3', goals: [{ id: 'SB1' }] })))).toEqual(['policy.md', 'sn-b.md']);
    // An edit that keeps its references touches only itself.
    expect(sorted(index.set(doc('sn-b.md', { id: 'sn-b', parent: 'policy', status: 'retired', implements: 'M2, M3', goals: [{ id: 'SB2' }] })))).toEqual(['sn-b.md']);
  });

  it('deleting a parent marks its children and the documents referencing it; re-adding it does the same', () => {
    const index = workspace();
    expect(sorted(index.remove('sn-a.md'))).toEqual(['policy.md', 'rl.md', 'sn-a.md']);
    expect(index.parentOf(index.get('rl.md')!)).toBeUndefined();
    expect(sorted(index.set(doc('sn-a.md', { id: 'sn-a', parent: 'policy', goals: [{ id: 'SA1', implements: 'M1' }] })))).toEqual(['policy.md', 'rl.md', 'sn-a.md']);
  });

  it('a new id re-lints the documents whose parent names no document (their suggestions), and nothing else', () => {
    const index = workspace();
    index.set(doc('lost.md', { id: 'lost', parent: 'polcy' }));
    // A second service level changes no census answer (there were three); only lost.md reads all ids.
    expect(sorted(index.set(doc('new.md', { id: 'newcomer', parent: 'sn-b' })))).toEqual(['lost.md', 'new.md']);
    // The first guideline: "exactly one guideline" is now true. The index does not know the chain, so
    // every parentless document of another type is marked (here the two roots) — a documented superset.
    expect(sorted(index.set(doc('g.md', { id: 'g', type: 'guideline', parent: 'sn-b' })))).toEqual(['g.md', 'lost.md', 'other.md', 'policy.md']);
  });

  it('a duplicate id marks every document sharing it, and the children and referencers whose resolution changes', () => {
    const index = workspace();
    // `a-policy.md` sorts before `policy.md`: references to "policy" now reach it.
    const affected = index.set(doc('a-policy.md', { id: 'policy', type: 'policy', goals: [{ id: 'M1' }] }));
    expect(sorted(affected)).toEqual(['a-policy.md', 'policy.md', 'sn-a.md', 'sn-b.md', 'sn-c.md']);
    expect(index.resolve('policy')?.path).toBe('a-policy.md');
    // A later duplicate changes no resolution: only the sharers see id-duplicate.
    const later = index.set(doc('z-policy.md', { id: 'policy', type: 'policy' }));
    expect(sorted(later)).toEqual(['a-policy.md', 'policy.md', 'z-policy.md']);
    // Goals of a shadowed duplicate are read by nobody.
    expect(sorted(index.set(doc('z-policy.md', { id: 'policy', type: 'policy', goals: [{ id: 'M1' }] })))).toEqual(['z-policy.md']);
  });

  it('closing and opening a cycle marks exactly its members', () => {
    const index = new WorkspaceIndex([
      doc('x.md', { id: 'x', parent: 'y' }),
      doc('y.md', { id: 'y', parent: 'z' }),
      doc('z.md', { id: 'z', parent: 'root' }),
      doc('root.md', { id: 'root', type: 'policy' }),
      doc('w.md', { id: 'w', parent: 'root' }),
    ]);
    // z → x closes x → y → z → x. x's and y's children? z's child is y; nothing else reads z's parent.
    expect(sorted(index.set(doc('z.md', { id: 'z', parent: 'x' })))).toEqual(['x.md', 'y.md', 'z.md']);
    expect(index.cycleOf(index.get('x.md')!)).toEqual(['x.md', 'y.md', 'z.md']);
    expect(sorted(index.set(doc('z.md', { id: 'z', parent: 'root' })))).toEqual(['x.md', 'y.md', 'z.md']);
    expect(index.cycleOf(index.get('x.md')!)).toBeUndefined();
    // A self-parent.
    expect(sorted(index.set(doc('w.md', { id: 'w', parent: 'w' })))).toEqual(['w.md']);
    expect(index.cycleOf(index.get('w.md')!)).toEqual(['w.md']);
  });

  it('parent-missing suggestions: a change in whether exactly one document of a type exists marks the parentless documents', () => {
    const index = new WorkspaceIndex([doc('p.md', { id: 'p', type: 'policy' }), doc('orphan.md', { id: 'orphan' })]);
    // A second policy: the orphan can no longer be told "p".
    expect(sorted(index.set(doc('q.md', { id: 'q', type: 'policy' })))).toEqual(['orphan.md', 'q.md']);
    // A guideline (a type of which there was none, now one) changes nothing the orphan or p reads... but orphans of other types might.
    expect(sorted(index.set(doc('g.md', { id: 'g', type: 'guideline', parent: 'orphan' })))).toEqual(['g.md', 'orphan.md', 'p.md', 'q.md']);
  });

  it('updating a document that is not there, and removing one that is not there, affect only that path', () => {
    const index = workspace();
    expect(sorted(index.remove('nope.md'))).toEqual(['nope.md']);
  });

  it('stays consistent with a fresh build after many random updates', () => {
    const ids = ['p', 'q', 's1', 's2', 'g1', 'g2'];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const index = new WorkspaceIndex();
    const current = new Map<string, ReturnType<typeof doc>>();
    for (let step = 0; step < 400; step++) {
      const path = `f${random(8)}.md`;
      if (random(5) === 0) {
        index.remove(path);
        current.delete(path);
      } else {
        const goals = [{ id: `M${random(3)}`, deadline: `2027-0${1 + random(9)}-01`, implements: random(2) ? `M${random(3)}` : `${ids[random(6)]}#M${random(3)}` }];
        const d = doc(path, { id: ids[random(6)]!, type: ['policy', 'service-level', 'guideline'][random(3)]!, parent: random(4) ? ids[random(6)]! : undefined, goals });
        index.set(d);
        current.set(path, d);
      }
      const fresh = new WorkspaceIndex(current.values());
      for (const id of ids) {
        expect(index.resolve(id)?.path).toBe(fresh.resolve(id)?.path);
        expect(index.childrenOf(id).map((d) => d.path)).toEqual(fresh.childrenOf(id).map((d) => d.path));
        for (const goal of ['M0', 'M1', 'M2']) expect(index.referencersOfGoal(id, goal).map((d) => d.path)).toEqual(fresh.referencersOfGoal(id, goal).map((d) => d.path));
      }
      for (const d of current.values()) expect(index.cycleOf(d)).toEqual(fresh.cycleOf(d));
      expect(index.ids()).toEqual(fresh.ids());
    }
  });
});

describe('WorkspaceIndex: scale', () => {
  it('indexes 10,000 documents (with a 10,000-long parent chain) without deep recursion, and updates locally (timing lives in bench/)', () => {
    const texts: Array<[string, string]> = [];
    texts.push(['d0.md', text({ id: 'd0', type: 'policy', goals: [{ id: 'M1' }] })]);
    for (let i = 1; i < 10_000; i++) texts.push([`d${i}.md`, text({ id: `d${i}`, parent: `d${i - 1}`, goals: [{ id: 'M1', implements: 'M1' }] })]);
    const documents = texts.map(([path, t]) => documentFromText(path, t, config));
    const index = new WorkspaceIndex(documents);
    expect(index.documents().filter((d) => index.cycleOf(d) !== undefined)).toEqual([]);
    const affected = index.set(documentFromText('d5000.md', texts[5000]![1].replace('Goal M1', 'Goal M1 again'), config));
    expect(sorted(affected)).toEqual(['d5000.md']);
    // Renaming the goal marks the one child referencing it.
    expect(sorted(index.set(documentFromText('d5000.md', texts[5000]![1].replace('### M1', '### M2'), config)))).toEqual(['d5000.md', 'd5001.md']);
  }, 120_000);
});
