import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, seriousA11yViolations, snap, type ExtensionSession } from './support/extension';

// The extension page's own API, reached inside page.evaluate.
declare const chrome: {
  storage: Record<'local' | 'sync', { clear(): Promise<void>; get(keys: null): Promise<Record<string, unknown>> }>;
};

/** A panel on the Board section, from the shipped deck. */
async function freshBoard(session: ExtensionSession, options?: Parameters<ExtensionSession['openPanel']>[0]) {
  const page = await session.openPanel(options);
  await page.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
  await page.reload();
  await openBoard(page);
  return page;
}

async function openBoard(page: Page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('body').focus();
  await page.keyboard.press('5');
  await page.getByRole('textbox', { name: 'Lever' }).first().waitFor();
}

/** Buttons a person can see in each element matching `selector`, without hovering or focusing anything. */
const visibleButtonsPerRow = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('button')].filter((button) => {
        const box = button.getBoundingClientRect();
        const style = getComputedStyle(button);
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0;
      }).length,
    ),
  );

describe('the Board', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('keeps a KPI edited just before "Add row", across a reload', async () => {
    const page = await freshBoard(session, { width: 400 });
    const kpi = page.getByRole('textbox', { name: 'KPI it moves' }).first();
    const edited = `${await kpi.inputValue()} at peak`;
    await kpi.fill(edited);
    // At once, inside the save delay, the way a user moves on.
    await page.getByRole('button', { name: 'Add row' }).click();
    const fresh = page.getByRole('textbox', { name: 'Lever' }).last();
    await expect.poll(() => fresh.evaluate((element) => element === document.activeElement)).toBe(true);
    // A blank new row is a draft: not flagged while the user is in it.
    expect(await fresh.getAttribute('aria-invalid')).toBe('false');
    // The status names the draft row as not saved yet, never "Saved" beside it; the edited KPI is stored.
    await page.getByText('Row 8 is not saved until it names a lever and a KPI; the other rows are saved.').waitFor();
    await expect
      .poll(() => page.evaluate(async (value) => JSON.stringify(await chrome.storage.local.get(null)).includes(value), edited))
      .toBe(true);
    await snap(page, 'board-matrix-draft-row-400-light');

    await page.reload();
    await openBoard(page);
    expect(await page.getByRole('textbox', { name: 'KPI it moves' }).first().inputValue()).toBe(edited);
    expect(session.consoleErrors).toEqual([]);
  });

  it('shows the matrix as a table with one menu a row, and a short page with the calculators folded', async () => {
    for (const width of [400, 320]) {
      const page = await freshBoard(session, { width });
      await page.setViewportSize({ width, height: 700 });
      expect(await page.locator('table.matrix-table').count()).toBe(1);
      const perRow = await visibleButtonsPerRow(page, '.matrix-table tbody tr');
      expect(perRow.length).toBeGreaterThan(0);
      expect(Math.max(...perRow), `buttons in a matrix row at ${width} px`).toBeLessThanOrEqual(2);
      // No inner scroll areas and no clipped cells: every cell shows its whole text.
      const clipped = await page.locator('.matrix-table .matrix-cell').evaluateAll((cells) =>
        cells
          .filter((cell) => cell.tagName === 'TEXTAREA' && cell.scrollHeight > cell.clientHeight + 1)
          .map((cell) => (cell as HTMLTextAreaElement).value.slice(0, 30)),
      );
      expect(clipped).toEqual([]);
      expect(await page.locator('details.calc[open]').count()).toBe(0);
      await snap(page, `board-full-${width}-light`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, `page height at ${width} px`).toBeLessThan(2600);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(sideways).toBe(false);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.close();
    }
  });
});
