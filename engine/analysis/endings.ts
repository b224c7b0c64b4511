// Word endings as a set: "is this word one of the endings, or a compound ending in one?"
// (afdelingslederen ends in "lederen", skolefraværet in "fraværet"). Looking up each suffix of the
// word costs one set lookup per character of the word, instead of one comparison per ending.

/** Characters a compound's first part has at least ("afdelings|leder"): "kalender" is not a "leder". */
const MIN_PREFIX = 3;

export class EndingSet {
  private readonly endings: ReadonlySet<string>;
  private readonly longest: number;

  /** Every base with every inflection ("leder" + "en" = "lederen"). */
  constructor(bases: readonly string[], inflections: readonly string[] = ['']) {
    const endings = new Set<string>();
    for (const base of bases) for (const inflection of inflections) endings.add(base + inflection);
    this.endings = endings;
    this.longest = Math.max(0, ...[...endings].map((ending) => ending.length));
  }

  /** The word is an ending, or ends in one after at least three characters of its own. */
  matches(word: string): boolean {
    if (this.endings.has(word)) return true;
    for (let at = Math.max(MIN_PREFIX, word.length - this.longest); at < word.length; at++) {
      if (this.endings.has(word.slice(at))) return true;
    }
    return false;
  }
}
