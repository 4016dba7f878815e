import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outsideThePanel } from './support/layout';
import { activeDeckId as storedActiveDeckId, deckAction, deckMenu } from './support/menus';
import { launchExtension, seriousA11yViolations, snap, type ExtensionSession } from './support/extension';
import { SCREENSHOTS } from './support/paths';

// The extension page's own API, reached inside page.evaluate.
declare const chrome: {
  storage: Record<'local' | 'sync', { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> }>;
};

const SECTION_KEYS = ['1', '2', '3', '4', '5', '6'] as const;

/** A panel from a clean slate (sync first: the background mirrors local into sync). */
async function freshPanel(session: ExtensionSession, options?: Parameters<ExtensionSession['openPanel']>[0]) {
  const page = await session.openPanel(options);
  await page.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
  await page.reload();
  await page.locator('.app[data-ready]').waitFor();
  return page;
}

async function openSection(page: Page, key: string) {
  await page.keyboard.press('Escape');
  await page.locator('body').focus();
  await page.keyboard.press(key);
  await expect.poll(() => page.locator('.panel-main .loading').count(), { timeout: 10_000 }).toBe(0);
}

/** Whether the shown boxes of `selector` all share one row (every box overlaps every other vertically). */
const oneRow = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const boxes = [...document.querySelectorAll(selector)].map((node) => node.getBoundingClientRect()).filter((box) => box.height > 0);
    return boxes.length > 0 && Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom));
  }, selector);
const rowsOf = async (page: Page) => ({ header: await oneRow(page, '.app-header > *'), tabs: await oneRow(page, '[role="tab"]') });

/** Everything wider than the viewport, by tag and class (nothing may be). */
const overflowing = async (page: Page) => ({
  scroll: await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
  wide: await outsideThePanel(page),
});

/** A picture of the viewport, as the user sees it, for a person to look at. */
const view = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

/** Whether an element lies wholly inside the viewport. */
const inView = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((node) => {
    const box = node.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth && box.height > 0;
  });

/** WCAG contrast of an element's text colour on the background of its nearest painted ancestor. */
const contrastOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((node) => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!]
        .map((channel) => channel / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, index) => sum + c * [0.2126, 0.7152, 0.0722][index]!, 0);
    let ground: Element | null = node;
    while (ground && (rgb(getComputedStyle(ground).backgroundColor)[3] === 0 || getComputedStyle(ground).backgroundColor === 'transparent')) {
      ground = ground.parentElement;
    }
    const [a, b] = [luminance(rgb(getComputedStyle(node).color)), luminance(rgb(getComputedStyle(ground!).backgroundColor))];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });

describe('the panel’s shell', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('keeps the header and the tabs to one row each at 320 and 400 px, with nothing wider than the panel', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await freshPanel(session, { width: 320, colorScheme });
      for (const width of [320, 400]) {
        await page.setViewportSize({ width, height: 700 });
        for (const key of SECTION_KEYS) {
          await openSection(page, key);
          expect(await rowsOf(page), `section ${key} at ${width}`).toEqual({ header: true, tabs: true });
          expect(await overflowing(page), `section ${key} at ${width}`).toEqual({ scroll: false, wide: [] });
        }
        await openSection(page, '1');
        await page.screenshot({ path: join(SCREENSHOTS, `shell-header-${width}-${colorScheme}.png`), clip: { x: 0, y: 0, width, height: 140 } });
      }
      // The deck's name is never cut off: its words end in an ellipsis inside the row, a copy's trailing "(2)" kept whole.
      const name = page.locator('.deck-menu .deck-name-head');
      expect(await name.evaluate((node) => getComputedStyle(node).textOverflow)).toBe('ellipsis');
      expect(await page.getByRole('tablist', { name: 'Sections' }).getByRole('tab').count()).toBe(6);
      for (const label of ['Steps', 'Follow-ups', 'Phrasings', 'Rehearse', 'Board', 'Customize']) {
        await page.getByRole('tab', { name: label }).waitFor();
      }
      expect(await page.locator('body').textContent()).not.toMatch(/read-only/i);
      expect(await seriousA11yViolations(page)).toEqual([]);
      // The help screen lists every key, the browser's two included.
      await page.locator('body').focus();
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await help.waitFor();
      expect(await help.textContent()).toContain('Alt+Shift+S');
      expect(await help.textContent()).toContain('Alt+Shift+F');
      // It opens at its top, focus on its title: the Close button at the end would scroll it to the bottom.
      expect(await help.evaluate((dialog) => ({ top: dialog.scrollTop, focus: document.activeElement?.textContent }))).toEqual({
        top: 0,
        focus: 'Keyboard shortcuts',
      });
      await view(page, `shell-help-400-${colorScheme}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => help.isVisible()).toBe(false);
      await page.close();
    }
    expect(session.consoleErrors).toEqual([]);
  });

  it('lets a confirmation go within 4 s, and "Glance mode on" never outlives glance mode', async () => {
    const page = await freshPanel(session, { width: 400 });
    await page.setViewportSize({ width: 400, height: 700 });
    const flash = page.getByTestId('flash-message');
    await page.locator('body').focus();
    await page.keyboard.press('g');
    await expect.poll(() => flash.textContent()).toBe('Glance mode on');
    await view(page, 'shell-message-400-light');
    const shownAt = Date.now();
    await page.keyboard.press('g');
    await expect.poll(() => flash.textContent()).toBe('Glance mode off');
    await expect.poll(() => flash.count(), { timeout: 4_000 }).toBe(0);
    expect(Date.now() - shownAt).toBeLessThan(4_000);
    // Screen readers heard it: the live region keeps the words.
    expect(await page.locator('.live-status').textContent()).toBe('Glance mode off');
    expect(session.consoleErrors).toEqual([]);
  });

  it('keeps the current step’s cue and the time left in view on every section during a rehearsal', async () => {
    const page = await freshPanel(session, { width: 400 });
    await page.setViewportSize({ width: 400, height: 700 });
    await openSection(page, '4');
    await page.getByLabel(/Length/).first().fill('2');
    // Checkpoints default to a longer run: set them within it (each is labelled by its step).
    const checkpoints = await page.locator('.rehearse-setup').getByLabel(/^\d · /).all();
    for (const [index, checkpoint] of checkpoints.entries()) await checkpoint.fill(['0:30', '1:00', '1:30'][index] ?? '');
    await page.getByRole('button', { name: 'Start rehearsal' }).click();
    const strip = page.getByTestId('now-strip');
    await openSection(page, '1');
    await strip.waitFor();
    for (const key of SECTION_KEYS) {
      await openSection(page, key);
      if (key === '4') {
        // Rehearse shows the run's own clock and cue, larger, in place of the strip.
        expect(await page.getByTestId('now-strip').count()).toBe(0);
        expect(await inView(page, 'rehearse-now'), 'cue on Rehearse').toBe(true);
        expect(await inView(page, 'rehearse-remaining'), 'time on Rehearse').toBe(true);
        continue;
      }
      // Scrolled down, too: the strip stays under the header.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await inView(page, 'now-cue'), `cue on section ${key}`).toBe(true);
      expect(await inView(page, 'now-time'), `time on section ${key}`).toBe(true);
      expect(await page.getByTestId('now-time').textContent()).toMatch(/^\d+:\d\d left/);
      await page.evaluate(() => window.scrollTo(0, 0));
      if (key === '3') await view(page, `shell-now-strip-${key}-400-light`);
    }
    // One key moves on: d marks the step done and the strip shows the next.
    await openSection(page, '3');
    const first = await strip.locator('.now-step').textContent();
    await page.keyboard.press('d');
    await expect.poll(() => strip.locator('.now-step').textContent(), { timeout: 5_000 }).not.toBe(first);
    // …and one click.
    const second = await strip.locator('.now-step').textContent();
    await strip.getByRole('button', { name: 'Step done' }).click();
    await expect.poll(() => strip.locator('.now-step').textContent(), { timeout: 5_000 }).not.toBe(second);
    // Glance mode keeps the clock.
    await page.locator('body').focus();
    await page.keyboard.press('g');
    await expect.poll(() => page.locator('.app.glance').count()).toBe(1);
    expect(await inView(page, 'now-time')).toBe(true);
    await view(page, 'shell-now-strip-glance-400-light');
    const dark = await session.openPanel({ width: 320, colorScheme: 'dark' });
    await dark.setViewportSize({ width: 320, height: 700 });
    await dark.getByTestId('now-strip').waitFor();
    await dark.locator('body').focus();
    await dark.keyboard.press('g');
    await view(dark, 'shell-now-strip-glance-320-dark');
    await dark.keyboard.press('g');
    await dark.keyboard.press('1');
    await view(dark, 'shell-now-strip-320-dark');
    expect(await overflowing(dark)).toEqual({ scroll: false, wide: [] });
    await dark.close();
    expect(session.consoleErrors).toEqual([]);
  });

  it('runs every deck action from the header’s menu by keyboard', async () => {
    const page = await freshPanel(session, { width: 320 });
    await page.setViewportSize({ width: 320, height: 700 });
    const menuButton = deckMenu(page);
    const act = (label: string) => deckAction(page, label);
    const activeDeckId = () => storedActiveDeckId(page);

    // The menu: the decks as choices, then what can be done to the deck in use; Esc closes it onto its button.
    await menuButton.focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('menu').waitFor();
    await view(page, 'shell-deck-menu-320-light');
    expect(await overflowing(page)).toEqual({ scroll: false, wide: [] });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    expect(await menuButton.evaluate((node) => node === document.activeElement)).toBe(true);

    // New deck: a dialog, typed and submitted from the keyboard.
    await act('New deck…');
    const create = page.getByRole('dialog', { name: 'New deck' });
    await create.waitFor();
    await page.keyboard.type('Acme onsite');
    await snap(page, 'shell-new-deck-320-light');
    await page.keyboard.press('Enter');
    await expect.poll(() => menuButton.textContent(), { timeout: 5_000 }).toBe('Acme onsite');
    await act('Rename…');
    await page.getByRole('dialog', { name: 'Rename deck' }).waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Acme final round with a very long company name that must truncate');
    await page.keyboard.press('Enter');
    await expect.poll(() => menuButton.textContent(), { timeout: 5_000 }).toBe('Acme final round with a very long company name that must truncate');
    expect(await overflowing(page)).toEqual({ scroll: false, wide: [] });
    await page.screenshot({ path: join(SCREENSHOTS, 'shell-header-long-name-320-light.png'), clip: { x: 0, y: 0, width: 320, height: 140 } });
    await act('Duplicate');
    await expect.poll(() => menuButton.textContent(), { timeout: 5_000 }).toMatch(/ \(2\)$/);
    // Cut at 320 px, the copy's number stays in view: copies can be told apart.
    expect(await page.locator('.deck-menu .deck-name-tail').isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'shell-header-long-name-copy-320-light.png'), clip: { x: 0, y: 0, width: 320, height: 140 } });
    await act('Delete this deck');
    await expect.poll(() => menuButton.textContent(), { timeout: 5_000 }).not.toMatch(/ \(2\)$/);
    // u undoes it from anywhere.
    await page.locator('body').focus();
    expect(await contrastOf(page, '.undo-toast .undo-key')).toBeGreaterThanOrEqual(4.5);
    await view(page, 'shell-undo-320-light');
    await page.keyboard.press('u');
    await expect.poll(() => menuButton.textContent(), { timeout: 5_000 }).toMatch(/ \(2\)$/);

    // Switch decks: the decks are radio items at the top of the menu.
    await act('PM system design (default)');
    await expect.poll(() => activeDeckId(), { timeout: 5_000 }).toBe('default');
    await act('Acme final round');
    // Renaming keeps the deck's inner name (its file and storage key).
    await expect.poll(() => activeDeckId(), { timeout: 5_000 }).toBe('acme-onsite');

    // Export this deck and all decks; import the first file back.
    const [one] = await Promise.all([page.waitForEvent('download'), act('Export this deck')]);
    expect(one.suggestedFilename()).toMatch(/\.json$/);
    const [all] = await Promise.all([page.waitForEvent('download'), act('Export all decks')]);
    expect(all.suggestedFilename()).toMatch(/\.json$/);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), act('Import a deck file…')]);
    await chooser.setFiles((await one.path())!);
    const dialog = page.getByRole('dialog', { name: 'Import a deck' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('is already in your list. Replace it, or add this one as a new deck.');
    await snap(page, 'shell-import-320-light');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Import' }).press('Enter');
    // Added beside the original and its copy: the next free number.
    await expect.poll(() => menuButton.textContent(), { timeout: 5_000 }).toMatch(/ \(3\)$/);

    // Reset belongs to copies of the shipped deck: edit the shipped deck to make one.
    await act('PM system design (default)');
    await act('Duplicate');
    await expect.poll(() => menuButton.textContent(), { timeout: 5_000 }).toMatch(/^PM system design \(mine\)( \(\d+\))?$/);
    await act('Reset to the shipped cards…');
    const reset = page.getByRole('dialog', { name: 'Reset this deck to the shipped cards?' });
    await reset.waitFor();
    await reset.getByRole('button', { name: 'Reset deck' }).press('Enter');
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    expect(session.consoleErrors).toEqual([]);
  });
});
