import { goalDue, type DueInput } from '../analysis/due.ts';
import type { DocumentOutline, GoalDue, GoalOutline, GoalRef, GovDocument } from '../model/document.ts';
import type { Lang, Range } from '../types.ts';

/** A goal reference resolved to the document it names (`M1` → the parent, `doc#M1` → doc). */
export interface ResolvedRef<D extends DocumentOutline = GovDocument> {
  ref: GoalRef;
  /** Id of the document the reference points into. */
  documentId: string;
  /** The document carrying that id (the first by path when the id is duplicated). */
  document?: D;
  /** The first goal with that ID in the document. */
  goal?: D['goals'][number];
}

// ---------------------------------------------------------------------------------------------
// What other documents can observe of a document.
//
// The hierarchy rules of a document D read, of other documents:
//  - its parent (resolved by id): type, `adopted`, and where those values stand (related
//    locations), and the parent chain (cycles);
//  - the documents its references resolve to: whether they exist, their goal IDs, and the
//    deadline (value and position) of the referenced goal;
//  - the documents referencing D's goals (goal-uncovered): their references and status;
//  - documents sharing D's id (id-duplicate, resolution);
//  - when D's parent or a qualified reference names no document: the set of all ids (suggestions)
//    and where those ids stand (related);
//  - when D has no parent: whether exactly one document of each type exists (parent-missing's
//    suggestion).
// Everything below is built so that `set`/`remove` report exactly the documents that read a fact
// that changed. A rule that starts reading more of another document must extend these signatures.
// Positions are compared by line and column (what editors show), not by offset, so typing in one
// line of a parent does not re-lint every child.
// ---------------------------------------------------------------------------------------------

function at(range: Range | undefined): string {
  return range ? `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}` : '';
}

/** What children read of their parent: type, adoption date, and where both stand. */
function childVisibleSignature(document: DocumentOutline): string {
  const entries = document.frontmatter?.entries;
  return JSON.stringify([document.meta.type, document.meta.adopted, at(entries?.get('type')?.valueRange), at(entries?.get('adopted')?.valueRange)]);
}

/** Where the id stands (related location of duplicates and of `parent-unknown` candidates). */
function idPosition(document: DocumentOutline): string {
  return at(document.frontmatter?.entries.get('id')?.valueRange);
}

/** Each goal by its ID (the first occurrence). */
function goalsById(document: DocumentOutline): Map<string, GoalOutline> {
  const goals = new Map<string, GoalOutline>();
  for (const goal of document.goals) if (goal.id && !goals.has(goal.id)) goals.set(goal.id, goal);
  return goals;
}

/**
 * What referencing documents read of a goal: its deadline field and its due date
 * (engine/analysis/due.ts), and where they stand. An outline carries its due date; a whole
 * document's is read from its goal, in each language when the document names none.
 */
function goalSignature(document: DocumentOutline, goal: GoalOutline | undefined): string | undefined {
  if (!goal) return undefined;
  const deadline = goal.deadline ? `${goal.deadline.value}@${at(goal.deadline.valueRange)}` : '';
  let dues: Array<GoalDue | undefined> = [goal.due];
  if (!goal.due && 'statement' in goal) {
    const whole = goal as GoalOutline & DueInput;
    dues = (document.meta.lang ? [document.meta.lang] : LANGS).map((lang) => goalDue(whole, document.lineStarts, lang));
  }
  // The dates read (the same in both languages, mostly), so a goal reads alike as an outline and whole.
  const read = new Set(dues.filter((due) => due !== undefined).map((due) => `${JSON.stringify(due.date)}@${at(due.range)}`));
  return `${deadline}|${[...read].join('|')}`;
}

const LANGS: readonly Lang[] = ['da', 'en'];

/** All goal references a document makes: front matter `implements` and goal fields. */
export function referencesOf(document: DocumentOutline): GoalRef[] {
  return [...document.meta.implements, ...document.goals.flatMap((goal) => goal.implements)];
}

/** Id of the document a reference points into: the named one, or the parent for a bare goal ID. */
export function targetDocumentId(document: DocumentOutline, ref: GoalRef): string | undefined {
  return ref.documentId ?? document.meta.parent;
}

/** `docId#goalId` keys of a document's references that count as carrying a goal out (none when retired). */
function coverageKeys(document: DocumentOutline | undefined): Set<string> {
  const keys = new Set<string>();
  if (!document || document.meta.status === 'retired') return keys;
  for (const ref of referencesOf(document)) {
    const target = targetDocumentId(document, ref);
    if (target) keys.add(`${target}#${ref.goalId}`);
  }
  return keys;
}

function addTo<K>(map: Map<K, Set<string>>, key: K, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom<K>(map: Map<K, Set<string>>, key: K, value: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function firstPath(paths: Iterable<string> | undefined): string | undefined {
  let first: string | undefined;
  if (paths) for (const path of paths) if (first === undefined || path < first) first = path;
  return first;
}

/** Facts read before and after one update, compared to find the affected documents. */
interface Snapshot {
  resolved: Map<string, string | undefined>;
  sharers: Map<string, string[]>;
  soleIdByType: Map<string, string | undefined>;
  cycleMembers: Set<string>;
}

/**
 * The workspace graph: documents by path and id, parent edges, goal references and a census of
 * types. Updates are incremental: `set` and `remove` touch only the edges of one document and
 * return the paths whose diagnostics may change (see `set`).
 *
 * Duplicated ids resolve deterministically to the first document by path; `id-duplicate`
 * reports the duplicates on every document involved.
 */
export class WorkspaceIndex<D extends DocumentOutline = GovDocument> {
  private readonly documentsByPath = new Map<string, D>();
  private readonly pathsById = new Map<string, Set<string>>();
  private readonly childPathsByParentId = new Map<string, Set<string>>();
  /** target document id → goal ID → paths of documents referencing it (any status). */
  private readonly referencers = new Map<string, Map<string, Set<string>>>();
  /** type → id → number of documents of that type carrying that id. */
  private readonly idCountsByType = new Map<string, Map<string, number>>();
  /** type → paths of documents of that type. */
  private readonly pathsByType = new Map<string, Set<string>>();
  /** Paths of governance documents without a `parent`. */
  private readonly parentless = new Set<string>();
  /** Ids named as a parent or a reference target that no document carries. */
  private readonly brokenIds = new Set<string>();
  private sortedPaths: string[] | undefined;
  private sortedIds: string[] | undefined;
  private cycles: Map<string, string[]> | undefined;

  constructor(documents: Iterable<D> = []) {
    // Bulk build: link only, no affected-set bookkeeping (linear in the number of documents).
    for (const document of documents) this.insert(document);
  }

  get size(): number {
    return this.documentsByPath.size;
  }

  get(path: string): D | undefined {
    return this.documentsByPath.get(path);
  }

  /** All documents, sorted by path (deterministic order for output and duplicate resolution). */
  documents(): D[] {
    this.sortedPaths ??= [...this.documentsByPath.keys()].sort(byPath);
    return this.sortedPaths.map((path) => this.documentsByPath.get(path)!);
  }

  /** Every document carrying `id`, sorted by path. */
  byId(id: string): D[] {
    const paths = this.pathsById.get(id);
    if (!paths) return [];
    return [...paths].sort(byPath).map((path) => this.documentsByPath.get(path)!);
  }

  /** The document an id resolves to: with duplicates, the first by path (the duplicates are reported by id-duplicate). */
  resolve(id: string): D | undefined {
    const path = firstPath(this.pathsById.get(id));
    return path === undefined ? undefined : this.documentsByPath.get(path);
  }

  /** True when references to the document's id reach this document (it has an id and is not a later duplicate). */
  isResolutionOfId(document: D): boolean {
    return document.meta.id !== undefined && firstPath(this.pathsById.get(document.meta.id)) === document.path;
  }

  /** Every id in the workspace, sorted. */
  ids(): string[] {
    this.sortedIds ??= [...this.pathsById.keys()].sort(byPath);
    return this.sortedIds;
  }

  parentOf(document: D): D | undefined {
    return document.meta.parent ? this.resolve(document.meta.parent) : undefined;
  }

  /** Documents whose `parent` is `id`, sorted by path. */
  childrenOf(id: string): D[] {
    const paths = this.childPathsByParentId.get(id);
    return paths ? [...paths].sort(byPath).map((path) => this.documentsByPath.get(path)!) : [];
  }

  /** Documents that reference goal `goalId` of document `documentId` (bare references count for the parent), sorted by path. */
  referencersOfGoal(documentId: string, goalId: string): D[] {
    const paths = this.referencers.get(documentId)?.get(goalId);
    return paths ? [...paths].sort(byPath).map((path) => this.documentsByPath.get(path)!) : [];
  }

  /** Distinct ids of the documents of one type, sorted. */
  idsOfType(type: string): string[] {
    return [...(this.idCountsByType.get(type)?.keys() ?? [])].sort(byPath);
  }

  resolveRef(document: D, ref: GoalRef): ResolvedRef<D> | undefined {
    const documentId = targetDocumentId(document, ref);
    if (!documentId) return undefined;
    const target = this.resolve(documentId);
    const resolved: ResolvedRef<D> = { ref, documentId };
    if (target) {
      resolved.document = target;
      const goal = target.goals.find((candidate) => candidate.id === ref.goalId);
      if (goal) resolved.goal = goal;
    }
    return resolved;
  }

  /**
   * When the document lies on a cycle of parents, the cycle's document paths starting with
   * this document and following `parent` (a self-parent gives `[path]`); otherwise undefined.
   * All cycles are found in one linear pass, cached until the next update.
   */
  cycleOf(document: D): string[] | undefined {
    this.cycles ??= this.findAllCycles();
    const cycle = this.cycles.get(document.path);
    if (!cycle) return undefined;
    const start = cycle.indexOf(document.path);
    return [...cycle.slice(start), ...cycle.slice(0, start)];
  }

  private parentPath(path: string): string | undefined {
    const parent = this.documentsByPath.get(path)?.meta.parent;
    return parent === undefined ? undefined : firstPath(this.pathsById.get(parent));
  }

  /** Cycles of the resolved-parent graph (each document has at most one parent: a functional graph). */
  private findAllCycles(): Map<string, string[]> {
    const result = new Map<string, string[]>();
    const state = new Map<string, number>(); // 1 = on the current walk, 2 = done
    for (const start of this.documentsByPath.keys()) {
      if (state.has(start)) continue;
      const walk: string[] = [];
      let current: string | undefined = start;
      while (current !== undefined && !state.has(current)) {
        state.set(current, 1);
        walk.push(current);
        current = this.parentPath(current);
      }
      if (current !== undefined && state.get(current) === 1) {
        const cycle = walk.slice(walk.indexOf(current));
        for (const member of cycle) result.set(member, cycle);
      }
      for (const path of walk) state.set(path, 2);
    }
    return result;
  }

  /** Members of the cycles reachable from `starts` in the current graph (visited shared, so linear). */
  private cycleMembersFrom(starts: Iterable<string>, out: Set<string>): void {
    const state = new Map<string, number>();
    for (const start of starts) {
      if (!this.documentsByPath.has(start) || state.has(start)) continue;
      const walk: string[] = [];
      let current: string | undefined = start;
      while (current !== undefined && !state.has(current)) {
        state.set(current, 1);
        walk.push(current);
        current = this.parentPath(current);
      }
      if (current !== undefined && state.get(current) === 1) for (const member of walk.slice(walk.indexOf(current))) out.add(member);
      for (const path of walk) state.set(path, 2);
    }
  }

  /**
   * Adds or replaces a document; returns the paths whose diagnostics may change: the document
   * itself and exactly the documents that read something of it that changed (see the comment at
   * the top of this file). Cost: proportional to the document's own edges, its id's children and
   * referencers, and the cycle it lies on — never to the size of the workspace, except that a
   * change to the set of ids re-lints the documents whose parent or reference names no document
   * (their suggestions are drawn from all ids).
   */
  set(document: D): Set<string> {
    return this.update(document.path, document);
  }

  /** Removes a document; returns the paths whose diagnostics may change (the removed path included). */
  remove(path: string): Set<string> {
    return this.update(path, undefined);
  }

  private update(path: string, next: D | undefined): Set<string> {
    const previous = this.documentsByPath.get(path);
    const affected = new Set<string>([path]);
    if (!previous && !next) return affected;
    const ids = [...new Set([previous?.meta.id, next?.meta.id].filter((id): id is string => id !== undefined))];
    const types = [...new Set([previous?.meta.type, next?.meta.type].filter((type): type is string => type !== undefined))];
    // Edges that may change: this document's own, and those of the children of its old and new id.
    const starts = [path, ...ids.flatMap((id) => [...(this.childPathsByParentId.get(id) ?? [])])];
    const before = this.snapshot(ids, types, starts);
    const idsBefore = ids.map((id) => this.pathsById.has(id));

    if (previous) {
      this.unlinkDocument(previous);
      this.documentsByPath.delete(path);
    }
    if (next) this.insert(next);
    this.invalidate(previous, next);

    const after = this.snapshot(ids, types, starts);
    const addAll = (paths: Iterable<string> | undefined): void => {
      if (paths) for (const p of paths) affected.add(p);
    };
    const referencersOfId = (id: string): void => {
      for (const paths of this.referencers.get(id)?.values() ?? []) addAll(paths);
    };

    // Cycles formed or broken through a changed edge: their members.
    addAll(before.cycleMembers);
    addAll(after.cycleMembers);

    let idSetChanged = ids.some((id, i) => this.pathsById.has(id) !== idsBefore[i]);
    for (const id of ids) {
      const sharersBefore = before.sharers.get(id)!;
      const sharersAfter = after.sharers.get(id)!;
      const resolvedBefore = before.resolved.get(id);
      const resolvedAfter = after.resolved.get(id);
      // id-duplicate: the documents sharing the id see the set of sharers, and where this one's id stands.
      const sharersChanged = sharersBefore.join('\n') !== sharersAfter.join('\n');
      const idMoved = previous && next ? idPosition(previous) !== idPosition(next) : true;
      if (sharersChanged || (idMoved && sharersAfter.length > 1)) {
        addAll(sharersBefore);
        addAll(sharersAfter);
      }
      if (resolvedBefore !== resolvedAfter) {
        // A different document (or none) answers for this id: its children and referencers re-resolve.
        addAll(sharersBefore);
        addAll(sharersAfter);
        addAll(this.childPathsByParentId.get(id));
        referencersOfId(id);
        continue;
      }
      if (resolvedAfter !== path || !previous || !next) continue;
      // The same document still answers for the id: compare what children and referencers read.
      if (childVisibleSignature(previous) !== childVisibleSignature(next)) addAll(this.childPathsByParentId.get(id));
      if (idPosition(previous) !== idPosition(next)) idSetChanged = true;
      const byGoal = this.referencers.get(id);
      if (byGoal) {
        const old = goalsById(previous);
        const current = goalsById(next);
        const goalSetChanged = old.size !== current.size || [...old.keys()].some((goalId) => !current.has(goalId));
        for (const [goalId, paths] of byGoal) {
          // The goal appeared, vanished or its deadline changed; or the goal is missing and the
          // suggestions for it (drawn from the goal IDs) may change.
          if (goalSignature(previous, old.get(goalId)) !== goalSignature(next, current.get(goalId)) || (goalSetChanged && !current.has(goalId))) addAll(paths);
        }
      }
    }

    // goal-uncovered of the documents this one's references reach (added, removed, retired).
    const keysBefore = coverageKeys(previous);
    const keysAfter = coverageKeys(next);
    for (const key of [...keysBefore].filter((k) => !keysAfter.has(k)).concat([...keysAfter].filter((k) => !keysBefore.has(k)))) {
      const documentId = key.slice(0, key.lastIndexOf('#'));
      const resolvedBefore = before.resolved.has(documentId) ? before.resolved.get(documentId) : undefined;
      if (resolvedBefore !== undefined) affected.add(resolvedBefore);
      const resolvedNow = firstPath(this.pathsById.get(documentId));
      if (resolvedNow !== undefined) affected.add(resolvedNow);
    }

    // parent-missing's suggestion: whether exactly one document of a type exists, and its id.
    for (const type of types) {
      if (before.soleIdByType.get(type) === after.soleIdByType.get(type)) continue;
      for (const orphan of this.parentless) if (this.documentsByPath.get(orphan)?.meta.type !== type) affected.add(orphan);
    }

    // Suggestions drawn from all ids: documents whose parent or reference names no document.
    if (idSetChanged) {
      for (const id of this.brokenIds) {
        addAll(this.childPathsByParentId.get(id));
        referencersOfId(id);
      }
    }
    return affected;
  }

  private snapshot(ids: readonly string[], types: readonly string[], starts: readonly string[]): Snapshot {
    const snapshot: Snapshot = { resolved: new Map(), sharers: new Map(), soleIdByType: new Map(), cycleMembers: new Set() };
    for (const id of ids) {
      const paths = this.pathsById.get(id);
      snapshot.resolved.set(id, firstPath(paths));
      snapshot.sharers.set(id, paths ? [...paths].sort(byPath) : []);
    }
    for (const type of types) {
      const counts = this.idCountsByType.get(type);
      snapshot.soleIdByType.set(type, counts && counts.size === 1 ? [...counts.keys()][0] : undefined);
    }
    this.cycleMembersFrom(starts, snapshot.cycleMembers);
    return snapshot;
  }

  /**
   * Paths whose content the diagnostics of `path` were computed from: documents sharing its id,
   * the parent chain, the documents its references reach, the documents referencing its goals,
   * the documents of other types when it has no parent, and every document when its parent or a
   * reference names no document (suggestions come from all ids). A cache keyed on these must also
   * be dropped when a document is added, since a new id can change what a name resolves to.
   */
  dependenciesOf(path: string): Set<string> {
    const document = this.documentsByPath.get(path);
    const result = new Set<string>();
    if (!document) return result;
    const { id, parent, type } = document.meta;
    let broken = false;
    if (id) {
      for (const other of this.pathsById.get(id) ?? []) result.add(other);
      for (const paths of this.referencers.get(id)?.values() ?? []) for (const other of paths) result.add(other);
    }
    const seen = new Set<string>([path]);
    let current: string | undefined = path;
    while (current !== undefined) {
      const parentId = this.documentsByPath.get(current)?.meta.parent;
      if (parentId === undefined) break;
      const sharing = this.pathsById.get(parentId);
      if (!sharing) {
        if (current === path) broken = true;
        break;
      }
      for (const other of sharing) result.add(other);
      current = firstPath(sharing);
      if (current === undefined || seen.has(current)) break;
      seen.add(current);
    }
    for (const ref of referencesOf(document)) {
      const target = targetDocumentId(document, ref);
      if (!target) continue;
      const sharing = this.pathsById.get(target);
      if (sharing) for (const other of sharing) result.add(other);
      else broken = true;
    }
    if (parent === undefined) {
      for (const [otherType, paths] of this.pathsByType) if (otherType !== type) for (const other of paths) result.add(other);
    }
    if (broken) for (const other of this.documentsByPath.keys()) result.add(other);
    result.delete(path);
    return result;
  }

  private invalidate(previous: D | undefined, next: D | undefined): void {
    this.cycles = undefined;
    if (!previous || !next) this.sortedPaths = undefined;
    if (previous?.meta.id !== next?.meta.id) this.sortedIds = undefined;
  }

  /** Links a document without computing what it affects (bulk build and the second half of an update). */
  private insert(document: D): void {
    const existing = this.documentsByPath.get(document.path);
    if (existing) this.unlinkDocument(existing);
    this.documentsByPath.set(document.path, document);
    this.sortedPaths = undefined;
    this.cycles = undefined;
    const { id, parent, type } = document.meta;
    if (id) {
      if (!this.pathsById.has(id)) this.sortedIds = undefined;
      addTo(this.pathsById, id, document.path);
      this.brokenIds.delete(id);
    }
    if (type) {
      addTo(this.pathsByType, type, document.path);
      if (id) {
        let counts = this.idCountsByType.get(type);
        if (!counts) this.idCountsByType.set(type, (counts = new Map<string, number>()));
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    if (parent) {
      addTo(this.childPathsByParentId, parent, document.path);
      if (!this.pathsById.has(parent)) this.brokenIds.add(parent);
    } else if (document.frontmatter) {
      this.parentless.add(document.path);
    }
    for (const ref of referencesOf(document)) {
      const target = targetDocumentId(document, ref);
      if (!target) continue;
      let byGoal = this.referencers.get(target);
      if (!byGoal) this.referencers.set(target, (byGoal = new Map<string, Set<string>>()));
      addTo(byGoal, ref.goalId, document.path);
      if (!this.pathsById.has(target)) this.brokenIds.add(target);
    }
  }

  private isNamed(id: string): boolean {
    return this.childPathsByParentId.has(id) || this.referencers.has(id);
  }

  private unlinkDocument(document: D): void {
    const { id, parent, type } = document.meta;
    if (id) {
      removeFrom(this.pathsById, id, document.path);
      if (!this.pathsById.has(id)) {
        this.sortedIds = undefined;
        if (this.isNamed(id)) this.brokenIds.add(id);
      }
    }
    if (type) {
      removeFrom(this.pathsByType, type, document.path);
      const counts = this.idCountsByType.get(type);
      if (id && counts) {
        const count = (counts.get(id) ?? 1) - 1;
        if (count > 0) counts.set(id, count);
        else counts.delete(id);
        if (counts.size === 0) this.idCountsByType.delete(type);
      }
    }
    if (parent) {
      removeFrom(this.childPathsByParentId, parent, document.path);
      if (!this.isNamed(parent)) this.brokenIds.delete(parent);
    }
    this.parentless.delete(document.path);
    for (const ref of referencesOf(document)) {
      const target = targetDocumentId(document, ref);
      if (!target) continue;
      const byGoal = this.referencers.get(target);
      if (!byGoal) continue;
      removeFrom(byGoal, ref.goalId, document.path);
      if (byGoal.size === 0) this.referencers.delete(target);
      if (!this.isNamed(target)) this.brokenIds.delete(target);
    }
    this.cycles = undefined;
  }
}
