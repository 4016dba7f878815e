import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, seriousA11yViolations, snap, type ExtensionSession } from './support/extension';

describe('looking up a phrasing mid-answer', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('focuses search with /, filters on every keystroke, copies with Enter, clears with Escape', async () => {
    const page = await session.openPanel({ width: 320 });
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Search phrasings' });
    await expect.poll(() => search.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.keyboard.type('kafak');
    const first = page.locator('.phrasing').first();
    await expect.poll(() => first.locator('.strong-line').textContent()).toMatch(/Kafka/);
    expect(await first.locator('mark').first().textContent()).toMatch(/kafka/i);
    await snap(page, 'phrasings-search-320-light');

    // Weak and strong side by side, the weak one marked as the one to avoid.
    await search.fill('monolith');
    await expect.poll(() => page.locator('.phrasing .avoid').count()).toBeGreaterThan(0);
    expect(await page.locator('.phrasing .avoid .label').first().textContent()).toBe('Avoid');

    // Enter on a focused result copies it; the live region confirms.
    await page.keyboard.press('ArrowDown');
    const focusedStrong = await page.evaluate(
      () => document.activeElement?.querySelector('.strong-line')?.textContent ?? '',
    );
    await page.keyboard.press('Enter');
    // Long lines are cut short for the screen reader; the clipboard holds the whole line.
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`Copied: ${focusedStrong.slice(0, 60)}`);

    await search.focus();
    await search.fill('zzzz qqqq');
    await expect.poll(() => page.getByText('No phrasings match “zzzz qqqq”.').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => search.inputValue()).toBe('');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('filters by tag and pins a favorite to the top, remembered', async () => {
    const page = await session.openPanel({ width: 700, colorScheme: 'dark' });
    await page.keyboard.press('3');
    await page.getByRole('button', { name: 'cost', exact: true }).click();
    const titles = () => page.locator('.phrasing').evaluateAll((items) => items.map((item) => item.id || item.textContent));
    await expect.poll(async () => (await titles()).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'cost', exact: true }).click();

    const last = page.locator('.phrasing').last();
    const lastTitle = (await last.locator('.phrasing-title').textContent()) ?? '';
    await last.getByRole('button', { name: /Pin/ }).click();
    await expect.poll(() => page.locator('.phrasing').first().locator('.phrasing-title').textContent()).toBe(lastTitle);
    await page.reload();
    await expect.poll(() => page.locator('.phrasing').first().locator('.phrasing-title').textContent()).toBe(lastTitle);
    await snap(page, 'phrasings-wide-dark');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('opens a phrasing in the card editor from the library', async () => {
    const page = await session.openPanel();
    await page.keyboard.press('3');
    const first = page.locator('.phrasing').first();
    await first.waitFor();
    const title = (await first.locator('.phrasing-title').textContent()) ?? '';
    await page.getByRole('button', { name: `Edit “${title}”` }).click();
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Customize');
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
    const search = page.getByRole('searchbox', { name: 'Search phrasings' });
    await expect.poll(() => search.evaluate((element) => element === document.activeElement)).toBe(true);

    const fresh = await session.openPanel();
    const freshSearch = fresh.getByRole('searchbox', { name: 'Search phrasings' });
    await expect.poll(() => freshSearch.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
