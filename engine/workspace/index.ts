import type { Goal, GoalRef, GovDocument } from '../model/document.ts';

/** A goal reference resolved to the document it names (`M1` → the parent, `doc#M1` → doc). */
export interface ResolvedRef {
  ref: GoalRef;
  /** Id of the document the reference points into. */
  documentId: string;
  /** The document, when exactly one or more documents carry that id (first by path when duplicated). */
  document?: GovDocument;
  goal?: Goal;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/** All goal references a document makes: front matter `implements` and goal fields. */
export function referencesOf(document: GovDocument): GoalRef[] {
  return [...document.meta.implements, ...document.goals.flatMap((goal) => goal.implements)];
}

function targetDocumentId(document: GovDocument, ref: GoalRef): string | undefined {
  return ref.documentId ?? document.meta.parent;
}

/** What of a document other documents can observe; when it is unchanged, only the document itself needs re-linting. */
function publicSignature(document: GovDocument): string {
  const m = document.meta;
  return JSON.stringify([m.id, m.type, m.parent, m.adopted, m.review, m.status, m.title, m.owner]);
}

function goalSignatures(document: GovDocument): Map<string, string> {
  const signatures = new Map<string, string>();
  for (const goal of document.goals) {
    if (!goal.id) continue;
    const deadline = goal.fields.find((field) => field.key === 'deadline')?.value ?? '';
    const owner = goal.fields.find((field) => field.key === 'owner')?.value ?? '';
    signatures.set(goal.id, JSON.stringify([goal.title, deadline, owner, signatures.has(goal.id)]));
  }
  return signatures;
}

/**
 * The workspace graph: documents by path and id, parent edges, and goal references.
 * Updates are incremental: `set` and `remove` touch only the edges of one document and
 * return the paths whose diagnostics may change.
 */
export class WorkspaceIndex {
  private readonly documentsByPath = new Map<string, GovDocument>();
  private readonly pathsById = new Map<string, Set<string>>();
  private readonly childPathsByParentId = new Map<string, Set<string>>();
  /** `docId#goalId` → paths of documents that reference that goal. */
  private readonly referencersByGoal = new Map<string, Set<string>>();
  /** docId → paths of documents with any goal reference into it. */
  private readonly referencersByDocument = new Map<string, Set<string>>();

  constructor(documents: Iterable<GovDocument> = []) {
    for (const document of documents) this.set(document);
  }

  get size(): number {
    return this.documentsByPath.size;
  }

  get(path: string): GovDocument | undefined {
    return this.documentsByPath.get(path);
  }

  /** All documents, sorted by path (deterministic order for output and duplicate resolution). */
  documents(): GovDocument[] {
    return [...this.documentsByPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** Every document carrying `id`, sorted by path. */
  byId(id: string): GovDocument[] {
    const paths = this.pathsById.get(id);
    if (!paths) return [];
    return [...paths].sort().map((path) => this.documentsByPath.get(path)!);
  }

  /** The document an id resolves to: with duplicates, the first by path (the duplicates are reported by id-duplicate). */
  resolve(id: string): GovDocument | undefined {
    return this.byId(id)[0];
  }

  ids(): string[] {
    return [...this.pathsById.keys()].sort();
  }

  parentOf(document: GovDocument): GovDocument | undefined {
    return document.meta.parent ? this.resolve(document.meta.parent) : undefined;
  }

  /** Documents whose `parent` is `id`, sorted by path. */
  childrenOf(id: string): GovDocument[] {
    const paths = this.childPathsByParentId.get(id);
    return paths ? [...paths].sort().map((path) => this.documentsByPath.get(path)!) : [];
  }

  /** Paths of documents that reference goal `goalId` of document `documentId`. */
  referencersOfGoal(documentId: string, goalId: string): GovDocument[] {
    const paths = this.referencersByGoal.get(`${documentId}#${goalId}`);
    return paths ? [...paths].sort().map((path) => this.documentsByPath.get(path)!) : [];
  }

  resolveRef(document: GovDocument, ref: GoalRef): ResolvedRef | undefined {
    const documentId = targetDocumentId(document, ref);
    if (!documentId) return undefined;
    const target = this.resolve(documentId);
    const resolved: ResolvedRef = { ref, documentId };
    if (target) {
      resolved.document = target;
      const goal = target.goals.find((candidate) => candidate.id === ref.goalId);
      if (goal) resolved.goal = goal;
    }
    return resolved;
  }

  /** Adds or replaces a document; returns the paths whose diagnostics may change. */
  set(document: GovDocument): Set<string> {
    const previous = this.documentsByPath.get(document.path);
    const affected = new Set<string>([document.path]);
    if (previous) {
      this.collectAffected(previous, document, affected);
      this.unlink(previous);
    } else {
      this.collectAffected(undefined, document, affected);
    }
    this.documentsByPath.set(document.path, document);
    this.link(document);
    return affected;
  }

  /** Removes a document; returns the paths whose diagnostics may change (the removed path included). */
  remove(path: string): Set<string> {
    const previous = this.documentsByPath.get(path);
    const affected = new Set<string>([path]);
    if (!previous) return affected;
    this.collectAffected(previous, undefined, affected);
    this.unlink(previous);
    this.documentsByPath.delete(path);
    return affected;
  }

  /**
   * Paths whose diagnostics may depend on the document at `path`: documents with the same id,
   * its children, its parent, the documents it references and those that reference it.
   * Used by the CLI cache to tie a cached result to the documents it was computed from.
   */
  dependenciesOf(path: string): Set<string> {
    const document = this.documentsByPath.get(path);
    const result = new Set<string>();
    if (!document) return result;
    const id = document.meta.id;
    if (id) {
      for (const other of this.pathsById.get(id) ?? []) result.add(other);
      for (const child of this.childPathsByParentId.get(id) ?? []) result.add(child);
      for (const referencer of this.referencersByDocument.get(id) ?? []) result.add(referencer);
    }
    for (const ancestor of this.ancestorPaths(document)) result.add(ancestor);
    for (const ref of referencesOf(document)) {
      const target = targetDocumentId(document, ref);
      if (target) for (const other of this.pathsById.get(target) ?? []) result.add(other);
    }
    result.delete(path);
    return result;
  }

  /** Paths of the parent chain (bounded, so a cycle terminates). */
  private ancestorPaths(document: GovDocument): string[] {
    const paths: string[] = [];
    const seen = new Set<string>([document.path]);
    let current: GovDocument | undefined = document;
    while (current?.meta.parent) {
      const parents = this.pathsById.get(current.meta.parent);
      if (!parents) break;
      for (const parentPath of parents) if (!seen.has(parentPath)) paths.push(parentPath);
      const next = this.resolve(current.meta.parent);
      if (!next || seen.has(next.path)) break;
      seen.add(next.path);
      current = next;
    }
    return paths;
  }

  private collectAffected(before: GovDocument | undefined, after: GovDocument | undefined, affected: Set<string>): void {
    const ids = new Set([before?.meta.id, after?.meta.id].filter((id): id is string => Boolean(id)));
    const publicChanged = !before || !after || publicSignature(before) !== publicSignature(after);
    // Documents sharing an id see id-duplicate appear or vanish.
    if (publicChanged) {
      for (const id of ids) for (const path of this.pathsById.get(id) ?? []) affected.add(path);
    }
    // Whole-document changes (id, type, parent, dates): children, referencers, parents and cycle members.
    if (publicChanged) {
      for (const id of ids) {
        for (const path of this.childPathsByParentId.get(id) ?? []) affected.add(path);
        for (const path of this.referencersByDocument.get(id) ?? []) affected.add(path);
      }
      for (const document of [before, after]) {
        if (!document) continue;
        for (const path of this.ancestorPaths(document)) affected.add(path);
      }
    } else if (before && after && after.meta.id) {
      // Only goals changed: exactly the documents that reference an added, removed or changed goal.
      const old = goalSignatures(before);
      const current = goalSignatures(after);
      for (const goalId of new Set([...old.keys(), ...current.keys()])) {
        if (old.get(goalId) === current.get(goalId)) continue;
        for (const path of this.referencersByGoal.get(`${after.meta.id}#${goalId}`) ?? []) affected.add(path);
      }
    }
    // The documents this one references: their goal-uncovered findings depend on it.
    const refTargets = (document: GovDocument | undefined): string[] =>
      document ? referencesOf(document).map((ref) => `${targetDocumentId(document, ref) ?? ''}#${ref.goalId}`) : [];
    const beforeRefs = new Set(refTargets(before));
    const afterRefs = new Set(refTargets(after));
    const changedRefs = [...beforeRefs].filter((key) => !afterRefs.has(key)).concat([...afterRefs].filter((key) => !beforeRefs.has(key)));
    for (const key of changedRefs) {
      const documentId = key.slice(0, key.indexOf('#'));
      for (const path of this.pathsById.get(documentId) ?? []) affected.add(path);
    }
  }

  private link(document: GovDocument): void {
    const { id, parent } = document.meta;
    if (id) addTo(this.pathsById, id, document.path);
    if (parent) addTo(this.childPathsByParentId, parent, document.path);
    for (const ref of referencesOf(document)) {
      const target = targetDocumentId(document, ref);
      if (!target) continue;
      addTo(this.referencersByGoal, `${target}#${ref.goalId}`, document.path);
      addTo(this.referencersByDocument, target, document.path);
    }
  }

  private unlink(document: GovDocument): void {
    const { id, parent } = document.meta;
    if (id) removeFrom(this.pathsById, id, document.path);
    if (parent) removeFrom(this.childPathsByParentId, parent, document.path);
    for (const ref of referencesOf(document)) {
      const target = targetDocumentId(document, ref);
      if (!target) continue;
      removeFrom(this.referencersByGoal, `${target}#${ref.goalId}`, document.path);
      removeFrom(this.referencersByDocument, target, document.path);
    }
  }
}
