/**
 * A section's first open: the panel (in a tab, in front, 400 px wide) is
 * opened fresh, left a moment on its first screen (as a user reads it before
 * reaching for another section; the sections' scripts load in idle time then,
 * components/shell/sections.ts), and one section's tab is clicked. The clock
 * runs from the click to that section's content in the DOM. Each section in
 * turn, `opens` times each, every time in a fresh page.
 */
import { loadavg } from 'node:os';
import { median, type BenchBrowser } from './bench-browser';
import type { Load } from './bench-cold-open';
import { setExtensionStorage } from './bench-seed';

/** Ours (the issue sets none): a section should open as fast as a deck switches. */
export const SECTION_OPEN_BUDGET_MS = 100;
/** How long the first screen is left before the click: long enough to read a step. */
const READ_MS = 1500;
const SECTIONS = ['Follow-ups', 'Phrasings', 'Rehearse', 'Board', 'Customize'];

export interface SectionOpenResult {
  opens: number;
  /** Median ms from the click to the section's content, per section. */
  medianMs: Record<string, number>;
  worstMs: number;
  load: Load;
}

export async function benchSectionOpen(browser: BenchBrowser, { opens = 5 } = {}): Promise<SectionOpenResult> {
  const start = loadavg()[0]!;
  await setExtensionStorage(browser);
  const times = new Map<string, number[]>(SECTIONS.map((name) => [name, []]));
  for (let open = 0; open < opens; open++) {
    for (const name of SECTIONS) {
      const page = await browser.newPage(400);
      try {
        await page.bringToFront();
        await page.goto(browser.url('sidepanel.html'));
        await page.locator('.app[data-ready]').waitFor();
        await page.waitForTimeout(READ_MS);
        const ms = await page.evaluate(async (name) => {
          const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((candidate) => candidate.textContent?.includes(name))!;
          const panel = `main#panel-${name.toLowerCase()}`;
          const clicked = performance.now();
          tab.click();
          // The section's own content: a heading or its section element (not a "Loading…" line).
          while (!document.querySelector(`${panel} section, ${panel} h2`)) await new Promise((resolve) => setTimeout(resolve, 1));
          return performance.now() - clicked;
        }, name);
        times.get(name)!.push(ms);
      } finally {
        await page.close();
      }
    }
  }
  const all = [...times.values()].flat();
  return {
    opens,
    medianMs: Object.fromEntries([...times].map(([name, list]) => [name, median(list)])),
    worstMs: Math.max(...all),
    load: { start, end: loadavg()[0]! },
  };
}
