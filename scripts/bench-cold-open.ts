/**
 * Cold open: how long the panel takes to show its first screen, readable and
 * usable, against a bare static page of the same extension showing the same
 * words. The clock stops when the browser paints the first screen (Element
 * Timing, see bench-first-paint.ts); the panel renders it only once storage
 * has been read and its keys are live.
 *
 * Each page is opened two ways, in alternating rounds (the order rotates every
 * round, after a warm-up round that is thrown away):
 * - in the real side panel, from the user's click on a button that opens it:
 *   what a user waits for, and the figure the target applies to;
 * - in a fresh tab, from the navigation's start: the page's own work alone,
 *   without the side panel's set-up, reported for context.
 * Twice over: on a first run (nothing stored) and on a profile in use (three
 * decks stored unless `--decks` asks for more, see bench-seed.ts). A control page, the bare page plus a fixed
 * amount of script work, shows how much page work the side panel's set-up
 * hides and that the clock does see it.
 */
import type { Page } from 'playwright-core';
import { median, type BenchBrowser } from './bench-browser';
import { FIRST_PAINT_PROBE, type FirstPaint } from './bench-first-paint';
import { SEEDED_DECK_COUNT, seededRecords, setExtensionStorage } from './bench-seed';
import { sidePanelDriver, type SidePanelDriver } from '../browser-tools/side-panel';

export const COLD_OPEN_TARGET_RATIO = 1.3;

const PANEL = 'sidepanel.html';
const BARE = 'bare.html';
const CONTROL = 'control.html';

/** Medians of one page's opens, in ms. */
export interface PageTimings {
  /** Side panel, from the click to the first screen's paint. */
  sidePanelMs: number;
  /** Side panel, from its document's navigation start. */
  sidePanelFromNavigationMs: number;
  /** A fresh tab, from its navigation start. */
  tabMs: number;
}

export interface ColdOpenResult {
  runs: number;
  /** How many decks of the shipped deck's size the "in use" profile stores. */
  storedDecks: number;
  firstRun: { panel: PageTimings; bare: PageTimings; control: PageTimings };
  inUse: { panel: PageTimings; bare: PageTimings };
}

async function openInTab(browser: BenchBrowser, path: string): Promise<number> {
  const page: Page = await browser.newPage();
  try {
    await page.goto(browser.url(path), { waitUntil: 'commit' });
    const { paint } = (await page.evaluate(FIRST_PAINT_PROBE)) as FirstPaint;
    return paint;
  } finally {
    await page.close();
  }
}

async function openInSidePanel(sidePanel: SidePanelDriver, path: string): Promise<{ fromClick: number; fromNavigation: number }> {
  const opened = await sidePanel.open(path);
  const { origin, paint } = await opened.evaluate<FirstPaint>(FIRST_PAINT_PROBE);
  await sidePanel.closePanel();
  return { fromClick: origin + paint - opened.clickedAt, fromNavigation: paint };
}

async function rounds<P extends string>(
  browser: BenchBrowser,
  sidePanel: SidePanelDriver,
  paths: readonly P[],
  runs: number,
  log: (line: string) => void,
  label: string,
): Promise<Record<P, PageTimings>> {
  const samples = new Map(paths.map((path) => [path, { side: [] as number[], sideNav: [] as number[], tab: [] as number[] }]));
  for (let round = -1; round < runs; round++) {
    const shift = ((round % paths.length) + paths.length) % paths.length;
    const order = [...paths.slice(shift), ...paths.slice(0, shift)];
    const line: string[] = [];
    for (const path of order) {
      const opened = await openInSidePanel(sidePanel, path);
      const inTab = await openInTab(browser, path);
      line.push(`${path} ${opened.fromClick.toFixed(0)} (tab ${inTab.toFixed(0)})`);
      if (round < 0) continue; // warm-up
      const sample = samples.get(path)!;
      sample.side.push(opened.fromClick);
      sample.sideNav.push(opened.fromNavigation);
      sample.tab.push(inTab);
    }
    if (round >= 0) log(`cold open, ${label}, ${round + 1}/${runs}: ${line.join(', ')} ms`);
  }
  const result = {} as Record<P, PageTimings>;
  for (const [path, sample] of samples) {
    result[path] = { sidePanelMs: median(sample.side), sidePanelFromNavigationMs: median(sample.sideNav), tabMs: median(sample.tab) };
  }
  return result;
}

export async function benchColdOpen(
  browser: BenchBrowser,
  { runs = 15, storedDecks = SEEDED_DECK_COUNT, log = () => {} }: { runs?: number; storedDecks?: number; log?: (line: string) => void } = {},
): Promise<ColdOpenResult> {
  const sidePanel = await sidePanelDriver(browser.context, browser.url(BARE));
  try {
    await setExtensionStorage(browser);
    const first = await rounds(browser, sidePanel, [PANEL, BARE, CONTROL], runs, log, 'first run');
    await setExtensionStorage(browser, seededRecords(storedDecks));
    const inUse = await rounds(browser, sidePanel, [PANEL, BARE], runs, log, `${storedDecks} decks stored`);
    await setExtensionStorage(browser);
    return {
      runs,
      storedDecks,
      firstRun: { panel: first[PANEL], bare: first[BARE], control: first[CONTROL] },
      inUse: { panel: inUse[PANEL], bare: inUse[BARE] },
    };
  } finally {
    await sidePanel.dispose();
  }
}
