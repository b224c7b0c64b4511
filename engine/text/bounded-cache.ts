// A small bounded cache for the language server's hot paths (a long-running process must keep
// what it reuses while typing without growing with every text it has ever seen). Two
// generations instead of a strict LRU list: a hit in the young generation costs one lookup (no
// reordering), a hit in the old one moves the entry to the young one, and when the young
// generation is full it becomes the old one and the old one is dropped. What is used at least
// once per generation survives; the bounds hold for both the number of entries and their total
// weight (e.g. the characters of the keys).

interface Entry<V> {
  value: V;
  weight: number;
}

export class BoundedCache<K, V> {
  private young = new Map<K, Entry<V>>();
  private old = new Map<K, Entry<V>>();
  private youngWeight = 0;
  private oldWeight = 0;
  private readonly generationEntries: number;
  private readonly generationWeight: number;

  /** At most `maxEntries` entries and `maxWeight` total weight are held (each generation holds half). */
  constructor(
    readonly maxEntries: number,
    readonly maxWeight = Number.POSITIVE_INFINITY,
  ) {
    this.generationEntries = Math.max(1, Math.floor(maxEntries / 2));
    this.generationWeight = maxWeight / 2;
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
