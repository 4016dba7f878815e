/**
 * Deck switch with many decks stored: the panel (in a tab, 400 px wide) is
 * opened on a profile of `decks` decks, left until it has read them all (the
 * deck menu lists every one), then switched through the deck menu to one
 * deck after another. The clock runs from the click on the deck's entry to
 * the frame after its first step (its own title, see bench-seed.ts) is on
 * screen, and the longest task the page ran meanwhile is kept too.
 */
import { loadavg } from 'node:os';
import { median, watchClicksAndLongTasks, type BenchBrowser, type ClickAndTaskGlobals } from './bench-browser';
import type { Load } from './bench-cold-open';
import { defaultDeck } from '../cards/default-deck';
import { seededDeckName, seededFirstStep, seededRecords, setExtensionStorage } from './bench-seed';

export const SWITCH_TARGET_MS = 100;

export interface SwitchResult {
  decks: number;
  switches: number;
  medianMs: number;
  worstMs: number;
  /** The longest task seen during the switches (0 when none passed 50 ms). */
  longestTaskMs: number;
  load: Load;
}

export async function benchSwitch(browser: BenchBrowser, { decks = 50, switches = 12, log = (_: string) => {} } = {}): Promise<SwitchResult> {
  const start = loadavg()[0]!;
  await setExtensionStorage(browser, (now) => seededRecords(decks, now));
  const page = await browser.newPage(400);
  const times: number[] = [];
  try {
    // In front, as a panel in use is: a page left behind other tabs gets its idle time (when the
    // other decks are read) and its timers throttled, after the cold open's many tabs.
    await page.bringToFront();
    await page.goto(browser.url('sidepanel.html'));
    await page.locator('.app[data-ready]').waitFor();
    await watchClicksAndLongTasks(page);
    const menuButton = page.locator('.deck-menu .overflow-menu-button');
    const menuOpen = async (open: boolean) => {
      if (((await menuButton.getAttribute('aria-expanded')) === 'true') !== open) await menuButton.click();
    };
    // Every deck listed: the whole library has been read (in idle time).
    await menuOpen(true);
    await page.getByRole('menuitemradio').nth(decks).waitFor({ timeout: 90_000 });
    await menuOpen(false);
    await page.waitForTimeout(300);

    for (let turn = 0; turn < switches; turn++) {
      // Far apart in the list, never the one shown.
      const index = 1 + ((turn * 17) % (decks - 1));
      await menuOpen(true);
      // The entry's name is the deck's name, then its card count.
      const entry = page.getByRole('menuitemradio', { name: new RegExp(`^${seededDeckName(index)}\\s*${defaultDeck.cards.length} cards$`) });
      await entry.waitFor().catch(async (error: unknown) => {
        // Say what the menu held instead, so a stall can be told from a missing deck.
        const open = await menuButton.getAttribute('aria-expanded');
        const listed = await page.getByRole('menuitemradio').allTextContents();
        throw new Error(`${seededDeckName(index)} not in the deck menu (open: ${open}; ${listed.length} entries: ${listed.slice(0, 5).join(' | ')}…): ${String(error)}`);
      });
      const shown = page.evaluate((title) => {
        const self = window as ClickAndTaskGlobals;
        self.__clickedAt = undefined;
        return new Promise<number>((resolve) => {
          const check = () => {
            const heading = document.querySelector('[elementtiming="first-screen"]');
            if (heading?.textContent !== title) return false;
            observer.disconnect();
            // The frame that shows it.
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - (self.__clickedAt ?? performance.now()))));
            return true;
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        });
      }, seededFirstStep(index));
      await entry.click();
      const ms = await shown;
      times.push(ms);
      log(`deck switch ${turn + 1}/${switches} to ${seededDeckName(index)}: ${ms.toFixed(0)} ms`);
      await page.waitForTimeout(200);
    }
    const longestTaskMs = await page.evaluate(() => (window as ClickAndTaskGlobals).__longest ?? 0);
    return {
      decks,
      switches,
      medianMs: median(times),
      worstMs: Math.max(...times),
      longestTaskMs,
      load: { start, end: loadavg()[0]! },
    };
  } finally {
    await page.close();
    await setExtensionStorage(browser);
  }
}
