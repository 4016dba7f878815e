/**
 * Deep equality for JSON-shaped values, as storage sees them: key order and
 * keys holding `undefined` do not count (storage drops both), so a card read
 * back from storage equals the one that was written.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (!inner || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    return Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  });
}
