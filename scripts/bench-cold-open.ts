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
 * On a first run (nothing stored), then on each profile of the growth table
 * (1 to 50 decks stored, then a rehearsal history beside them, see
 * bench-seed.ts), with the machine's load at each. A control page, the bare page plus a fixed
 * amount of script work, shows how much page work the side panel's set-up
 * hides and that the clock does see it; the React floor (the bare page's
 * words rendered by React alone, bench-build.ts) shows what the stack costs
 * before any of Sidecue's own work.
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { median, type BenchBrowser } from './bench-browser';
import { FIRST_PAINT_PROBE, type FirstPaint } from './bench-first-paint';
import { seededCardCount, seededRecords, setExtensionStorage } from './bench-seed';
import { sidePanelDriver, type SidePanelDriver } from '../browser-tools/side-panel';
import { waitForQuiet } from './bench-quiet';

/** Side panel from the click, panel against the bare page, at every row of the growth table. */
export const COLD_OPEN_TARGET_RATIO = 1.2;
/** In a tab (the page's own work), panel against the bare page: on a first run, and with decks stored. */
export const TAB_TARGET_RATIO_FIRST_RUN = 1.4;
export const TAB_TARGET_RATIO_STORED = 1.5;

/**
 * The growth table's rows: what the profile stores. The first screen should
 * not care: only the active deck (and the settings) are read before it.
 */
export const GROWTH_PROFILES: readonly { decks: number; rehearsals: number }[] = [
  { decks: 1, rehearsals: 0 },
  { decks: 5, rehearsals: 0 },
  { decks: 20, rehearsals: 0 },
  { decks: 50, rehearsals: 0 },
  { decks: 50, rehearsals: 2_000 },
];

export function profileLabel({ decks, rehearsals }: { decks: number; rehearsals: number }): string {
  const stored = `${decks} ${decks === 1 ? 'deck' : 'decks'} (${seededCardCount(decks).toLocaleString('en-US')} cards)`;
  return rehearsals > 0 ? `${stored} and ${rehearsals.toLocaleString('en-US')} rehearsals` : stored;
}

const PANEL = 'sidepanel.html';
const BARE = 'bare.html';
const CONTROL = 'control.html';
const REACT_FLOOR = 'react-floor.html';

/** Medians of one page's opens, in ms. */
export interface PageTimings {
  /** Side panel, from the click to the first screen's paint. */
  sidePanelMs: number;
  /** Side panel, from its document's navigation start. */
  sidePanelFromNavigationMs: number;
  /** A fresh tab, from its navigation start. */
  tabMs: number;
}

/** The machine's one-minute load average when a set of rounds started and ended. */
export interface Load {
  start: number;
  end: number;
}

export type GrowthRow = { decks: number; rehearsals: number; load: Load } & (
  | { panel: PageTimings; bare: PageTimings; error?: undefined }
  /** The row could not be measured (the panel did not answer in time): why. */
  | { error: string }
);

export interface ColdOpenResult {
  runs: number;
  firstRun: { panel: PageTimings; bare: PageTimings; control: PageTimings; reactFloor: PageTimings; load: Load };
  growth: GrowthRow[];
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
  {
    runs = 15,
    profiles = GROWTH_PROFILES,
    log = () => {},
  }: { runs?: number; profiles?: readonly { decks: number; rehearsals: number }[]; log?: (line: string) => void } = {},
): Promise<ColdOpenResult> {
  const sidePanel = await sidePanelDriver(browser.context, browser.url(BARE));
  const load = async <T,>(work: () => Promise<T>): Promise<[T, Load]> => {
    const start = loadavg()[0]!;
    const result = await work();
    return [result, { start, end: loadavg()[0]! }];
  };
  try {
    await setExtensionStorage(browser);
    // Each row starts on a quiet machine, not on one still busy with the row before.
    await waitForQuiet(log);
    const [first, firstLoad] = await load(() => rounds(browser, sidePanel, [PANEL, BARE, CONTROL, REACT_FLOOR], runs, log, 'first run'));
    const growth: GrowthRow[] = [];
    for (const profile of profiles) {
      await setExtensionStorage(browser, (now) => seededRecords(profile.decks, now, profile.rehearsals));
      await waitForQuiet(log);
      const start = loadavg()[0]!;
      try {
        const [timings, rowLoad] = await load(() => rounds(browser, sidePanel, [PANEL, BARE], runs, log, profileLabel(profile)));
        growth.push({ ...profile, panel: timings[PANEL], bare: timings[BARE], load: rowLoad });
      } catch (error) {
        // A row that cannot be measured is reported as such; the rows after it still run.
        const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        log(`cold open, ${profileLabel(profile)}: could not measure (${reason})`);
        growth.push({ ...profile, error: reason, load: { start, end: loadavg()[0]! } });
        await sidePanel.closePanel().catch(() => {});
      }
    }
    await setExtensionStorage(browser);
    return {
      runs,
      firstRun: { panel: first[PANEL], bare: first[BARE], control: first[CONTROL], reactFloor: first[REACT_FLOOR], load: firstLoad },
      growth,
    };
  } finally {
    await sidePanel.dispose();
  }
}
