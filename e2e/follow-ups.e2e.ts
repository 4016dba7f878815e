import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, seriousA11yViolations, snap, type ExtensionSession } from './support/extension';

/** Whether the element lies wholly inside the viewport, and how far the page has scrolled. */
async function onScreen(page: Page, element: Locator) {
  const box = await element.boundingBox();
  const { height, scrollY } = await page.evaluate(() => ({ height: window.innerHeight, scrollY: window.scrollY }));
  return { inside: !!box && box.y >= 0 && box.y + box.height <= height, scrollY };
}

describe('answering a follow-up with the response template', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('shows the ready sentence first, inside a 400 x 700 panel without scrolling', async () => {
    const page = await session.openPanel({ width: 400 });
    await page.setViewportSize({ width: 400, height: 700 });
    await page.keyboard.press('2');
    const sentence = page.getByRole('group', { name: /^Ready to say/ });
    await expect.poll(() => sentence.textContent()).toContain('30 seconds');
    expect(await onScreen(page, sentence)).toEqual({ inside: true, scrollY: 0 });
    expect(await onScreen(page, page.getByRole('button', { name: 'Copy sentence' }))).toEqual({ inside: true, scrollY: 0 });
    await page.close();
  });

  it('edits a blank in place by keyboard, switches the variant, and copies the sentence', async () => {
    const page = await session.openPanel({ width: 320 });
    await page.keyboard.press('2');
    const sentence = page.getByRole('group', { name: /^Ready to say/ });
    await expect.poll(() => sentence.textContent()).toContain('30 seconds');

    // The blank is a button in the sentence; Enter turns it into a box holding its words.
    await page.getByRole('button', { name: 'Time bound: 30 seconds' }).focus();
    await page.keyboard.press('Enter');
    const box = page.getByRole('textbox', { name: 'Time bound' });
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('45 seconds');
    await snap(page, 'follow-ups-editing-320-light');
    await page.keyboard.press('Enter');
    await expect.poll(() => sentence.textContent()).toContain('within 45 seconds;');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Time bound: 45 seconds');

    // Esc puts back what was there.
    await page.keyboard.press('Enter');
    await page.keyboard.type('an hour');
    await page.keyboard.press('Escape');
    await expect.poll(() => sentence.textContent()).toContain('within 45 seconds;');

    await page.getByLabel('Follow-up', { exact: true }).selectOption({ label: 'Monthly cost' });
    await expect.poll(() => sentence.textContent()).toContain('$12,800');
    await snap(page, 'follow-ups-320-light');

    await page.getByRole('button', { name: 'Copy sentence' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Sentence copied');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The variant kept its own edits: back on cache failure, the 45 seconds are still there.
    await page.getByLabel('Follow-up', { exact: true }).selectOption({ label: 'Cache invalidation fails' });
    await expect.poll(() => sentence.textContent()).toContain('within 45 seconds;');
  });

  it('jumps from a likely follow-up to the matching variant, its sentence on screen and focused', async () => {
    const page = await session.openPanel({ width: 400, colorScheme: 'dark' });
    await page.setViewportSize({ width: 400, height: 700 });
    await page.keyboard.press('2');
    const question = page.getByRole('button', { name: /What if chat logs fall under data-residency rules\?.*Regulatory/ });
    await question.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // The label is not repeated on every row: the question is the control.
    // (Screen readers still hear "Answer with" from a 1 px visually hidden span.)
    const shownLabels = await page.evaluate(() =>
      [...document.querySelectorAll('main *')].filter(
        (element) => /Answer with/.test(element.textContent ?? '') && element.children.length === 0 && element.getBoundingClientRect().width > 1,
      ).length,
    );
    expect(shownLabels).toBe(0);
    await question.click();

    const sentence = page.getByRole('group', { name: /^Ready to say/ });
    await expect.poll(() => sentence.textContent()).toContain('20 ms');
    await expect.poll(() => sentence.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(async () => (await onScreen(page, sentence)).inside).toBe(true);
    await snap(page, 'follow-ups-wide-dark');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
