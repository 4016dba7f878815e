import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, seriousA11yViolations, snap, type ExtensionSession } from './support/extension';
import { SCREENSHOTS } from './support/paths';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search phrasings' });
const isFocused = (page: Page) => searchBox(page).evaluate((element) => element === document.activeElement);
const titles = (page: Page) => page.locator('.phrasing .phrasing-title').allTextContents();

describe('looking up a phrasing mid-answer', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('focuses search with /, filters on every keystroke, marks the result Enter copies, moves the mark with the arrows', async () => {
    const page = await session.openPanel({ width: 320 });
    await page.keyboard.press('/');
    await expect.poll(() => isFocused(page)).toBe(true);

    await page.keyboard.type('kafak');
    const first = page.locator('.phrasing').first();
    await expect.poll(() => first.locator('.strong-line').textContent()).toMatch(/Kafka/);
    expect(await first.locator('mark').first().textContent()).toMatch(/kafka/i);
    // The first result is the marked one, and says what Enter does.
    await expect.poll(() => page.locator('.phrasing.active').count()).toBe(1);
    expect(await page.locator('.phrasing.active .phrasing-enter-hint').textContent()).toMatch(/Enter.*copies/);
    await snap(page, 'phrasings-search-320-light');

    // The line to say, with the weak one to avoid under it.
    await searchBox(page).fill('monolith');
    await expect.poll(() => page.locator('.phrasing .avoid').count()).toBeGreaterThan(0);
    expect(await page.locator('.phrasing .avoid .label').first().textContent()).toBe('Avoid');

    // ↓ moves the mark; Enter copies the marked result; the live region confirms; focus stays in the box.
    await searchBox(page).fill('latency');
    await expect.poll(() => page.locator('.phrasing').count()).toBeGreaterThan(1);
    const before = await page.locator('.phrasing.active .strong-line').textContent();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.phrasing.active .strong-line').textContent()).not.toBe(before);
    expect(await page.locator('.phrasing').nth(1).getAttribute('class')).toContain('active');
    const marked = (await page.locator('.phrasing.active .strong-line').textContent()) ?? '';
    await page.keyboard.press('Enter');
    // Long lines are cut short for the screen reader; the clipboard holds the whole line.
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`Copied: ${marked.slice(0, 60)}`);
    expect(await isFocused(page)).toBe(true);
    expect(await page.locator('.phrasing.active .phrasing-enter-hint').textContent()).toContain('Copied');

    await searchBox(page).fill('zzzz qqqq');
    await expect.poll(() => page.getByText('No phrasings match “zzzz qqqq”.').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => searchBox(page).inputValue()).toBe('');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('finds the trade-off phrasings however "tradeoff" is written', async () => {
    const page = await session.openPanel({ width: 400 });
    await page.keyboard.press('/');
    const found: Record<string, string[]> = {};
    for (const query of ['trade-off', 'tradeoff', 'trade off']) {
      await searchBox(page).fill(query);
      await expect.poll(async () => (await titles(page)).length).toBeGreaterThan(0);
      await page.waitForTimeout(100);
      found[query] = (await titles(page)).sort();
    }
    expect(found.tradeoff!.length).toBeGreaterThanOrEqual(5);
    expect(found.tradeoff).toEqual(found['trade-off']);
    expect(found['trade off']).toEqual(found['trade-off']);
    // The joined word is marked where the text hyphenates it.
    await searchBox(page).fill('tradeoff');
    await expect
      .poll(() => page.locator('.phrasing mark').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/^trade-off$/i)]));
  });

  it('Esc clears, a second Esc leaves the box, and the shortcut keys work again', async () => {
    const page = await session.openPanel({ width: 400 });
    await page.keyboard.press('3');
    await page.locator('.phrasing').first().waitFor();
    await page.keyboard.press('/');
    await expect.poll(() => isFocused(page)).toBe(true);
    await page.keyboard.type('cost');
    await page.keyboard.press('Escape');
    await expect.poll(() => searchBox(page).inputValue()).toBe('');
    expect(await isFocused(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isFocused(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('.panel-main') !== null)).toBe(true);
    // `1` is now a shortcut, not a letter typed into the box.
    await page.keyboard.press('1');
    await expect.poll(() => page.locator('#phrasing-search').count()).toBe(0);
  });

  it('at 400 x 700, the first result’s line to say is on screen after typing, with no row showing more than two buttons', async () => {
    const page = await session.openPanel({ width: 400 });
    await page.setViewportSize({ width: 400, height: 700 });
    await page.keyboard.press('/');
    await page.keyboard.type('latency');
    const say = page.locator('.phrasing').first().locator('.strong-line');
    await expect.poll(() => say.textContent()).toMatch(/\S/);
    await page.waitForTimeout(150);
    const box = (await say.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    await page.screenshot({ path: join(SCREENSHOTS, 'phrasings-query-400-light.png') });

    // Away from the rows (no hover, no focus), no row shows more than two buttons.
    await page.mouse.move(0, 0);
    const mostButtons = await page.locator('.phrasing').evaluateAll((rows) =>
      Math.max(
        ...rows.map(
          (row) =>
            [...row.querySelectorAll('button')].filter((button) => {
              const rect = button.getBoundingClientRect();
              return rect.width > 0 && rect.height > 0 && getComputedStyle(button).visibility !== 'hidden';
            }).length,
        ),
      ),
    );
    expect(mostButtons).toBeLessThanOrEqual(2);
    expect(mostButtons).toBeGreaterThan(0);

    // Scrolled far down a long list, the search box is still in view, below the panel's header and tabs.
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(100);
    const clear = await page.evaluate(() => {
      const top = document.querySelector('.app-top')!.getBoundingClientRect();
      const search = document.querySelector('.phrasing-search-bar input')!.getBoundingClientRect();
      return { scrolled: window.scrollY > 500, searchBelowTop: search.top >= top.bottom - 1 };
    });
    expect(clear).toEqual({ scrolled: true, searchBelowTop: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'phrasings-scrolled-400-light.png') });
    await page.close();
  });

  it('filters by tag and pins a favorite to the top from the menu, remembered', async () => {
    const page = await session.openPanel({ width: 700, colorScheme: 'dark' });
    await page.keyboard.press('3');
    const tags = page.getByRole('group', { name: 'Filter by tag' });
    await tags.getByRole('button', { name: 'cost', exact: true }).click();
    await expect.poll(async () => (await titles(page)).length).toBeGreaterThan(0);
    await tags.getByRole('button', { name: 'All tags' }).click();

    const last = page.locator('.phrasing').last();
    const lastTitle = (await last.locator('.phrasing-title').textContent()) ?? '';
    await last.getByRole('button', { name: /^More actions for/ }).click();
    await page.getByRole('menuitem', { name: 'Pin to the top' }).click();
    await expect.poll(() => page.locator('.phrasing').first().locator('.phrasing-title').textContent()).toBe(`Pinned: ${lastTitle}`);
    await page.reload();
    await expect.poll(() => page.locator('.phrasing').first().locator('.phrasing-title').textContent()).toBe(`Pinned: ${lastTitle}`);
    await snap(page, 'phrasings-wide-dark');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('opens a phrasing in the card editor from its menu', async () => {
    const page = await session.openPanel();
    await page.keyboard.press('3');
    const first = page.locator('.phrasing').first();
    await first.waitFor();
    // The test before pinned one; its title reads "Pinned: …" to a screen reader.
    const title = ((await first.locator('.phrasing-title').textContent()) ?? '').replace(/^Pinned: /, '');
    await first.getByRole('button', { name: `More actions for ${title}` }).click();
    await page.getByRole('menuitem', { name: 'Edit phrasing' }).click();
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe(title);
    await snap(page, 'edit-from-phrasings-light');
  });

  it('the lookup shortcut lands in the search box, even as the panel opens', async () => {
    const page = await session.openPanel();
    // What the background does on the shortcut (the command itself cannot be pressed headless).
    await page.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session.set({
        lookupRequest: Date.now(),
      }),
    );
    await expect.poll(() => isFocused(page)).toBe(true);

    const fresh = await session.openPanel();
    await expect.poll(() => isFocused(fresh)).toBe(true);
  });
});
