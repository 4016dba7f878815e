import { boardNote, toList, type BoardOptions } from '../board-text';
import type { Card } from '../../schema';
import type { BoardElement, ExcalidrawClipboard } from './excalidraw-elements';
import { matrixGrid } from './matrix-grid';
import { promptFan } from './prompt-fan';
import { stepsFlow } from './steps-flow';
import { stickyNote } from './sticky-note';

/** Between two cards pasted together (several phrasings). */
const CARD_GAP = 40;

/**
 * A card as the shapes a candidate would draw: the Three-Lens steps as a
 * flow, a matrix as a grid, a prompt as hypothesis and levers, anything else
 * (or one chosen step) as a sticky note.
 */
export function cardElements(card: Card, options: BoardOptions = {}, x = 0, y = 0): BoardElement[] {
  if (card.kind === 'steps' && !card.steps.some((step) => step.id === options.stepId)) return stepsFlow(card.steps, x, y);
  if (card.kind === 'matrix') return matrixGrid(card.rows, card.title, x, y);
  if (card.kind === 'prompt') return promptFan(card, x, y);
  return stickyNote(boardNote(card, options), x, y);
}

/** One card or several, side by side, as Excalidraw's clipboard payload. */
export function cardsClipboard(cards: Card | readonly Card[], options: BoardOptions = {}): ExcalidrawClipboard {
  const elements: BoardElement[] = [];
  let left = 0;
  for (const card of toList(cards)) {
    const drawn = cardElements(card, options, left, 0);
    elements.push(...drawn);
    left = Math.max(...drawn.map((element) => element.x + element.width)) + CARD_GAP;
  }
  return shapesClipboard(elements);
}

export function shapesClipboard(elements: BoardElement[]): ExcalidrawClipboard {
  return { type: 'excalidraw/clipboard', elements, files: {} };
}

/** The payload as the plain text Excalidraw and tldraw read on paste. */
export function clipboardText(payload: ExcalidrawClipboard): string {
  return JSON.stringify(payload);
}
