import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, seriousA11yViolations, snap, type ExtensionSession } from './support/extension';

describe('answering a follow-up with the response template', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('opens the template by keyboard, fills slots, renders and copies the sentence', async () => {
    const page = await session.openPanel({ width: 320 });
    await page.keyboard.press('2');
    const summary = page.locator('.template-card > summary');
    await summary.waitFor();
    expect(await page.locator('.template-card').getAttribute('open')).toBeNull();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.template-card').getAttribute('open')).toBe('');

    const sentence = page.locator('.rendered-sentence');
    await expect.poll(() => sentence.textContent()).toContain('30 seconds');
    await page.getByLabel('Time bound').fill('45 seconds');
    await expect.poll(() => sentence.textContent()).toContain('45 seconds');

    await page.getByLabel('Cost').check();
    await expect.poll(() => sentence.textContent()).toContain('$12,800');
    await snap(page, 'follow-ups-320-light');

    await page.getByRole('button', { name: 'Copy sentence' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Sentence copied');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Space closes it again, as a disclosure should.
    await summary.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.template-card').getAttribute('open')).toBeNull();
  });

  it('jumps from a likely follow-up to the matching variant', async () => {
    const page = await session.openPanel({ width: 700, colorScheme: 'dark' });
    await page.keyboard.press('2');
    await page.getByRole('button', { name: /Answer with: .*residen|Answer with: .*[Rr]egulat/ }).first().click();
    await expect.poll(() => page.locator('.template-card').getAttribute('open')).toBe('');
    await expect.poll(() => page.locator('.rendered-sentence').textContent()).toContain('20 ms');
    await snap(page, 'follow-ups-wide-dark');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });
});
