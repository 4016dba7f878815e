import { browser } from 'wxt/browser';
import { LOST_EDITS_KEY } from '../storage/storage-keys';
import { withLock } from '../storage/with-lock';
import { z } from '../zod-setup';
import type { LostField } from './merge-records';

/**
 * Text a concurrent edit replaced without having seen it: this device's edit
 * replaced through sync by another device's (`by: 'device'`), one window's
 * save replaced by another window's save of the same field at the same time
 * (`by: 'window'`), or an edit kept as a panel closed that another window's
 * later change had overtaken by the time it was saved (`by: 'closed'`). Kept
 * until the user puts it back or lets it go (the panel's notice offers both),
 * so it is never simply gone.
 */
export const lostEditSchema = z.object({
  deckId: z.string(),
  cardId: z.string(),
  /** The card's title when it happened, to name it. */
  title: z.string(),
  field: z.string(),
  /** What the field held before the other edit replaced it. */
  replaced: z.unknown(),
  by: z.enum(['device', 'window', 'closed']),
  at: z.number(),
});
export type LostEdit = z.infer<typeof lostEditSchema>;

/** The newest ones are kept: a long list would only be dismissed unread. */
export const MAX_LOST_EDITS = 20;

const lostEditsSchema = z.pipe(
  z.array(z.unknown()),
  z.transform((entries: unknown[]) =>
    entries.flatMap((entry) => {
      const parsed = lostEditSchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    }),
  ),
);

export const lostEditId = (edit: Pick<LostEdit, 'deckId' | 'cardId' | 'field' | 'at'>) =>
  `${edit.deckId}:${edit.cardId}:${edit.field}@${edit.at}`;

export async function readLostEdits(): Promise<LostEdit[]> {
  const raw = (await browser.storage.local.get(LOST_EDITS_KEY))[LOST_EDITS_KEY];
  const parsed = lostEditsSchema.safeParse(raw ?? []);
  return parsed.success ? parsed.data : [];
}

/** Adds what an edit replaced, newest first. A failed write throws, for the caller to report. */
export function recordLostEdits(
  where: { deckId: string; cardId: string; title: string; by: LostEdit['by'] },
  fields: readonly LostField[],
  at: number,
) {
  return updateList((list) => [...fields.map(({ field, mine }) => ({ ...where, field, replaced: mine, at })), ...list]);
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
