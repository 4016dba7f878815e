import { browser } from 'wxt/browser';
import { setAsideRecords } from '../rehearsal/set-aside';
import { cardSchema, idSchema, type Card } from '../schema';
import { z } from '../zod-setup';
import { readMatching } from './read-matching';
import { PENDING_EDIT_PREFIX, pendingEditKey } from './storage-keys';
import type { QuarantineEntry } from './stored-records';

/**
 * An edit the user made that the panel had not finished saving when it was
 * closed or reloaded. Saving a card is a read, a merge and a write; a page
 * that goes away completes none of them, while one storage call made as it
 * goes still lands. So the editor keeps its draft here in one call
 * (keepPendingEdit), and the next panel saves it as the editor would have
 * (with `base`, merged with what other windows saved meanwhile), then drops it.
 */
export const pendingEditSchema = z.object({
  deckId: idSchema,
  card: cardSchema,
  /** The card as the editor last read it stored; absent for a card new to the deck. */
  base: z.optional(cardSchema),
  at: z.number(),
});
export type PendingEdit = z.infer<typeof pendingEditSchema>;

/** Keeps an unsaved draft in one storage call (started at once: the page may be going). */
export function keepPendingEdit(deckId: string, card: Card, base: Card | undefined, at = Date.now()): Promise<void> {
  const edit: PendingEdit = base ? { deckId, card, base, at } : { deckId, card, at };
  return browser.storage.local.set({ [pendingEditKey(deckId, card.id)]: edit });
}

/** Drops a kept draft once it is saved. */
export function dropPendingEdit(edit: Pick<PendingEdit, 'deckId' | 'card'>): Promise<void> {
  return browser.storage.local.remove(pendingEditKey(edit.deckId, edit.card.id));
}

/**
 * The drafts kept by panels that closed before saving them, oldest first. One
 * that cannot be read is set aside (listed with the other set-aside records),
 * never dropped.
 */
export async function readPendingEdits(now = Date.now()): Promise<PendingEdit[]> {
  const stored = await readMatching((key) => key.startsWith(PENDING_EDIT_PREFIX));
  const edits: PendingEdit[] = [];
  const broken = new Map<string, QuarantineEntry>();
  for (const [key, raw] of Object.entries(stored)) {
    const parsed = pendingEditSchema.safeParse(raw);
    if (parsed.success && key === pendingEditKey(parsed.data.deckId, parsed.data.card.id)) edits.push(parsed.data);
    else broken.set(key, { key, value: raw, reason: 'An edit kept while the panel closed could not be read.', at: now });
  }
  await setAsideRecords(broken);
  return edits.sort((a, b) => a.at - b.at);
}

/** Sets a kept draft aside when it cannot be saved (listed in Customize, never dropped). */
export async function setPendingEditAside(edit: PendingEdit, reason: string, now = Date.now()): Promise<void> {
  const key = pendingEditKey(edit.deckId, edit.card.id);
  const stored = (await browser.storage.local.get(key))[key];
  if (stored === undefined) return;
  await setAsideRecords(new Map([[key, { key, value: stored, reason: `Your last edit to “${edit.card.title}” could not be saved: ${reason}`, at: now }]]));
}
