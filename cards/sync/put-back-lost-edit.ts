import { browser } from 'wxt/browser';
import { cardSchema } from '../schema';
import { ORDER_FIELD } from '../storage/field-clock';
import { migrateRecord } from '../storage/record-migrations';
import { saveCard } from '../storage/store';
import { cardKey } from '../storage/storage-keys';
import { cardRecordSchema } from '../storage/stored-records';
import { dismissLostEdit, type LostEdit } from './lost-edits';

/**
 * Writes the replaced text back into the card (a new edit, so it wins
 * everywhere sync reaches), then drops the entry. Refused in words when the
 * card is gone or the text no longer fits the card.
 */
export async function putBackLostEdit(edit: LostEdit): Promise<void> {
  const key = cardKey(edit.deckId, edit.cardId);
  const stored = cardRecordSchema.safeParse(migrateRecord((await browser.storage.local.get(key))[key]));
  if (!stored.success || stored.data.card.id !== edit.cardId) {
    throw new Error(`“${edit.title}” is no longer in this deck, so that text cannot go back into it. Copy it instead.`);
  }
  const { card, order } = stored.data;
  const isOrder = edit.field === ORDER_FIELD;
  const next = cardSchema.safeParse(isOrder ? card : { ...card, [edit.field]: edit.replaced });
  const place = isOrder && typeof edit.replaced === 'number' && Number.isFinite(edit.replaced) ? edit.replaced : order;
  if (!next.success) throw new Error(`That text no longer fits “${edit.title}” (the card changed kind). Copy it instead.`);
  await saveCard(edit.deckId, next.data, place);
  await dismissLostEdit(edit);
}
