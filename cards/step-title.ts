// "1 · ", "2. ", "Step 3: ", "4) ": a number and a separator, then a space.
const NUMBER_PREFIX = /^\s*(?:step\s+)?\d+\s*[·.:)\-–—]\s+/i;

/**
 * A step's title cut into the number it may start with and the rest
 * ("1 · Problem definition" → "1 · " + "Problem definition"), so the panel can
 * show the rest alone where a stepper already shows the position. The two
 * parts always join back into the title.
 */
export function stepTitleParts(title: string): { number: string; rest: string } {
  const number = NUMBER_PREFIX.exec(title)?.[0] ?? '';
  const rest = title.slice(number.length);
  return rest.trim() ? { number, rest } : { number: '', rest: title };
}

/** The title without its leading number, for names and labels. */
export function shortStepTitle(title: string): string {
  return stepTitleParts(title).rest.trim();
}
