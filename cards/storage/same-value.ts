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

/**
 * A short name for a value (FNV-1a over its canonical JSON): two windows, or
 * two reads racing in one window, that set the same broken record aside
 * name the copy alike, so it is kept once.
 */
export function fingerprint(value: unknown): string {
  const text = canonical(value) ?? 'undefined';
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(36)}.${text.length.toString(36)}`;
}
