import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, seriousA11yViolations, snap, type ExtensionSession } from './support/extension';

/** The badge text the background put on the toolbar button, read in its service worker. */
async function badgeText(session: ExtensionSession): Promise<string> {
  const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
  return worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } }).chrome.action.getBadgeText({}));
}

const prompt = (page: Page) => page.locator('.drill-card .drill-prompt');

describe('drilling the phrasings by heart', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('reviews five items by keyboard alone; after a reload none of them is asked again and the badge counts what is left', async () => {
    const page = await session.openPanel({ width: 400, colorScheme: 'light' });
    expect(await badgeText(session)).toBe('');
    await page.keyboard.press('r');
    const count = page.getByTestId('drill-count');
    await expect.poll(() => count.textContent()).toBe('0 due · 10 new');

    const reviewed: string[] = [];
    // Easy and Good in turn: Good sends a new item to a 10-minute step, Easy to days away.
    for (const grade of ['4', '3', '4', '3', '4']) {
      const asked = (await prompt(page).textContent())!;
      reviewed.push(asked);
      await page.keyboard.press('Space');
      const buttons = page.getByRole('group', { name: /^How well did you recall it\?/ }).getByRole('button');
      await expect.poll(() => buttons.count()).toBe(4);
      if (reviewed.length === 1) {
        await snap(page, 'drill-answer-400-light');
        expect(await buttons.first().textContent()).toBe('Again 1 min');
      }
      await page.keyboard.press(grade);
      await expect.poll(() => prompt(page).textContent()).not.toBe(asked);
    }
    expect(new Set(reviewed).size).toBe(5);
    await expect.poll(() => count.textContent()).toBe('0 due · 5 new');
    // The badge counts the five new items left today, as the header does.
    await expect.poll(() => badgeText(session)).toBe('5');
    await expect.poll(() => page.getByTestId('drill-due-count').textContent()).toBe('5');

    await page.reload();
    await page.locator('.app[data-ready]').waitFor();
    // The drill was left open: it opens again, on an item not reviewed yet.
    await expect.poll(() => count.textContent()).toBe('0 due · 5 new');
    expect(reviewed).not.toContain(await prompt(page).textContent());
    const stored = await page.evaluate(async () => {
      const all = await (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<Record<string, { due: number }>> } } } }).chrome.storage.local.get(null);
      return Object.entries(all)
        .filter(([key]) => key.startsWith('review:'))
        .map(([, record]) => record.due - Date.now());
    });
    expect(stored).toHaveLength(5);
    for (const wait of stored) expect(wait).toBeGreaterThan(60_000);

    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    await page.close();
  });

  it('reads at 400 and 320 px, light and dark: prompt, answer and progress', async () => {
    for (const width of [400, 320]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await session.openPanel({ width, colorScheme });
        await page.setViewportSize({ width, height: 700 });
        // Left open by the first test.
        await prompt(page).waitFor();
        await snap(page, `drill-prompt-${width}-${colorScheme}`);
        await page.keyboard.press('Space');
        await page.getByRole('group', { name: 'Answer' }).waitFor();
        await snap(page, `drill-answer-${width}-${colorScheme}`);
        if (colorScheme === 'dark') expect(await seriousA11yViolations(page)).toEqual([]);
        // Nothing spills sideways at this width.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.getByRole('button', { name: 'More drill actions' }).click();
        await page.getByRole('menuitemradio', { name: 'Progress' }).click();
        await page.getByRole('img', { name: /Bar chart of items coming due/ }).waitFor();
        await snap(page, `drill-progress-${width}-${colorScheme}`);
        if (colorScheme === 'light') expect(await seriousA11yViolations(page)).toEqual([]);
        await page.close();
      }
    }
    expect(session.consoleErrors).toEqual([]);
  });
});
