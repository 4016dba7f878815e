/**
 * Cold open: a fresh tab navigates to an extension page; the clock (the
 * page's own performance.now(), whose zero is the navigation's start) stops at
 * the first animation frame after the first screen's words are in the DOM and
 * visible. For the panel that means `.app[data-ready]` (storage read, keys
 * live) and `#current-step-title`; for the bare page its heading. Runs
 * alternate panel/bare (and swap who goes first each round), after a warm-up
 * round that is thrown away, so both see the same browser state.
 */
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { median, type BenchBrowser } from './bench-browser';

export const COLD_OPEN_TARGET_RATIO = 1.3;

export interface ColdOpenResult {
  runs: number;
  /** From the navigation's start (the page's own clock) to the first frame showing the first screen. */
  panelMs: number[];
  bareMs: number[];
  panelMedianMs: number;
  bareMedianMs: number;
  ratio: number;
  /** The same end, but from the moment the bench asked for a new tab: tab creation included, as a user clicking the icon waits. */
  panelFromTabMs: number[];
  bareFromTabMs: number[];
  panelFromTabMedianMs: number;
  bareFromTabMedianMs: number;
  fromTabRatio: number;
}

const PANEL_READY = ['.app[data-ready]', '#current-step-title'];
const BARE_READY = ['#bare-title'];

/** Runs in the page before any of its own code: watches the DOM until every selector shows. */
function watchReady(selectors: string[]) {
  const target = window as unknown as { __benchReady?: { dom: number; frame: number } };
  let done = false;
  const visible = (selector: string) => {
    const element = document.querySelector(selector);
    return element !== null && element.checkVisibility() && (element.textContent ?? '').trim() !== '';
  };
  const check = () => {
    if (done || !selectors.every(visible)) return;
    done = true;
    observer.disconnect();
    const dom = performance.now();
    requestAnimationFrame(() => (target.__benchReady = { dom, frame: performance.now() }));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', check);
}

interface Open {
  fromNavigation: number;
  fromTab: number;
}

async function openOnce(browser: BenchBrowser, path: string, selectors: string[]): Promise<Open> {
  // Wall-clock epoch, comparable with the page's timeOrigin + now() (same machine, same clock).
  const asked = performance.timeOrigin + performance.now();
  const page: Page = await browser.newPage();
  try {
    await page.addInitScript(watchReady, selectors);
    await page.goto(browser.url(path), { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => {
        const frame = (window as unknown as { __benchReady?: { frame: number } }).__benchReady?.frame;
        return frame === undefined ? undefined : { frame, epoch: performance.timeOrigin + frame };
      },
      undefined,
      { timeout: 30_000 },
    );
    const { frame, epoch } = (await handle.jsonValue()) as { frame: number; epoch: number };
    return { fromNavigation: frame, fromTab: epoch - asked };
  } finally {
    await page.close();
  }
}

export async function benchColdOpen(browser: BenchBrowser, runs = 15, log: (line: string) => void = () => {}): Promise<ColdOpenResult> {
  const panel = () => openOnce(browser, 'sidepanel.html', PANEL_READY);
  const bare = () => openOnce(browser, 'bare.html', BARE_READY);
  await panel();
  await bare();
  const panels: Open[] = [];
  const bares: Open[] = [];
  for (let round = 0; round < runs; round++) {
    if (round % 2 === 0) {
      panels.push(await panel());
      bares.push(await bare());
    } else {
      bares.push(await bare());
      panels.push(await panel());
    }
    const [p, b] = [panels.at(-1)!, bares.at(-1)!];
    log(
      `cold open ${round + 1}/${runs}: panel ${p.fromNavigation.toFixed(1)} ms (${p.fromTab.toFixed(0)} from tab), ` +
        `bare ${b.fromNavigation.toFixed(1)} ms (${b.fromTab.toFixed(0)} from tab)`,
    );
  }
  const panelMs = panels.map((open) => open.fromNavigation);
  const bareMs = bares.map((open) => open.fromNavigation);
  const panelFromTabMs = panels.map((open) => open.fromTab);
  const bareFromTabMs = bares.map((open) => open.fromTab);
  const [panelMedianMs, bareMedianMs] = [median(panelMs), median(bareMs)];
  const [panelFromTabMedianMs, bareFromTabMedianMs] = [median(panelFromTabMs), median(bareFromTabMs)];
  return {
    runs,
    panelMs,
    bareMs,
    panelMedianMs,
    bareMedianMs,
    ratio: panelMedianMs / bareMedianMs,
    panelFromTabMs,
    bareFromTabMs,
    panelFromTabMedianMs,
    bareFromTabMedianMs,
    fromTabRatio: panelFromTabMedianMs / bareFromTabMedianMs,
  };
}
