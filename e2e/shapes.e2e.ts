import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDeck } from '../cards/default-deck';
import { serveBoard } from './excalidraw-board/serve-board';
import { launchExtension, seriousA11yViolations, snap, type ExtensionSession } from './support/extension';
import { SCREENSHOTS } from './support/paths';
import type { ServedBoard } from './support/test-board';
import { serveTldrawBoard } from './tldraw-board/serve-board';

/*
 * "Copy for Excalidraw and tldraw", end to end: the panel copies, Ctrl+V
 * pastes into the real boards (built offline from e2e/excalidraw-board and
 * e2e/tldraw-board), and the boards' own APIs say what landed: boxes holding
 * their text, and arrows bound to the boxes at both ends.
 */

/** A box as both boards report it: where it is and the text it holds. */
interface LandedBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  /** The text's own box lies inside the rectangle (Excalidraw; tldraw grows the shape to its label). */
  textInside: boolean;
}

interface LandedArrow {
  from?: string;
  to?: string;
}

interface Landed {
  boxes: LandedBox[];
  arrows: LandedArrow[];
}

/** What Excalidraw holds, read through excalidrawAPI.getSceneElements(); `skip` are ids already on the board. */
function excalidrawScene(board: Page, skip: string[] = []): Promise<Landed> {
  return board.evaluate((skipIds) => {
    interface El {
      id: string;
      type: string;
      x: number;
      y: number;
      width: number;
      height: number;
      isDeleted: boolean;
      containerId?: string | null;
      originalText?: string;
      boundElements: { id: string; type: string }[] | null;
      startBinding?: { elementId: string } | null;
      endBinding?: { elementId: string } | null;
    }
    const api = (window as unknown as { board: { getSceneElements(): El[] } }).board;
    const elements = api.getSceneElements().filter((el) => !el.isDeleted && !skipIds.includes(el.id));
    const byId = new Map(elements.map((el) => [el.id, el]));
    const boxes = elements
      .filter((el) => el.type === 'rectangle')
      .map((box) => {
        const label = elements.find((el) => el.type === 'text' && el.containerId === box.id);
        const listed = box.boundElements?.some((bound) => bound.id === label?.id) ?? false;
        const textInside =
          !!label &&
          listed &&
          label.x >= box.x &&
          label.y >= box.y &&
          label.x + label.width <= box.x + box.width + 0.5 &&
          label.y + label.height <= box.y + box.height + 0.5;
        return { id: box.id, x: box.x, y: box.y, width: box.width, height: box.height, text: label?.originalText ?? '', textInside };
      });
    const arrows = elements
      .filter((el) => el.type === 'arrow')
      .map((arrow) => {
        // A binding counts only when the box lists the arrow back.
        const end = (binding?: { elementId: string } | null) =>
          binding && byId.get(binding.elementId)?.boundElements?.some((bound) => bound.id === arrow.id) ? binding.elementId : undefined;
        return { from: end(arrow.startBinding), to: end(arrow.endBinding) };
      });
    return { boxes, arrows };
  }, skip);
}

/** What tldraw holds, read through the editor: rectangles (geo shapes) with their labels, arrows with their bindings. */
function tldrawScene(board: Page, skip: string[] = []): Promise<Landed> {
  return board.evaluate((skipIds) => {
    interface Shape {
      id: string;
      type: string;
      props: { geo?: string };
    }
    interface Editor {
      getCurrentPageShapes(): Shape[];
      getShapePageBounds(shape: Shape): { x: number; y: number; w: number; h: number };
      getShapeUtil(shape: Shape): { getText(shape: Shape): string | undefined };
      getBindingsFromShape(shape: Shape, type: string): { toId: string; props: { terminal: 'start' | 'end' } }[];
    }
    const editor = (window as unknown as { editor: Editor }).editor;
    const shapes = editor.getCurrentPageShapes().filter((shape) => !skipIds.includes(shape.id));
    const boxes = shapes
      .filter((shape) => shape.type === 'geo' && shape.props.geo === 'rectangle')
      .map((shape) => {
        const bounds = editor.getShapePageBounds(shape);
        return { id: shape.id, x: bounds.x, y: bounds.y, width: bounds.w, height: bounds.h, text: editor.getShapeUtil(shape).getText(shape) ?? '', textInside: true };
      });
    const arrows = shapes
      .filter((shape) => shape.type === 'arrow')
      .map((shape) => {
        const bindings = editor.getBindingsFromShape(shape, 'arrow');
        return {
          from: bindings.find((binding) => binding.props.terminal === 'start')?.toId,
          to: bindings.find((binding) => binding.props.terminal === 'end')?.toId,
        };
      });
    return { boxes, arrows };
  }, skip);
}

const allIds = async (board: Page, kind: 'excalidraw' | 'tldraw') =>
  board.evaluate((which) => {
    const win = window as unknown as {
      board: { getSceneElements(): { id: string }[] };
      editor: { getCurrentPageShapes(): { id: string }[] };
    };
    return (which === 'excalidraw' ? win.board.getSceneElements() : win.editor.getCurrentPageShapes()).map((el) => el.id);
  }, kind);

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const round = (n: number) => Math.round(n);

/** Boxes that overlap another box, by their text. */
function overlapping(boxes: LandedBox[]): string[] {
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1)
      .map((b) => `${a.text} / ${b.text}`),
  );
}

/** The matrix as it should land: rows of five boxes, columns lined up, the header first, each lever pointing at its KPI. */
function expectMatrixGrid(landed: Landed, levers: string[]) {
  const rows = [...new Set(landed.boxes.map((box) => round(box.y)))].sort((a, b) => a - b);
  const columns = [...new Set(landed.boxes.map((box) => round(box.x)))].sort((a, b) => a - b);
  expect(rows).toHaveLength(levers.length + 1);
  expect(columns).toHaveLength(5);
  expect(landed.boxes).toHaveLength(5 * (levers.length + 1));
  const grid = rows.map((y) => columns.map((x) => landed.boxes.find((box) => round(box.y) === y && round(box.x) === x)!));
  expect(grid[0]!.map((box) => squash(box.text))).toEqual(['Lever', 'KPI', 'Expected effect', 'Risk (1–5)', 'Mitigation']);
  expect(grid.slice(1).map((cells) => squash(cells[0]!.text))).toEqual(levers.map(squash));
  for (const box of landed.boxes) {
    expect(box.text.trim(), `box at ${box.x},${box.y}`).not.toBe('');
    expect(box.textInside, `"${box.text}" inside its box`).toBe(true);
  }
  expect(overlapping(landed.boxes)).toEqual([]);
  expect(landed.arrows.map((arrow) => [arrow.from, arrow.to])).toEqual(
    expect.arrayContaining(grid.slice(1).map((cells) => [cells[0]!.id, cells[1]!.id])),
  );
  expect(landed.arrows).toHaveLength(levers.length);
}

/** The steps as they should land: four boxes left to right, three arrows each bound from one to the next. */
function expectStepsFlow(landed: Landed, titles: string[]) {
  const boxes = [...landed.boxes].sort((a, b) => a.x - b.x);
  expect(boxes).toHaveLength(4);
  boxes.forEach((box, index) => expect(squash(box.text).startsWith(squash(titles[index]!)), `${box.text} starts step ${index + 1}`).toBe(true));
  expect(new Set(boxes.map((box) => round(box.y))).size).toBe(1);
  for (const box of boxes) expect(box.textInside, `"${box.text}" inside its box`).toBe(true);
  expect(overlapping(boxes)).toEqual([]);
  expect(landed.arrows).toHaveLength(3);
  expect(landed.arrows.map((arrow) => [arrow.from, arrow.to]).sort()).toEqual(
    [0, 1, 2].map((index) => [boxes[index]!.id, boxes[index + 1]!.id]).sort(),
  );
}

async function pasteInto(board: Page, x: number, y: number) {
  await board.bringToFront();
  // A click on empty canvas with the selection tool gives the board focus and changes nothing.
  await board.mouse.click(x, y);
  await board.keyboard.press('Control+V');
}

/** Moves the board's view 1000 px down the page, so the next paste lands below what is there. */
async function viewBelow(board: Page, kind: 'excalidraw' | 'tldraw') {
  await board.evaluate((which) => {
    const win = window as unknown as {
      board: { getAppState(): { scrollY: number }; updateScene(scene: { appState: { scrollY: number } }): void };
      editor: { getCamera(): { x: number; y: number; z: number }; setCamera(camera: { x: number; y: number; z: number }): void };
    };
    if (which === 'excalidraw') win.board.updateScene({ appState: { scrollY: win.board.getAppState().scrollY - 1000 } });
    else {
      const camera = win.editor.getCamera();
      win.editor.setCamera({ ...camera, y: camera.y - 1000 });
    }
  }, kind);
}

async function copyFromMenu(panel: Page, menu: string, item: RegExp) {
  await panel.bringToFront();
  await panel.getByRole('button', { name: menu, exact: true }).click();
  await panel.getByRole('menuitem', { name: item }).click();
  await expect.poll(() => panel.locator('.live-status').textContent()).toBe('Copied as shapes for Excalidraw and tldraw');
}

describe('Copy for Excalidraw and tldraw pastes boxes and arrows onto both boards', () => {
  let session: ExtensionSession;
  let excalidraw: ServedBoard;
  let tldraw: ServedBoard;

  // Two boards built with Vite on a shared two-core machine: one after the other, with room to finish.
  beforeAll(async () => {
    excalidraw = await serveBoard();
    tldraw = await serveTldrawBoard();
    session = await launchExtension();
    for (const served of [excalidraw, tldraw]) {
      await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.url).origin });
    }
  }, 420_000);
  afterAll(async () => {
    await session?.close();
    await excalidraw?.close();
    await tldraw?.close();
  });

  it('lands the four steps as four bound boxes and the decision matrix as a grid, on Excalidraw and on tldraw', async () => {
    const panel = await session.openPanel({ width: 420 });
    // A fresh profile starts on the default deck: its steps are what the panel copies.
    const titles = defaultDeck.cards.flatMap((card) => (card.kind === 'steps' ? card.steps.map((step) => step.title) : []));

    const exBoard = await session.context.newPage();
    await exBoard.setViewportSize({ width: 1600, height: 1100 });
    await exBoard.goto(excalidraw.url);
    await exBoard.waitForFunction(() => 'board' in window);
    // Excalidraw measures pasted text with the font it has; measured with a fallback, text would later spill.
    await exBoard.evaluate(() => document.fonts.load('20px Excalifont'));

    const tlBoard = await session.context.newPage();
    await tlBoard.setViewportSize({ width: 1600, height: 1100 });
    await tlBoard.goto(tldraw.url);
    await tlBoard.waitForFunction(() => 'editor' in window);

    // The steps, from the Steps screen's menu.
    await copyFromMenu(panel, 'More actions for Three-Lens answer', /^Copy the steps for Excalidraw and tldraw/);
    await pasteInto(exBoard, 800, 150);
    await expect.poll(async () => (await excalidrawScene(exBoard)).arrows.length).toBe(3);
    const stepIds = await allIds(exBoard, 'excalidraw');
    expectStepsFlow(await excalidrawScene(exBoard), titles);

    await pasteInto(tlBoard, 800, 150);
    await expect.poll(async () => (await tldrawScene(tlBoard)).arrows.length).toBe(3);
    const tlStepIds = await allIds(tlBoard, 'tldraw');
    expectStepsFlow(await tldrawScene(tlBoard), titles);

    // The matrix, from the Board section's matrix menu.
    await panel.getByRole('tab', { name: 'Board' }).click();
    await panel.getByRole('heading', { name: 'Board', level: 2 }).waitFor();
    const levers = await panel.getByRole('textbox', { name: 'Lever' }).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    await copyFromMenu(panel, 'More ways to copy the matrix', /^Copy for Excalidraw and tldraw/);

    await viewBelow(exBoard, 'excalidraw');
    await pasteInto(exBoard, 800, 200);
    await expect.poll(async () => (await excalidrawScene(exBoard, stepIds)).boxes.length).toBe(5 * (levers.length + 1));
    expectMatrixGrid(await excalidrawScene(exBoard, stepIds), levers);
    expect(overlapping((await excalidrawScene(exBoard)).boxes)).toEqual([]);

    await viewBelow(tlBoard, 'tldraw');
    await pasteInto(tlBoard, 800, 200);
    await expect.poll(async () => (await tldrawScene(tlBoard, tlStepIds)).boxes.length).toBe(5 * (levers.length + 1));
    expectMatrixGrid(await tldrawScene(tlBoard, tlStepIds), levers);
    expect(overlapping((await tldrawScene(tlBoard)).boxes)).toEqual([]);

    // Pictures of both boards as the user would see them.
    await exBoard.bringToFront();
    await exBoard.evaluate(() => {
      const api = (window as unknown as { board: { updateScene(s: object): void; setToast(t: null): void; scrollToContent(t?: undefined, o?: object): void } }).board;
      api.updateScene({ appState: { selectedElementIds: {} } });
      api.setToast(null);
      api.scrollToContent(undefined, { fitToContent: true });
    });
    await snap(exBoard, 'shapes-excalidraw');
    await tlBoard.bringToFront();
    await tlBoard.evaluate(() => {
      const editor = (window as unknown as { editor: { selectNone(): void; zoomToFit(): void } }).editor;
      editor.selectNone();
      editor.zoomToFit();
    });
    await snap(tlBoard, 'shapes-tldraw');
    // The README's picture: smaller, the same board.
    await tlBoard.setViewportSize({ width: 1100, height: 820 });
    await tlBoard.evaluate(() => (window as unknown as { editor: { zoomToFit(): void } }).editor.zoomToFit());
    await tlBoard.screenshot({ path: join(SCREENSHOTS, 'shapes-on-tldraw.png') });
    expect(session.consoleErrors).toEqual([]);
  }, 180_000);

  it('pastes the steps copied as Mermaid into Excalidraw as a flowchart of four boxes and three arrows', async () => {
    const panel = await session.openPanel({ width: 420 });
    await panel.getByRole('tab', { name: 'Steps' }).click();
    await panel.getByRole('button', { name: 'More actions for Three-Lens answer', exact: true }).click();
    await panel.getByRole('menuitem', { name: /^Copy the steps as Mermaid/ }).click();
    await expect.poll(() => panel.locator('.live-status').textContent()).toBe('Copied as Mermaid');

    const board = await session.context.newPage();
    await board.setViewportSize({ width: 1600, height: 1000 });
    await board.goto(excalidraw.url);
    await board.waitForFunction(() => 'board' in window);
    await pasteInto(board, 800, 300);
    // Excalidraw lays the chart out with Mermaid (loaded on first use) before the shapes appear.
    await expect.poll(async () => (await excalidrawScene(board)).arrows.length, { timeout: 30_000 }).toBe(3);
    const landed = await excalidrawScene(board);
    const titles = defaultDeck.cards.flatMap((card) => (card.kind === 'steps' ? card.steps.map((step) => step.title) : []));
    expect(landed.boxes).toHaveLength(4);
    // Each box reads its step's title then its cue, with no markup showing.
    const boxes = [...landed.boxes].sort((a, b) => a.x - b.x);
    boxes.forEach((box, index) => {
      expect(squash(box.text).startsWith(`${squash(titles[index]!)} — `), box.text).toBe(true);
      expect(box.text).not.toMatch(/[<>#]/);
    });
    expect(landed.arrows.every((arrow) => arrow.from && arrow.to)).toBe(true);
    await board.evaluate(() => (window as unknown as { board: { scrollToContent(t?: undefined, o?: object): void } }).board.scrollToContent(undefined, { fitToContent: true }));
    await snap(board, 'mermaid-excalidraw');
  }, 120_000);

  it('shows the copy menus by keyboard, at 400 px light and 320 px dark, inside the panel and with no serious accessibility violation', async () => {
    const light = await session.openPanel({ width: 400 });
    // The panel opens where it was left (Board, after the test above).
    await light.getByRole('tab', { name: 'Steps' }).click();
    const steps = light.getByRole('button', { name: 'More actions for Three-Lens answer', exact: true });
    await steps.focus();
    await light.keyboard.press('Enter');
    await expect.poll(() => light.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Copy this step’s cue');
    await light.keyboard.press('ArrowDown');
    await expect.poll(() => light.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Copy the steps for Excalidraw and tldraw');
    await snap(light, 'copy-menu-steps-400-light');
    expect(await seriousA11yViolations(light)).toEqual([]);
    await light.keyboard.press('Enter');
    await expect.poll(() => light.locator('.live-status').textContent()).toBe('Copied as shapes for Excalidraw and tldraw');

    const dark = await session.openPanel({ width: 320, colorScheme: 'dark' });
    await dark.getByRole('tab', { name: 'Board' }).click();
    await dark.getByRole('heading', { name: 'Board', level: 2 }).waitFor();
    for (const name of [/^More ways to copy /, 'More ways to copy the matrix']) {
      await dark.getByRole('button', { name }).first().click();
      const menu = dark.getByRole('menu');
      await menu.waitFor();
      // The open menu stays inside the 320 px panel.
      const box = (await menu.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      // Each label reads in a glance: on one line, or two at most, never folded down the button's width.
      const labelLines = await menu.locator('.overflow-menu-label').evaluateAll((labels) =>
        labels.map((label) => {
          const words = document.createRange();
          words.selectNodeContents(label.firstChild!);
          return words.getClientRects().length;
        }),
      );
      expect(Math.max(...labelLines)).toBeLessThanOrEqual(2);
      await menu.scrollIntoViewIfNeeded();
      await snap(dark, name === 'More ways to copy the matrix' ? 'copy-menu-matrix-320-dark' : 'copy-menu-card-320-dark');
      expect(await seriousA11yViolations(dark)).toEqual([]);
      await dark.keyboard.press('Escape');
    }
    expect(session.consoleErrors).toEqual([]);
  });
});
