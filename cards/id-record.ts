/**
 * Card, step and deck ids are the user's words: `constructor` or `toString` is
 * a valid id. A plain object indexed by such an id answers with what
 * Object.prototype holds under that name (a function, never undefined), so a
 * missing card looks present. Tables keyed by ids are built without a
 * prototype, and tables that arrive as plain objects (parsed JSON) are read
 * through ownValue.
 */
export function idRecord<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** `record[key]` when the record itself holds `key`; undefined otherwise (never an inherited member). */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
