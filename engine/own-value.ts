// Lookups in fixed tables keyed by text from documents or configuration. A plain object answers
// `constructor`, `toString` or `__proto__` with what it inherits from Object.prototype; these
// answer only with the table's own entries.

/** The table's own value for `key`, or undefined (never an inherited member). */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** True when `key` is one of the table's own keys. */
export function hasOwnKey(table: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.hasOwn(table, key);
}
