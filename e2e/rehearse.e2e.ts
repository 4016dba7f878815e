import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sidePanelDriver } from '../browser-tools/side-panel';
import { defaultDeck } from '../cards/default-deck';
import type { PromptCard } from '../cards/schema';
import { launchExtension, seriousA11yViolations, snap, type ExtensionSession } from './support/extension';

/** The flash-sale prompt's own follow-up questions, as the deck ships them. */
const FLASH_SALE_QUESTIONS = defaultDeck.cards
  .filter((card): card is PromptCard => card.kind === 'prompt' && card.id === 'prompt-flash-sale')
  .flatMap((card) => card.followUps.map((followUp) => followUp.question));

/** True when the element's box lies wholly inside the viewport, without scrolling. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((node) => {
    const box = node.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
  });
}

/** Reads the big clock as seconds. */
async function elapsedSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('rehearse-elapsed').textContent()) ?? '';
  const [minutes, seconds] = text.split(':').map(Number);
  return minutes! * 60 + seconds!;
}

/**
 * Runs an expression in another target (the real side panel) as if the user
 * had just clicked: Runtime.evaluate with a user gesture, which Float needs.
 */
async function evaluateWithGesture(cdp: CDPSession, targetId: string, expression: string): Promise<unknown> {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  try {
    const reply = new Promise<unknown>((resolve) => {
      const onMessage = (event: { sessionId?: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
        if (message.id !== 1) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        resolve(message.result?.result?.value);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
    });
    const params = { expression, awaitPromise: true, returnByValue: true, userGesture: true };
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params }) });
    return await reply;
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId });
  }
}

describe('rehearsing: a short paced run through to scoring and the history chart', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it("Float from Chromium's real side panel: one click opens the Float tab, which says why in one line and holds one button", async () => {
    // Tried first, Picture-in-Picture requested from the real side panel never
    // settled and the panel stopped answering; so the panel does not ask for it
    // there, and this is the one-click path that remains.
    const cdp = await session.context.browser()!.newBrowserCDPSession();
    const sidePanel = await sidePanelDriver(session.context, `chrome-extension://${session.extensionId}/sidepanel.html`);
    const before = new Set((await cdp.send('Target.getTargets')).targetInfos.map((target) => target.targetId));
    const panel = await sidePanel.open();
    const panelTarget = (await cdp.send('Target.getTargets')).targetInfos.find(
      (target) => !before.has(target.targetId) && target.url.endsWith('/sidepanel.html'),
    )!;
    await panel.evaluate(`new Promise((resolve) => {
      const tick = () => (document.querySelector('.app[data-ready]') ? resolve(true) : setTimeout(tick, 50));
      tick();
    })`);
    await panel.evaluate(`(document.dispatchEvent(new KeyboardEvent('keydown', { key: '4', bubbles: true })), true)`);
    await expect
      .poll(() => panel.evaluate<boolean>(`[...document.querySelectorAll('button')].some((button) => button.textContent === 'Float')`))
      .toBe(true);

    const floatTab = session.context.waitForEvent('page', (page) => page.url().endsWith('/float.html'));
    await evaluateWithGesture(
      cdp,
      panelTarget.targetId,
      `([...document.querySelectorAll('button')].find((button) => button.textContent === 'Float').click(), true)`,
    );
    const float = await floatTab;
    await float.setViewportSize({ width: 480, height: 320 });
    await float.getByRole('button', { name: 'Float on top' }).waitFor();
    expect(await float.locator('.float-why').textContent()).toBe('The side panel cannot open a window that stays on top; this tab can.');
    expect(await float.getByRole('button').count()).toBe(1);
    await snap(float, 'rehearse-float-page');

    const pipOpened = session.context.waitForEvent('page');
    await float.getByRole('button', { name: 'Float on top' }).click();
    const pip = await pipOpened;
    await pip.locator('.float-card').waitFor();
    await float.getByText('Floating on top').waitFor();
    await pip.close();
    await float.close();
    await sidePanel.closePanel();
    await sidePanel.dispose();
    await cdp.detach();
  });

  it('runs a one-minute rehearsal with checkpoints in minutes and seconds, drills its own follow-ups, scores it and charts it', async () => {
    const page = await session.openPanel();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('4');
    await page.getByRole('heading', { name: 'Rehearse', level: 2 }).waitFor();

    // A one-minute run with checkpoints at 3, 6 and 9 seconds, typed as minutes:seconds.
    await page.getByLabel('Practice prompt').selectOption('prompt-flash-sale');
    await page.getByLabel('Length in minutes').fill('1');
    // A decimal is refused beside its field rather than guessed at.
    await page.getByLabel('1 · Problem definition').fill('0.05');
    await page.getByRole('button', { name: 'Start rehearsal' }).click();
    await expect.poll(() => page.getByLabel('1 · Problem definition').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').textContent()).toContain('1 · Problem definition');
    await page.getByLabel('1 · Problem definition').fill('0:03');
    await page.getByLabel('2 · Constraint articulation').fill('0:06');
    await page.getByLabel('3 · Leverage identification').fill('0:09');
    await page.getByLabel('4 · Close: every lever → a business metric').fill('');
    await page.getByRole('button', { name: 'Start rehearsal' }).click();

    // The current step's one-line cue is shown under the clock.
    await expect.poll(() => page.getByTestId('rehearse-now').textContent()).toContain('Lead with the user problem');

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
    await page.getByRole('button', { name: 'Resume' }).waitFor();
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
    // The drill's first question belongs to the prompt being rehearsed (the issue saw the watch-party one).
    const first = (await question.textContent()) ?? '';
    expect(FLASH_SALE_QUESTIONS).toContain(first);
    expect(await page.getByTestId('rehearse-drill-source').count()).toBe(0);

    // At 400 x 700 the question, the clock and the current step's cue are all in view without scrolling.
    await page.setViewportSize({ width: 400, height: 700 });
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await inViewport(page, '[data-testid="rehearse-question"]')).toBe(true);
    expect(await inViewport(page, '[data-testid="rehearse-elapsed"]')).toBe(true);
    expect(await inViewport(page, '[data-testid="rehearse-remaining"]')).toBe(true);
    expect(await inViewport(page, '.rehearse-now-cue')).toBe(true);
    expect(await page.locator('.rehearse-now-cue').textContent()).toContain('Map each lever to the metric it moves');
    await snap(page, 'rehearse-drill-400');

    await page.locator('body').focus();
    await page.keyboard.press('n');
    await expect.poll(() => question.textContent()).not.toBe(first);
    expect(FLASH_SALE_QUESTIONS).toContain(await question.textContent());
    await page.keyboard.press('t');
    await page.locator('#rehearse-template').waitFor();
    await snap(page, 'rehearse-followup-light');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Once the prompt's own follow-ups are spent the drill moves on, and says so.
    for (let asked = 2; asked <= FLASH_SALE_QUESTIONS.length; asked += 1) await page.keyboard.press('n');
    await expect.poll(() => page.getByTestId('rehearse-drill-source').textContent()).toContain('now from other prompts');
    expect(FLASH_SALE_QUESTIONS).not.toContain(await question.textContent());

    // Float, one click: this panel page is a top-level tab, where Chromium allows
    // Document Picture-in-Picture, so the card floats at once with no second page.
    const pipOpened = session.context.waitForEvent('page');
    await page.getByRole('button', { name: 'Float' }).click();
    const pip = await pipOpened;
    await pip.getByTestId('float-elapsed').waitFor();
    expect(await pip.getByTestId('float-step').textContent()).toContain('4 · Close');
    expect(await pip.locator('.float-big').evaluate((node) => getComputedStyle(node).fontWeight)).toBe('700');
    const pipStart = await pip.getByTestId('float-elapsed').textContent();
    await expect.poll(() => pip.getByTestId('float-elapsed').textContent()).not.toBe(pipStart);
    await snap(pip, 'rehearse-float-pip');
    expect(session.context.pages().filter((open) => open.url().endsWith('/float.html'))).toEqual([]);
    await pip.close();

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
    await darkHistory.close();
    await narrowHistory.close();

    // Runs of one day are told apart by their time of day, not "Dec 2 … Dec 2".
    expect(await chart.locator('.chart-axis').first().textContent()).toMatch(/\d:\d\d/);

    // A past run: deleted from its row's menu in one click, back with Undo.
    const rows = page.getByTestId('rehearsal-row');
    expect(await rows.count()).toBe(1);
    await rows.first().getByRole('button', { name: /More actions for/ }).click();
    await page.getByRole('menuitem', { name: 'Delete from history' }).click();
    await expect.poll(() => rows.count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows.count()).toBe(1);

    // A run just ended: Discard is one click, and Undo brings the run back to its score form.
    await page.getByRole('button', { name: 'Start rehearsal' }).click();
    await page.getByRole('button', { name: 'End and score' }).click();
    await page.getByRole('button', { name: 'Discard' }).click();
    await page.getByRole('button', { name: 'Start rehearsal' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('heading', { name: 'Score this rehearsal' }).waitFor();

    expect(session.consoleErrors).toEqual([]);
    // The one-minute run waits on the real clock for about 15 s, then opens six
    // pages and runs three accessibility checks: 20 s on an idle machine, more
    // than the default 60 s on CI's loaded one.
  }, 150_000);
});
