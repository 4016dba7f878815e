import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import type { SlotValues } from '../render-template';
import { z } from '../zod-setup';
import { FOLLOW_UP_FILLS_KEY } from './storage-keys';
import { withLock } from './with-lock';

/**
 * The user's own words in a follow-up template's blanks (their numbers, their
 * system), per template card and variant, kept on this device so they are
 * still there after a look at another section or a restart. A blank left
 * empty shows the card's worked example.
 */
export type FollowUpFills = Record<string, Record<string, SlotValues>>;

const slotValuesSchema = z.record(z.string(), z.string().check(z.maxLength(2000)));
const fillsSchema = z.record(z.string(), z.record(z.string(), slotValuesSchema));

export const followUpFills = storage.defineItem<FollowUpFills>(FOLLOW_UP_FILLS_KEY, { fallback: {}, version: 1 });

/** What storage holds, or nothing filled in when it cannot be read (the worked examples stand). */
export function readFollowUpFills(value: unknown): FollowUpFills {
  const result = fillsSchema.safeParse(value);
  return result.success ? result.data : {};
}

/** One card's fills: each variant's blanks as the user left them. */
export type CardFills = Record<string, SlotValues>;

/**
 * A card's fills with one variant's blanks replaced; a variant whose blanks
 * are all empty is dropped (an empty blank being typed into stays: the box
 * shows what the user left, not the example).
 */
export function withVariantFills(card: CardFills, variantId: string, values: SlotValues): CardFills {
  const next = { ...card };
  if (Object.values(values).some((text) => text !== '')) next[variantId] = values;
  else delete next[variantId];
  return next;
}

/** Every card's fills with one card's replaced (a card with none dropped). */
export function withCardFills(fills: FollowUpFills, cardId: string, card: CardFills): FollowUpFills {
  const next = { ...fills, [cardId]: card };
  if (Object.keys(card).length === 0) delete next[cardId];
  return next;
}

/**
 * Changes one variant's blanks in storage as it holds them now: read, change
 * and write under a lock shared by every panel, so two windows typing into
 * blanks of one card (even one variant) never write over each other. `change`
 * gets the variant's blanks as stored and returns them changed. Resolves to
 * the card's fills as stored after the change.
 */
export function updateVariantFills(cardId: string, variantId: string, change: (values: SlotValues) => SlotValues): Promise<CardFills> {
  const name = FOLLOW_UP_FILLS_KEY.replace(/^local:/, '');
  return withLock(FOLLOW_UP_FILLS_KEY, async () => {
    const fills = readFollowUpFills((await browser.storage.local.get(name))[name]);
    const card = withVariantFills(fills[cardId] ?? {}, variantId, change(fills[cardId]?.[variantId] ?? {}));
    await browser.storage.local.set({ [name]: withCardFills(fills, cardId, card) });
    return card;
  });
}
