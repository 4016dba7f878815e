import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, seriousA11yViolations, snap, type ExtensionSession } from './support/extension';

/** Reads the big clock as seconds. */
async function elapsedSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('rehearse-elapsed').textContent()) ?? '';
  const [minutes, seconds] = text.split(':').map(Number);
  return minutes! * 60 + seconds!;
}

describe('rehearsing: a short paced run through to scoring and the history chart', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('runs a one-minute rehearsal with checkpoints in seconds, scores it and charts it', async () => {
    const page = await session.openPanel();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('4');
    await page.getByRole('heading', { name: 'Rehearse', level: 2 }).waitFor();

    // A one-minute run with checkpoints at 3, 6 and 9 seconds.
    await page.getByLabel('Practice prompt').selectOption('prompt-flash-sale');
    await page.getByLabel('Length in minutes').fill('1');
    await page.getByLabel('1 · Problem definition').fill('0.05');
    await page.getByLabel('2 · Constraint articulation').fill('0.1');
    await page.getByLabel('3 · Leverage identification').fill('0.15');
    await page.getByLabel('4 · Close: every lever → a business metric').fill('');
    await page.getByRole('button', { name: 'Start rehearsal' }).click();

    // Problem framed in time: its checkpoint is hit.
    const problem = page.getByRole('checkbox', { name: '1 · Problem definition' });
    await problem.check();
    await expect.poll(() => page.locator('.rehearse-step').first().textContent()).toContain('on time');

    // Constraints left undone past 6 s: the quiet cue shows.
    await expect
      .poll(() => page.locator('.rehearse-cue').textContent(), { timeout: 15_000 })
      .toContain('2 · Constraint articulation is not marked done');
    await snap(page, 'rehearse-run-light');
    const dark = await session.openPanel({ colorScheme: 'dark' });
    await dark.getByTestId('rehearse-elapsed').waitFor();
    await snap(dark, 'rehearse-run-dark');
    const narrow = await session.openPanel({ width: 320 });
    await narrow.getByTestId('rehearse-elapsed').waitFor();
    await snap(narrow, 'rehearse-run-320');
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await dark.close();
    await narrow.close();

    // Pause holds the clock still; resume carries on.
    await page.keyboard.press('p');
    await page.locator('.rehearse-status', { hasText: 'Paused' }).waitFor();
    const heldAt = await elapsedSeconds(page);
    await page.waitForTimeout(1500);
    expect(await elapsedSeconds(page)).toBe(heldAt);
    await page.keyboard.press('p');
    await expect.poll(() => elapsedSeconds(page)).toBeGreaterThan(heldAt);

    // Closing and reopening the panel keeps the clock (it is derived from timestamps).
    const beforeReload = await elapsedSeconds(page);
    await page.reload();
    await page.getByTestId('rehearse-elapsed').waitFor();
    expect(await elapsedSeconds(page)).toBeGreaterThanOrEqual(beforeReload);

    // Levers left past 9 s as well; then marking both done opens the follow-up drill.
    await expect
      .poll(() => page.locator('.rehearse-cue').textContent(), { timeout: 15_000 })
      .toContain('3 · Leverage identification');
    await page.getByRole('checkbox', { name: '2 · Constraint articulation' }).check();
    await page.getByRole('checkbox', { name: '3 · Leverage identification' }).check();
    const question = page.getByTestId('rehearse-question');
    await question.waitFor();
    const first = await question.textContent();
    await page.locator('body').focus();
    await page.keyboard.press('n');
    await expect.poll(() => question.textContent()).not.toBe(first);
    await page.keyboard.press('t');
    await page.locator('#rehearse-template').waitFor();
    await snap(page, 'rehearse-followup-light');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Float opens a Sidecue page in a tab showing the same step and the clock.
    const floatOpened = session.context.waitForEvent('page');
    await page.getByRole('button', { name: 'Float' }).click();
    const float = await floatOpened;
    await float.waitForLoadState();
    await float.setViewportSize({ width: 480, height: 640 });
    await float.getByTestId('float-elapsed').waitFor();
    await expect.poll(() => float.getByTestId('float-step').textContent()).toContain('4 · Close');
    await expect.poll(() => float.getByRole('button', { name: 'Float on top' }).count()).toBe(1);
    await snap(float, 'rehearse-float-page');

    // Its button puts the card into an always-on-top Picture-in-Picture window, styled and ticking.
    const pipOpened = session.context.waitForEvent('page');
    await float.getByRole('button', { name: 'Float on top' }).click();
    const pip = await pipOpened;
    await pip.getByTestId('float-elapsed').waitFor();
    expect(await pip.getByTestId('float-step').textContent()).toContain('4 · Close');
    expect(await pip.locator('.float-big').evaluate((node) => getComputedStyle(node).fontWeight)).toBe('700');
    const pipStart = await pip.getByTestId('float-elapsed').textContent();
    await expect.poll(() => pip.getByTestId('float-elapsed').textContent()).not.toBe(pipStart);
    await snap(pip, 'rehearse-float-pip');
    await float.getByText('The card floats on top of other windows').waitFor();
    await float.close();

    // End, score, and see it in the history and its chart.
    await page.getByRole('button', { name: 'End and score' }).click();
    await page.getByRole('group', { name: 'Impact awareness' }).getByLabel('4').check();
    await page.getByRole('group', { name: 'Feasibility reasoning' }).getByLabel('3').check();
    await page.getByRole('group', { name: 'Trade-off rigor' }).getByLabel('2').check();
    await page.getByLabel('Note (optional)').fill('Constraints came late; name the 30-day MVP cut sooner.');
    await snap(page, 'rehearse-score-light');
    await page.getByRole('button', { name: 'Save to history' }).click();

    const history = page.getByRole('list', { name: 'Past rehearsals, newest first' });
    await expect.poll(() => history.textContent()).toContain('Real-time inventory allocation for flash sales');
    expect(await history.textContent()).toContain('1 of 3 checkpoints hit');
    const chart = page.getByTestId('score-chart');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.locator('desc').textContent()).toContain('Impact awareness 4; Feasibility reasoning 3; Trade-off rigor 2');
    expect(await chart.locator('[data-series]').count()).toBe(3);
    await page.getByText('Scores as a table').click();
    expect(await page.locator('.chart-table tbody tr').count()).toBe(1);
    await snap(page, 'rehearse-history-light');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const darkHistory = await session.openPanel({ colorScheme: 'dark' });
    await darkHistory.getByTestId('score-chart').waitFor();
    await snap(darkHistory, 'rehearse-history-dark');
    const narrowHistory = await session.openPanel({ width: 320, colorScheme: 'dark' });
    await narrowHistory.getByTestId('score-chart').waitFor();
    await snap(narrowHistory, 'rehearse-history-320');
    expect(await narrowHistory.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    expect(session.consoleErrors).toEqual([]);
  });
});
