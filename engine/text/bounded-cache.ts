// A small bounded cache for the language server's hot paths (a long-running process must keep
// what it reuses while typing without growing with every text it has ever seen). Two
// generations instead of a strict LRU list: a hit in the young generation costs one lookup (no
// reordering), a hit in the old one moves the entry to the young one, and when the young
// generation is full it becomes the old one and the old one is dropped. What is used at least
// once per generation survives; the bounds hold for both the number of entries and their total
// weight (e.g. the characters of the keys).

/** Share of every cache's bounds in this thread (see `scaleCacheBounds`). */
let boundsScale = 1;

/**
 * Scales the bounds of every bounded cache in this thread, present and future (a cache over its
 * new bounds shrinks as it takes new entries). A lint worker reading a large workspace uses a
 * quarter: it reads each text once, so the caches only catch text repeated across files, and
 * their contents are what each of its frequent full collections has to mark (10,000 documents, 3
 * interleaved pairs: peak RSS 441 → 396 MB, CPU 1.00×). The language server's own thread keeps
 * full caches: they are what makes a keystroke in a long document cheap.
 */
export function scaleCacheBounds(scale: number): void {
  if (!(scale > 0 && scale <= 1)) throw new RangeError(`cache bounds scale must be in (0, 1], got ${scale}`);
  boundsScale = scale;
}

interface Entry<V> {
  value: V;
  weight: number;
}

export class BoundedCache<K, V> {
  private young = new Map<K, Entry<V>>();
  private old = new Map<K, Entry<V>>();
  private youngWeight = 0;
  private oldWeight = 0;

  /** At most `maxEntries` entries and `maxWeight` total weight are held (each generation holds half), both times the thread's bounds scale. */
  constructor(
    readonly maxEntries: number,
    readonly maxWeight = Number.POSITIVE_INFINITY,
  ) {}

  private get generationEntries(): number {
    return Math.max(1, Math.floor((this.maxEntries * boundsScale) / 2));
  }

  private get generationWeight(): number {
    return (this.maxWeight * boundsScale) / 2;
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  get weight(): number {
    return this.youngWeight + this.oldWeight;
  }

  get(key: K): V | undefined {
    const young = this.young.get(key);
    if (young) return young.value;
    const old = this.old.get(key);
    if (!old) return undefined;
    this.old.delete(key);
    this.oldWeight -= old.weight;
    this.insert(key, old);
    return old.value;
  }

  /** Stores `value`. An entry heavier than a generation's share of the weight is not stored. */
  set(key: K, value: V, weight = 1): void {
    const old = this.old.get(key);
    if (old) {
      this.old.delete(key);
      this.oldWeight -= old.weight;
    }
    const young = this.young.get(key);
    if (young) {
      this.young.delete(key);
      this.youngWeight -= young.weight;
    }
    if (weight > this.generationWeight) return;
    this.insert(key, { value, weight });
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
    this.youngWeight = 0;
    this.oldWeight = 0;
  }

  private insert(key: K, entry: Entry<V>): void {
    if (this.young.size >= this.generationEntries || this.youngWeight + entry.weight > this.generationWeight) {
      this.old = this.young;
      this.oldWeight = this.youngWeight;
      this.young = new Map();
      this.youngWeight = 0;
    }
    this.young.set(key, entry);
    this.youngWeight += entry.weight;
  }
}
