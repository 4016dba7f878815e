import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBoard, type ServedBoard } from './excalidraw-board/serve-board';
import { launchExtension, seriousA11yViolations, snap, type ExtensionSession } from './support/extension';

interface BoardApi {
  updateScene(scene: { appState: { selectedElementIds: Record<string, boolean> } }): void;
  setToast(toast: null): void;
  scrollToContent(target?: undefined, options?: { fitToContent: boolean }): void;
}

interface SceneText {
  type: string;
  originalText?: string;
  isDeleted?: boolean;
}

/** The text on the board, one entry per text element, as the user typed or pasted it. */
async function boardTexts(board: Page): Promise<string[]> {
  return board.evaluate(() => {
    const api = (window as unknown as { board: { getSceneElements(): SceneText[] } }).board;
    return api
      .getSceneElements()
      .filter((element) => element.type === 'text' && !element.isDeleted)
      .map((element) => element.originalText ?? '');
  });
}

// Excalidraw turns tabs into spaces; compare words, not whitespace.
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function openBoardSection(page: Page) {
  await page.getByRole('tab', { name: 'Board' }).click();
  await page.getByRole('heading', { name: 'Board', level: 2 }).waitFor();
}

async function pasteAt(board: Page, x: number, y: number) {
  await board.bringToFront();
  // A click on empty canvas with the selection tool places the paste there and changes nothing.
  await board.mouse.click(x, y);
  await board.keyboard.press('Control+V');
}

describe('what the panel copies lands on a real whiteboard', () => {
  let session: ExtensionSession;
  let served: ServedBoard;

  beforeAll(async () => {
    [session, served] = await Promise.all([launchExtension(), serveBoard()]);
    // The board reads the clipboard on paste; extension pages write on a click.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.url).origin });
    // Vite builds the board here; on a loaded two-core machine that alone can pass two minutes.
  }, 420_000);
  afterAll(async () => {
    await session?.close();
    await served?.close();
  });

  it('shows the Board section in light, dark and at 320 px with no serious accessibility violation', async () => {
    const light = await session.openPanel();
    await openBoardSection(light);
    await light.getByRole('textbox', { name: 'Lever' }).first().waitFor();
    await snap(light, 'board-light');
    expect(await seriousA11yViolations(light)).toEqual([]);

    const dark = await session.openPanel({ colorScheme: 'dark' });
    await openBoardSection(dark);
    await dark.getByRole('textbox', { name: 'Lever' }).first().waitFor();
    await snap(dark, 'board-dark');
    expect(await seriousA11yViolations(dark)).toEqual([]);

    const narrow = await session.openPanel({ width: 320 });
    await openBoardSection(narrow);
    await narrow.getByRole('textbox', { name: 'Lever' }).first().waitFor();
    // Every calculator open, one with a wrong figure, so the snapshot shows their hardest layout.
    for (const summary of await narrow.locator('details.calc > summary').all()) {
      if (!(await summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open))) await summary.click();
    }
    await narrow.getByRole('textbox', { name: 'Orders a minute' }).fill('-3');
    await expect.poll(() => narrow.getByRole('textbox', { name: 'Orders a minute' }).getAttribute('aria-invalid')).toBe('true');
    // Nothing may force a sideways scroll in a 320 px panel.
    const overflow = await narrow.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('.board *')]
        .filter((element) => element.getBoundingClientRect().right > width)
        .map((element) => `${element.tagName}.${element.className} ${Math.round(element.getBoundingClientRect().right)} > ${width}`);
    });
    expect(overflow).toEqual([]);
    await snap(narrow, 'board-320');
    for (const page of [light, dark, narrow]) await page.close();
  });

  it('pastes a practice prompt and the edited decision matrix into Excalidraw as text', async () => {
    const panel = await session.openPanel({ width: 420 });
    await openBoardSection(panel);

    // A card, copied as the sticky note the preview shows.
    await panel.getByRole('combobox', { name: 'Card' }).selectOption('prompt-flash-sale');
    const note = (await panel.getByLabel('As it lands on the board').textContent()) ?? '';
    expect(note).toContain('Real-time inventory allocation for flash sales');
    await panel.getByRole('button', { name: 'Copy for the board' }).click();
    await expect.poll(() => panel.locator('.live-status').textContent()).toBe('Copied for the board');

    const board = await session.context.newPage();
    await board.setViewportSize({ width: 1400, height: 1300 });
    await board.goto(served.url);
    await board.waitForFunction(() => 'board' in window);
    // Excalidraw sizes a pasted text box with the font it has; measured with a
    // fallback font, the hand-drawn text would later overflow its box.
    await board.evaluate(() => document.fonts.load('20px Excalifont'));
    await pasteAt(board, 760, 120);
    const noteLines = note.split('\n').map(squash).filter(Boolean);
    await expect.poll(async () => (await boardTexts(board)).map(squash)).toEqual(noteLines);

    // The matrix, edited first: the edit saves into the user's copy of the deck.
    await panel.bringToFront();
    await panel.getByRole('combobox', { name: 'Rows for' }).selectOption('prompt-flash-sale');
    const kpi = panel.getByRole('textbox', { name: 'KPI it moves' }).first();
    await kpi.fill('Oversold units (target: zero) <b>');
    await panel.getByText('✓ Saved').waitFor();
    await panel.reload();
    await openBoardSection(panel);
    await panel.getByRole('combobox', { name: 'Rows for' }).selectOption('prompt-flash-sale');
    await expect.poll(() => panel.getByRole('textbox', { name: 'KPI it moves' }).first().inputValue()).toBe(
      'Oversold units (target: zero) <b>',
    );
    const levers = await panel.getByRole('textbox', { name: 'Lever' }).evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    await panel.getByRole('button', { name: 'Copy as table' }).click();
    await expect.poll(() => panel.locator('.live-status').textContent()).toBe('Copied the matrix as a table');

    await pasteAt(board, 760, 820);
    await expect.poll(async () => (await boardTexts(board)).length).toBe(noteLines.length + levers.length + 1);
    const matrixTexts = (await boardTexts(board)).slice(noteLines.length).map(squash);
    expect(matrixTexts[0]).toBe('Lever KPI Expected effect Risk (1–5) Mitigation');
    expect(matrixTexts[1]).toContain(`${levers[0]} Oversold units (target: zero) <b>`);
    levers.forEach((lever, index) => expect(matrixTexts[index + 1]!.startsWith(squash(lever))).toBe(true));

    await board.evaluate(() => {
      const api = (window as unknown as { board: { scrollToContent(): void } }).board;
      api.scrollToContent();
    });
    await snap(board, 'board-after-paste');
    await snapBesideBoard(board, await session.openPanel({ width: 380 }));
    expect(session.consoleErrors).toEqual([]);
  });
});

/**
 * The picture the README opens with: the board as the user sees it, with the
 * panel beside it, composed side by side the way the browser lays them out.
 */
async function snapBesideBoard(board: Page, panel: Page) {
  await board.setViewportSize({ width: 1000, height: 760 });
  await board.bringToFront();
  // Nothing selected, no paste hint, everything in view: the board as it looks mid-rehearsal.
  await board.evaluate(() => {
    const api = (window as unknown as { board: BoardApi }).board;
    api.updateScene({ appState: { selectedElementIds: {} } });
    api.setToast(null);
    api.scrollToContent(undefined, { fitToContent: true });
  });
  const boardShot = (await board.screenshot()).toString('base64');
  await panel.setViewportSize({ width: 380, height: 760 });
  await panel.keyboard.press('1');
  await panel.locator('#current-step-title').waitFor();
  const panelShot = (await panel.screenshot()).toString('base64');
  const frame = await board.context().newPage();
  await frame.setViewportSize({ width: 1382, height: 760 });
  await frame.setContent(
    `<body style="margin:0;display:flex;background:#888">` +
      `<img src="data:image/png;base64,${boardShot}" width="1000" height="760">` +
      `<div style="width:2px;background:#9a978f"></div>` +
      `<img src="data:image/png;base64,${panelShot}" width="380" height="760"></body>`,
  );
  await snap(frame, 'sidecue-beside-board');
  await frame.close();
}
