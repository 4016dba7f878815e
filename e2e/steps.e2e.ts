import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, seriousA11yViolations, snap, type ExtensionSession } from './support/extension';
import { SCREENSHOTS } from './support/paths';

/** The top offsets of the four step controls, and the vertical centres of all six stepper buttons (arrows too). */
function stepperRow(page: Page) {
  return page.evaluate(() => {
    const boxes = (selector: string) => [...document.querySelectorAll(selector)].map((button) => button.getBoundingClientRect());
    return {
      tops: boxes('.stepper-step').map((box) => Math.round(box.top)),
      centres: boxes('.stepper button').map((box) => Math.round(box.top + box.height / 2)),
    };
  });
}

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

    // The stepper's arrows move too, and stay where they were.
    await page.getByRole('button', { name: /^Next step/ }).click();
    await expect.poll(() => current.textContent()).toContain('Leverage identification');
    await page.getByRole('button', { name: /^Previous step/ }).click();
    await expect.poll(() => current.textContent()).toContain('Constraint articulation');

    // Closing and reopening the panel lands on the same step.
    await page.reload();
    await expect.poll(() => current.textContent()).toContain('Constraint articulation');

    // The worked example starts folded and opens on demand.
    const example = page.locator('.step-example');
    expect(await example.getAttribute('open')).toBeNull();
    await example.locator('summary').click();
    expect(await example.getAttribute('open')).toBe('');

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

  it('keeps the stepper in one row at 320 px that does not move when the step changes', async () => {
    const page = await session.openPanel({ width: 320 });
    await page.locator('#current-step-title').waitFor();
    await page.keyboard.press('1');
    const seen: number[][] = [];
    for (const name of ['Step 1', 'Step 2', 'Step 3', 'Step 4']) {
      await page.getByRole('button', { name: new RegExp(`^${name}:`) }).click();
      await expect.poll(() => page.getByRole('button', { name: new RegExp(`^${name}:`) }).getAttribute('aria-current')).toBe('step');
      const { tops, centres } = await stepperRow(page);
      // Four step controls on one line, and the two arrows on the same line.
      expect(tops).toHaveLength(4);
      expect(new Set(tops).size, `tops at ${name}: ${tops.join(', ')}`).toBe(1);
      expect(centres).toHaveLength(6);
      expect(Math.max(...centres) - Math.min(...centres), `centres at ${name}: ${centres.join(', ')}`).toBeLessThanOrEqual(1);
      seen.push([...tops, ...centres]);
    }
    expect(new Set(seen.map((tops) => tops.join())).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  });

  it('in glance mode, the cue is far larger than the title and nothing else shows', async () => {
    const tour = join(SCREENSHOTS, 'tour');
    mkdirSync(tour, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const page = await session.openPanel({ width: 400, colorScheme: scheme });
      await page.locator('#current-step-title').waitFor();
      await page.keyboard.press('1');
      await page.keyboard.press('g');
      await page.locator('.app.glance').waitFor();
      const sizes = await page.evaluate(() => {
        const size = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
        return { title: size('#current-step-title'), cue: size('.step-cue') };
      });
      expect(sizes.cue).toBeGreaterThanOrEqual(sizes.title * 2);
      expect(await page.locator('.step-prompts, .step-example, .signals').count()).toBe(0);
      for (const width of [400, 320]) {
        await page.setViewportSize({ width, height: 700 });
        await page.waitForTimeout(100);
        await page.screenshot({ path: join(tour, `glance-${width}-${scheme}.png`) });
      }
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.keyboard.press('g');
      await expect.poll(() => page.locator('.app.glance').count()).toBe(0);
      await page.close();
    }
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
