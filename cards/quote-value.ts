/**
 * A bad value quoted back to the user: at most ~60 characters, so a 5 MB
 * string in a file never fills an alert, with invisible controls shown as
 * their code point so the user sees what is really there.
 */
export const QUOTE_LIMIT = 60;

export function quoteValue(value: unknown, limit = QUOTE_LIMIT): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  const visible = showInvisible(text);
  return visible.length > limit ? `${visible.slice(0, limit)}… (${visible.length.toLocaleString('en')} characters)` : visible;
}

// Bidi embeddings, overrides, isolates and marks; zero-width spaces, joiners, word joiner, BOM.
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Each invisible control as a visible `<U+202E>`, for messages that quote user input. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/**
 * What a name or title keeps: bidi controls (which can reorder what is
 * shown around them) and zero-width spaces are removed. Zero-width joiners
 * stay inside emoji and scripts that need them, but a text made only of
 * invisible characters becomes empty.
 */
export function stripInvisible(text: string): string {
  const stripped = text.replace(/[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '');
  return /^[\s\u200C\u200D]*$/.test(stripped) ? '' : stripped;
}
