/**
 * Customize with a large deck: the active deck holds `cards` cards (the
 * shipped deck's and synthetic phrasings), the panel opens in a tab on its
 * first screen, then the Customize tab is clicked. Reported: the time from
 * that click to every row being on screen, and the longest task the page ran
 * from the click until a second after (the Long Tasks API sees only tasks
 * over 50 ms, so "none" means every task stayed under that).
 */
import { loadavg } from 'node:os';
import { watchClicksAndLongTasks, type BenchBrowser, type ClickAndTaskGlobals } from './bench-browser';
import type { Load } from './bench-cold-open';
import { syntheticCards } from './bench-search';
import { setExtensionStorage } from './bench-seed';
import { defaultDeck } from '../cards/default-deck';
import { cardKey, deckKey } from '../cards/storage/storage-keys';
import { RECORD_VERSION } from '../cards/storage/stored-records';

export const CUSTOMIZE_LONG_TASK_TARGET_MS = 50;

export interface CustomizeResult {
  cards: number;
  listedMs: number;
  /** 0 when no task passed 50 ms. */
  longestTaskMs: number;
  load: Load;
}

function bigDeck(cards: number, now: number): Record<string, unknown> {
  const all = [...defaultDeck.cards, ...syntheticCards(Math.max(0, cards - defaultDeck.cards.length), 11)];
  const records: Record<string, unknown> = {
    activeDeckId: 'big',
    [deckKey('big')]: { v: RECORD_VERSION, id: 'big', name: 'Big deck', description: '', createdAt: now, updatedAt: now },
  };
  all.forEach((card, index) => (records[cardKey('big', card.id)] = { v: RECORD_VERSION, order: index + 1, updatedAt: now, card }));
  return records;
}

export async function benchCustomize(browser: BenchBrowser, { cards = 1_000 } = {}): Promise<CustomizeResult> {
  const start = loadavg()[0]!;
  await setExtensionStorage(browser, (now) => bigDeck(cards, now));
  const page = await browser.newPage(400);
  try {
    await page.goto(browser.url('sidepanel.html'));
    await page.locator('.app[data-ready]').waitFor();
    await page.waitForTimeout(1500);
    await watchClicksAndLongTasks(page);
    await page.getByRole('tab', { name: /Customize/ }).click();
    const listedMs = await page.evaluate(
      (count) =>
        new Promise<number>((resolve) => {
          const check = () => {
            if (document.querySelectorAll('.card-rows > li').length < count) return requestAnimationFrame(check);
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - (window as ClickAndTaskGlobals).__clickedAt!)));
          };
          check();
        }),
      cards,
    );
    await page.waitForTimeout(1000);
    const longestTaskMs = await page.evaluate(() => (window as ClickAndTaskGlobals).__longest ?? 0);
    return { cards, listedMs, longestTaskMs, load: { start, end: loadavg()[0]! } };
  } finally {
    await page.close();
    await setExtensionStorage(browser);
  }
}
