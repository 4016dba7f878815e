import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, seriousA11yViolations, snap, type ExtensionSession } from './support/extension';

describe('rehearsing beside a whiteboard: the Three-Lens steps', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('walks the steps by key, remembers the step, and toggles glance mode', async () => {
    const page = await session.openPanel({ width: 320 });
    const current = page.locator('#current-step-title');
    await expect.poll(() => current.textContent()).toContain('Problem definition');
    await snap(page, 'steps-320-light');

    await page.keyboard.press('j');
    await expect.poll(() => current.textContent()).toContain('Constraint articulation');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => current.textContent()).toContain('Leverage identification');
    await page.keyboard.press('k');
    await expect.poll(() => current.textContent()).toContain('Constraint articulation');
    expect(await page.getByRole('button', { name: /Constraint articulation/ }).first().getAttribute('aria-current')).toBe(
      'step',
    );

    // Closing and reopening the panel lands on the same step.
    await page.reload();
    await expect.poll(() => current.textContent()).toContain('Constraint articulation');

    // The worked example folds away.
    const example = page.locator('.step-example');
    await example.locator('summary').click();
    expect(await example.getAttribute('open')).toBeNull();

    await page.keyboard.press('g');
    await expect.poll(() => page.locator('.app.glance').count()).toBe(1);
    expect(await page.getByRole('tablist').count()).toBe(0);
    await snap(page, 'steps-glance-320-light');
    await page.reload();
    await expect.poll(() => page.locator('.app.glance').count()).toBe(1);
    await page.keyboard.press('g');
    await expect.poll(() => page.locator('.app.glance').count()).toBe(0);

    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('reads well in dark mode and wide, with glance mode too', async () => {
    const page = await session.openPanel({ width: 700, colorScheme: 'dark' });
    await page.locator('#current-step-title').waitFor();
    await snap(page, 'steps-wide-dark');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('g');
    await page.locator('.app.glance').waitFor();
    await snap(page, 'steps-glance-wide-dark');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press('g');
    await expect.poll(() => page.locator('.app.glance').count()).toBe(0);
  });

  it('moves between sections with the tab keys and digits', async () => {
    const page = await session.openPanel();
    await page.locator('#current-step-title').waitFor();
    await page.getByRole('tab', { name: 'Steps' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Follow-ups');
    await page.keyboard.press('3');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe('Phrasings');
    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
    await snap(page, 'shortcuts-light');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(false);
  });
});
