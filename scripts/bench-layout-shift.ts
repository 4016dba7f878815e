/**
 * How much the first screen moves as the panel opens (Chromium's layout-shift
 * entries, summed as CLS is, without shifts right after input): once with
 * nothing stored, once with a rehearsal under way, whose now strip sits above
 * everything else (a strip that arrived after the first paint would push the
 * whole screen down as the user starts to read).
 */
import { loadavg } from 'node:os';
import type { Load } from './bench-cold-open';
import type { BenchBrowser } from './bench-browser';
import { setExtensionStorage } from './bench-seed';

/** Ours: the first screen should not move at all (web.dev calls ≤ 0.1 "good" for a whole page's life). */
export const LAYOUT_SHIFT_BUDGET = 0.01;
const OPENS = 5;

export interface LayoutShiftResult {
  /** The worst of OPENS opens in each case. */
  freshWorst: number;
  rehearsingWorst: number;
  opens: number;
  load: Load;
}

/** A run started a minute ago, as the Rehearse section stores one. */
const runUnderWay = (now: number) => ({
  rehearsalSession: {
    id: 'bench-run',
    deckId: 'default',
    promptId: 'free',
    promptTitle: 'Free practice',
    question: 'Design any system you like, out loud.',
    timer: { startedAt: now - 60_000, lengthMs: 35 * 60_000, pausedMs: 0, pausedAt: null, endedAt: null },
    steps: [{ id: 'problem', title: '1 · Problem definition' }],
    checkpoints: [],
    stepsDone: {},
    asked: [],
    sound: false,
  },
});

async function worstShift(browser: BenchBrowser, waitFor: string): Promise<number> {
  let worst = 0;
  for (let open = 0; open < OPENS; open++) {
    const page = await browser.newPage(400);
    try {
      await page.addInitScript(() => {
        const total = { value: 0 };
        (globalThis as { __layoutShift?: typeof total }).__layoutShift = total;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total.value += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(browser.url('sidepanel.html'));
      await page.locator(waitFor).waitFor();
      // Past the idle-time work that follows the first paint (the notices, the drill count).
      await page.waitForTimeout(1000);
      worst = Math.max(worst, await page.evaluate(() => (globalThis as { __layoutShift?: { value: number } }).__layoutShift!.value));
    } finally {
      await page.close();
    }
  }
  return worst;
}

export async function benchLayoutShift(browser: BenchBrowser): Promise<LayoutShiftResult> {
  const start = loadavg()[0]!;
  await setExtensionStorage(browser);
  const freshWorst = await worstShift(browser, '#current-step-title');
  await setExtensionStorage(browser, runUnderWay);
  const rehearsingWorst = await worstShift(browser, '[data-testid="now-strip"]');
  await setExtensionStorage(browser);
  return { freshWorst, rehearsingWorst, opens: OPENS, load: { start, end: loadavg()[0]! } };
}
