import { browser } from 'wxt/browser';
import { LOST_EDITS_KEY } from '../storage/storage-keys';
import { withLock } from '../storage/with-lock';
import { z } from '../zod-setup';
import type { LostField } from './merge-records';

/**
 * An edit made on this device that sync replaced with another device's edit
 * of the same field, made without having seen this one. Kept until the user
 * puts it back or lets it go (the panel's sync notice offers both).
 */
export const lostEditSchema = z.object({
  deckId: z.string(),
  cardId: z.string(),
  /** The card's title when it happened, to name it. */
  title: z.string(),
  field: z.string(),
  /** What this device had in that field. */
  mine: z.unknown(),
  at: z.number(),
});
export type LostEdit = z.infer<typeof lostEditSchema>;

/** The newest ones are kept: a long list would only be dismissed unread. */
export const MAX_LOST_EDITS = 20;

const lostEditsSchema = z.array(z.unknown()).transform((entries) =>
  entries.flatMap((entry) => {
    const parsed = lostEditSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  }),
);

export const lostEditId = (edit: Pick<LostEdit, 'deckId' | 'cardId' | 'field' | 'at'>) =>
  `${edit.deckId}:${edit.cardId}:${edit.field}@${edit.at}`;

export async function readLostEdits(): Promise<LostEdit[]> {
  const raw = (await browser.storage.local.get(LOST_EDITS_KEY))[LOST_EDITS_KEY];
  const parsed = lostEditsSchema.safeParse(raw ?? []);
  return parsed.success ? parsed.data : [];
}

/** Adds what a sync round replaced, newest first. A failed write throws, for the syncer to report. */
export function recordLostEdits(deckId: string, cardId: string, title: string, fields: readonly LostField[], at: number) {
  return updateList((list) => [...fields.map(({ field, mine }) => ({ deckId, cardId, title, field, mine, at })), ...list]);
}

export function dismissLostEdit(edit: LostEdit) {
  const id = lostEditId(edit);
  return updateList((list) => list.filter((entry) => lostEditId(entry) !== id));
}

/** Calls back with the list now and whenever it changes, from any window or the background. */
export function watchLostEdits(onEdits: (edits: LostEdit[]) => void): () => void {
  let live = true;
  void readLostEdits().then((edits) => live && onEdits(edits));
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && LOST_EDITS_KEY in changes) void readLostEdits().then((edits) => live && onEdits(edits));
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    live = false;
    browser.storage.onChanged.removeListener(listener);
  };
}

function updateList(change: (list: LostEdit[]) => LostEdit[]) {
  return withLock(LOST_EDITS_KEY, async () => {
    const next = change(await readLostEdits()).slice(0, MAX_LOST_EDITS);
    await browser.storage.local.set({ [LOST_EDITS_KEY]: next });
  });
}
