import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './support/extension';
import { SCREENSHOTS } from './support/paths';

// Rehearse in its four states (setup, a run with a drill question, the score
// form, the history with its chart), seeded through storage so the pictures
// show the same moment every time: at 400 and 320 px, light and dark, the
// viewport only (700 px high), as the user sees it at a glance.
const TOUR = join(SCREENSHOTS, 'rehearse-tour');
const SIZES = [400, 320] as const;
const SCHEMES = ['light', 'dark'] as const;

const STEPS = [
  { id: 'problem', title: '1 · Problem definition' },
  { id: 'constraints', title: '2 · Constraint articulation' },
  { id: 'levers', title: '3 · Leverage identification' },
  { id: 'close', title: '4 · Close: every lever → a business metric' },
];
const CHECKPOINTS = [
  { stepId: 'problem', label: STEPS[0]!.title, atMs: 180_000 },
  { stepId: 'constraints', label: STEPS[1]!.title, atMs: 360_000 },
  { stepId: 'levers', label: STEPS[2]!.title, atMs: 600_000 },
];

function runningSession(now: number, ended: boolean) {
  const startedAt = now - 11 * 60_000 - 20_000;
  return {
    id: 'rtour',
    deckId: 'default',
    promptId: 'prompt-flash-sale',
    promptTitle: 'Real-time inventory allocation for flash sales',
    question: 'Design inventory allocation for a flash sale where stock is gone within seconds.',
    timer: { startedAt, lengthMs: 35 * 60_000, pausedMs: 0, pausedAt: null, endedAt: ended ? now : null },
    steps: STEPS,
    checkpoints: CHECKPOINTS,
    stepsDone: { problem: 150_000, constraints: 400_000, levers: 590_000 },
    asked: ['prompt-flash-sale/cache-invalidation'],
    sound: false,
  };
}

function historyOfOneDay(now: number) {
  const day = new Date(now);
  day.setHours(9, 0, 0, 0);
  const scores = [
    { impact: 2, feasibility: 3, tradeoff: 2 },
    { impact: 3, feasibility: 3, tradeoff: 3 },
    { impact: 4, feasibility: 3, tradeoff: 3 },
    { impact: 4, feasibility: 4, tradeoff: 5 },
  ];
  return scores.map((entry, index) => ({
    id: `rtour${index}`,
    startedAt: day.getTime() + index * 75 * 60_000,
    promptId: 'prompt-flash-sale',
    promptTitle: 'Real-time inventory allocation for flash sales',
    lengthMs: 35 * 60_000,
    elapsedMs: (30 + index) * 60_000,
    steps: STEPS.map((step) => ({ stepId: step.id, title: step.title, doneAtMs: null, durationMs: null })),
    checkpoints: CHECKPOINTS.map((checkpoint, at) => ({ ...checkpoint, hit: at < index })),
    followUps: [],
    scores: entry,
    note: index === 3 ? 'Named the metric first this time.' : '',
  }));
}

async function seed(page: Page, values: Record<string, unknown>) {
  await page.evaluate(async (entries) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(entries);
  }, values);
}

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  mkdirSync(TOUR, { recursive: true });
});
afterAll(() => session.close());

describe('Rehearse, state by state', () => {
  it('pictures setup, a run with a drill question, the score form and the history', async () => {
    const page = await session.openPanel({ width: 400 });
    const now = Date.now();
    const states: [string, Record<string, unknown>][] = [
      ['setup', { rehearsalSession: null, rehearsalHistory: [] }],
      ['run', { rehearsalSession: runningSession(now, false), rehearsalHistory: [] }],
      ['score', { rehearsalSession: runningSession(now, true) }],
      ['history', { rehearsalSession: null, rehearsalHistory: historyOfOneDay(now) }],
    ];
    for (const [name, values] of states) {
      await seed(page, { ...values, panelView: { section: 'rehearse', stepId: 'close', glance: false } });
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const width of SIZES) {
          await page.setViewportSize({ width, height: 700 });
          await page.reload();
          await page.locator('.app[data-ready]').waitFor();
          await page.locator('.rehearse').waitFor();
          if (name === 'history') {
            await page.getByTestId('score-chart').scrollIntoViewIfNeeded();
          }
          await page.waitForTimeout(200);
          await page.screenshot({ path: join(TOUR, `${name}-${width}-${scheme}.png`) });
          const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
          expect(sideways, `${name} at ${width} px, ${scheme}`).toBe(false);
        }
      }
    }
    await page.close();
  });
});
