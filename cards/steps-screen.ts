/**
 * What the Steps screen (the panel's usual first screen) shows of a deck: its
 * steps card, and the two notes under it. The first read checks these before
 * the first paint and the deck's other cards a moment after (first-screen.ts);
 * StepsSection picks its notes by the same ids.
 */
export const STEPS_SCREEN_NOTE_IDS: readonly string[] = ['three-signals', 'pacing'];

/** Whether a card (checked or not: only its kind and id are looked at) is one the Steps screen shows. */
export function showsOnStepsScreen(card: unknown): boolean {
  if (typeof card !== 'object' || card === null) return false;
  const { kind, id } = card as { kind?: unknown; id?: unknown };
  return kind === 'steps' || (kind === 'note' && typeof id === 'string' && STEPS_SCREEN_NOTE_IDS.includes(id));
}
