import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// The extension page's own API, reached inside page.evaluate.
declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

/** The deck in use, as stored (the header's deck menu shows its name). */
export const activeDeckId = (page: Page) =>
  page.evaluate(async () => (await chrome.storage.local.get(null))['activeDeckId']);

/** The header's deck menu button, named after the deck in use. */
export const deckMenu = (page: Page) => page.getByRole('button', { name: /^Deck: / });

/**
 * Runs one action of a menu by keyboard alone: focus its button, Enter, arrow
 * to the item (the arrows pass over disabled ones, so they are not counted), Enter.
 */
async function pickByKeyboard(page: Page, button: Locator, label: string) {
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await menu.waitFor();
  const items = await menu.locator('[role^="menuitem"]:not(:disabled)').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
  const at = items.findIndex((text) => text.startsWith(label));
  expect(at, `${label} in ${items.join(' | ')}`).toBeGreaterThanOrEqual(0);
  for (let step = 0; step < at; step++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/** Runs one action of the header's deck menu by keyboard. */
export const deckAction = (page: Page, label: string) => pickByKeyboard(page, deckMenu(page), label);

/** Picks an action from an item's overflow menu ("More actions for <title>"). */
export async function fromMenu(page: Page, title: string, action: string) {
  await page.getByRole('button', { name: `More actions for ${title}`, exact: true }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

/** The same by keyboard alone. */
export const fromMenuByKeyboard = (page: Page, title: string, action: string) =>
  pickByKeyboard(page, page.getByRole('button', { name: `More actions for ${title}`, exact: true }), action);
