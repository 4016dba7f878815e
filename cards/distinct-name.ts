/** How deck names are compared for sameness: case and outer spaces aside. */
export const nameKey = (name: string) => name.trim().toLocaleLowerCase();

/**
 * A name no deck in `taken` (names as nameKey gives them) has: "Acme", else
 * "Acme (2)", "Acme (3)"… Imports and Duplicate both name decks this way, so
 * copies differ by a number at the end, which the header keeps in view.
 */
export function distinctName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(nameKey(name))) return name;
  for (let count = 2; ; count++) {
    const suffix = ` (${count})`;
    const candidate = `${name.slice(0, 200 - suffix.length)}${suffix}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}
