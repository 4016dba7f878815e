import { browser } from 'wxt/browser';
import { setAsideRecords } from '../rehearsal/set-aside';
import { cardSchema, idSchema, type Card } from '../schema';
import { DEFAULT_COPY_ID, DEFAULT_DECK_ID } from '../shipped-deck';
import type { LostField } from '../sync/merge-records';
import { z } from '../zod-setup';
import { fieldTime } from './field-clock';
import { readMatching } from './read-matching';
import { migrateRecord } from './record-migrations';
import { fingerprint, sameValue } from './same-value';
import { cardKey, PENDING_EDIT_PREFIX, pendingEditKey, quarantineKey } from './storage-keys';
import { cardRecordSchema, isTombstone, type QuarantineEntry } from './stored-records';

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
  /** The panel (page) that kept it: two panels closing with drafts of one card keep both. */
  panel: idSchema,
  card: cardSchema,
  /** The card as the editor last read it stored; absent for a card new to the deck. */
  base: z.optional(cardSchema),
  at: z.number(),
});
export type PendingEdit = z.infer<typeof pendingEditSchema>;

/** This page's name in the keys of the drafts it keeps (ids never hold ':'). */
const THIS_PANEL = `p${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

const keyOf = (edit: Pick<PendingEdit, 'deckId' | 'card' | 'panel'>) => pendingEditKey(edit.deckId, edit.card.id, edit.panel);

/** Keeps an unsaved draft in one storage call (started at once: the page may be going). */
export function keepPendingEdit(deckId: string, card: Card, base: Card | undefined, at = Date.now(), panel = THIS_PANEL): Promise<void> {
  const edit: PendingEdit = base ? { deckId, panel, card, base, at } : { deckId, panel, card, at };
  return browser.storage.local.set({ [keyOf(edit)]: edit });
}

/** Drops a kept draft once it is saved. */
export function dropPendingEdit(edit: Pick<PendingEdit, 'deckId' | 'card' | 'panel'>): Promise<void> {
  return browser.storage.local.remove(keyOf(edit));
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
    if (parsed.success && key === keyOf(parsed.data)) edits.push(parsed.data);
    else broken.set(key, { key, value: raw, reason: 'An edit kept while the panel closed could not be read.', at: now });
  }
  await setAsideRecords(broken);
  return edits.sort((a, b) => a.at - b.at);
}

/** Sets a kept draft aside when it cannot be saved (listed in Customize, never dropped). */
export async function setPendingEditAside(edit: PendingEdit, reason: string, now = Date.now()): Promise<void> {
  const key = keyOf(edit);
  const stored = (await browser.storage.local.get(key))[key];
  if (stored === undefined) return;
  await setAsideRecords(new Map([[key, { key, value: stored, reason: `Your last edit to “${edit.card.title}” could not be saved: ${reason}`, at: now }]]));
}

/**
 * A draft that failed its check (a title too long, say) when the panel
 * closed: it cannot be saved, yet it holds the user's words, so it is set
 * aside in one storage call, with the reason, listed in Customize with the
 * other set-aside records for the user to export or discard.
 */
export function setUnsavedDraftAside(deckId: string, draft: unknown, title: string, reason: string, at = Date.now()): Promise<void> {
  const key = pendingEditKey(deckId, String((draft as { id?: unknown } | null)?.id ?? 'draft'), THIS_PANEL);
  const named = title.length > 60 ? `${title.slice(0, 60)}…` : title;
  const entry: QuarantineEntry = { key, value: { deckId, card: draft, at }, reason: `Your edit to “${named}” was not saved as the panel closed: ${reason}`, at };
  return browser.storage.local.set({ [quarantineKey(key, fingerprint(entry.value))]: entry });
}

/** What to do with a kept edit, given what happened to its card since it was made. */
export type Reconciled =
  | { save: PendingEdit; deckId: string; older: LostField[] }
  | { setAside: string };

/**
 * A kept edit is saved later than it was made: what other windows did
 * meanwhile may be newer. A deletion made after the edit stands (the edit is
 * set aside, not used to bring the card back); a field another window changed
 * after the edit keeps that newer text, and the edit's own text for it is
 * handed back as `older` for the panel to offer. An older change elsewhere is
 * merged as any save is (the edit, newer, wins and the other text is offered).
 */
export async function reconcilePendingEdit(edit: PendingEdit): Promise<Reconciled> {
  // A first edit of the shipped deck lands in the user's copy of it.
  const decks = edit.deckId === DEFAULT_DECK_ID ? [DEFAULT_COPY_ID, DEFAULT_DECK_ID] : [edit.deckId];
  const keys = decks.map((deckId) => cardKey(deckId, edit.card.id));
  const stored = await browser.storage.local.get(keys);
  const found = keys.findIndex((key) => stored[key] !== undefined);
  if (found === -1) return { save: edit, deckId: edit.deckId, older: [] };
  const raw = stored[keys[found]!];
  if (isTombstone(raw)) {
    return raw.deletedAt > edit.at
      ? { setAside: 'the card was deleted in another window after this edit was made.' }
      : { save: edit, deckId: decks[found]!, older: [] };
  }
  const record = cardRecordSchema.safeParse(migrateRecord(raw));
  const base = edit.base;
  if (!record.success || !base || record.data.card.kind !== edit.card.kind) return { save: edit, deckId: decks[found]!, older: [] };
  const theirs = record.data.card as Record<string, unknown>;
  const mine: Record<string, unknown> = { ...edit.card };
  const older: LostField[] = [];
  for (const field of Object.keys(mine)) {
    if (field === 'id' || field === 'kind') continue;
    const was = (base as Record<string, unknown>)[field];
    const newerElsewhere = fieldTime(record.data, field) > edit.at && !sameValue(theirs[field], was);
    if (sameValue(mine[field], was) || !newerElsewhere || sameValue(mine[field], theirs[field])) continue;
    older.push({ field, mine: mine[field] });
    mine[field] = theirs[field];
  }
  return { save: { ...edit, card: mine as Card }, deckId: decks[found]!, older };
}
