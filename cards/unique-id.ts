import { slugify } from './slugify';

/**
 * An id for something new, readable ("acme-loop", "step-3") and not yet
 * taken. Ids must fit idSchema: letters, digits, - and _, at most 80 long.
 */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug = slugify(base) || 'item';
  if (!used.has(slug)) return slug;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${slug.slice(0, 80 - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
