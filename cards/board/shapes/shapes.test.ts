import { describe, expect, it } from 'vitest';
import { defaultDeck } from '../../default-deck';
import { cardSchema, type Card, type MatrixCard, type PromptCard, type StepsCard } from '../../schema';
import { cardElements, cardsClipboard, clipboardText } from './card-shapes';
import { ARROW_GAP } from './element-factory';
import { excalidrawClipboardSchema, type BoardElement } from './excalidraw-elements';
import { matrixGrid } from './matrix-grid';
import { promptFan } from './prompt-fan';
import {
  arrowEnds,
  arrows,
  asymmetricBindings,
  distanceOutside,
  overlaps,
  rectangles,
  textOutsideBoxes,
  texts,
} from './shapes.fixtures';
import { stepsFlow } from './steps-flow';

const deckCard = <T extends Card>(kind: T['kind']) => defaultDeck.cards.find((card): card is T => card.kind === kind)!;
const steps = deckCard<StepsCard>('steps');
const prompt = deckCard<PromptCard>('prompt');
const matrix = deckCard<MatrixCard>('matrix');

/** Text a user could type that has broken diagrams before: quotes, brackets, breaks, one very long word. */
const HOSTILE = 'Say "no" to [brackets] {braces} <b>tags</b>\nnew line; #hash |pipe| `tick` https://example.test/a-very-long-unbroken-address-that-has-no-spaces-at-all';

function expectSound(elements: BoardElement[]) {
  expect(excalidrawClipboardSchema.safeParse({ type: 'excalidraw/clipboard', elements, files: {} }).error).toBeUndefined();
  expect(overlaps(elements)).toEqual([]);
  expect(textOutsideBoxes(elements)).toEqual([]);
  expect(asymmetricBindings(elements)).toEqual([]);
  // Each arrow starts and ends just outside the boxes it is bound to.
  const byId = new Map(elements.map((element) => [element.id, element]));
  for (const arrow of arrows(elements)) {
    const { start, end } = arrowEnds(arrow);
    const from = byId.get(arrow.startBinding!.elementId)!;
    const to = byId.get(arrow.endBinding!.elementId)!;
    expect(distanceOutside(from, start)).toBeGreaterThan(0);
    expect(distanceOutside(from, start)).toBeLessThanOrEqual(ARROW_GAP * Math.SQRT2 + 0.01);
    expect(distanceOutside(to, end)).toBeGreaterThan(0);
    expect(distanceOutside(to, end)).toBeLessThanOrEqual(ARROW_GAP * Math.SQRT2 + 0.01);
  }
  expect(new Set(elements.map((element) => element.id)).size).toBe(elements.length);
}

const labelIn = (elements: BoardElement[], boxId: string) => texts(elements).find((text) => text.containerId === boxId)?.originalText;

describe('the Three-Lens steps as shapes', () => {
  it('draws four boxes in reading order, each joined to the next by a bound arrow', () => {
    const elements = stepsFlow(steps.steps);
    expectSound(elements);
    const boxes = rectangles(elements);
    expect(boxes).toHaveLength(4);
    expect(boxes.map((box) => labelIn(elements, box.id)?.split('\n')[0])).toEqual(steps.steps.map((step) => step.title));
    boxes.slice(1).forEach((box, index) => expect(box.x).toBeGreaterThan(boxes[index]!.x + boxes[index]!.width));
    expect(arrows(elements).map((arrow) => [arrow.startBinding?.elementId, arrow.endBinding?.elementId])).toEqual([
      [boxes[0]!.id, boxes[1]!.id],
      [boxes[1]!.id, boxes[2]!.id],
      [boxes[2]!.id, boxes[3]!.id],
    ]);
    // Left to right, level: the arrows point right.
    for (const arrow of arrows(elements)) expect(arrow.points[1]).toEqual([expect.any(Number), 0]);
  });
});

describe('the decision matrix as shapes', () => {
  it('lays a header row and one row per lever on a grid, each cell holding its text', () => {
    const elements = matrixGrid(matrix.rows, matrix.title);
    expectSound(elements);
    const boxes = rectangles(elements);
    expect(boxes).toHaveLength(5 * (matrix.rows.length + 1));
    const grid = Array.from({ length: matrix.rows.length + 1 }, (_, row) => boxes.slice(row * 5, row * 5 + 5));
    expect(grid[0]!.map((box) => labelIn(elements, box.id))).toEqual(['Lever', 'KPI', 'Expected effect', 'Risk (1–5)', 'Mitigation']);
    matrix.rows.forEach((row, index) => {
      expect(labelIn(elements, grid[index + 1]![0]!.id)).toBe(row.lever);
      expect(labelIn(elements, grid[index + 1]![3]!.id)).toBe(`${row.risk}/5`);
    });
    // Columns share x and width; rows share y and height.
    for (const column of [0, 1, 2, 3, 4]) {
      expect(new Set(grid.map((cells) => `${cells[column]!.x}/${cells[column]!.width}`)).size).toBe(1);
    }
    for (const cells of grid) expect(new Set(cells.map((cell) => `${cell.y}/${cell.height}`)).size).toBe(1);
    // The title sits above the grid.
    expect(texts(elements).find((text) => text.containerId === null)?.originalText).toBe(matrix.title);
    // Each lever points at its KPI.
    expect(arrows(elements).map((arrow) => [arrow.startBinding?.elementId, arrow.endBinding?.elementId])).toEqual(
      grid.slice(1).map((cells) => [cells[0]!.id, cells[1]!.id]),
    );
  });

  it('keeps hostile and empty cells inside their boxes', () => {
    const rows = [
      { id: 'a', lever: HOSTILE, kpi: 'x', effect: '', risk: 5, mitigation: HOSTILE },
      { id: 'b', lever: 'Short', kpi: HOSTILE, effect: 'E', risk: 1, mitigation: '' },
    ];
    const elements = matrixGrid(rows);
    expectSound(elements);
    expect(texts(elements).every((text) => text.originalText.length > 0)).toBe(true);
  });
});

describe('a practice prompt as shapes', () => {
  it('puts the hypothesis in a box and fans its levers out below, one arrow each', () => {
    const elements = promptFan(prompt);
    expectSound(elements);
    const [hypothesis, ...levers] = rectangles(elements);
    expect(labelIn(elements, hypothesis!.id)).toBe(`Hypothesis: ${prompt.hypothesis}`);
    expect(levers).toHaveLength(prompt.levers.length);
    for (const lever of levers) expect(lever.y).toBeGreaterThan(hypothesis!.y + hypothesis!.height + 40);
    expect(arrows(elements).map((arrow) => [arrow.startBinding?.elementId, arrow.endBinding?.elementId])).toEqual(
      levers.map((lever) => [hypothesis!.id, lever.id]),
    );
  });

  it('draws a prompt with no levers as its hypothesis alone', () => {
    const elements = promptFan(cardSchema.parse({ ...prompt, levers: [], hypothesis: HOSTILE }) as PromptCard);
    expectSound(elements);
    expect(rectangles(elements)).toHaveLength(1);
    expect(arrows(elements)).toHaveLength(0);
  });
});

describe('any card as shapes', () => {
  it('makes every card of the default deck a sound drawing; notes, phrasings and checklists are sticky notes', () => {
    for (const card of defaultDeck.cards) {
      const elements = cardElements(card);
      expectSound(elements);
      if (!['steps', 'matrix', 'prompt'].includes(card.kind)) {
        expect(rectangles(elements)).toHaveLength(1);
        expect(rectangles(elements)[0]!.backgroundColor).toBe('#ffec99');
      }
    }
  });

  it('makes one chosen step a sticky note', () => {
    const elements = cardElements(steps, { stepId: steps.steps[1]!.id });
    expectSound(elements);
    expect(rectangles(elements)).toHaveLength(1);
    expect(labelIn(elements, rectangles(elements)[0]!.id)).toContain(steps.steps[1]!.cue);
  });

  it('puts several cards side by side without overlap', () => {
    const phrasings = defaultDeck.cards.filter((card) => card.kind === 'phrasing');
    const payload = cardsClipboard(phrasings);
    expectSound(payload.elements);
    expect(rectangles(payload.elements)).toHaveLength(phrasings.length);
  });

  it('never gives two copies the same id, seed or nonce', () => {
    const first = cardsClipboard(steps).elements;
    const second = cardsClipboard(steps).elements;
    const ids = new Set(first.map((element) => element.id));
    expect(second.filter((element) => ids.has(element.id))).toEqual([]);
    const nonces = new Set(first.map((element) => element.versionNonce));
    expect(second.filter((element) => nonces.has(element.versionNonce))).toEqual([]);
  });

  it('round-trips as the JSON text boards read on paste, with boundElements present on every element', () => {
    const text = clipboardText(cardsClipboard(matrix));
    const parsed = JSON.parse(text) as { type: string; elements: Record<string, unknown>[] };
    expect(parsed.type).toBe('excalidraw/clipboard');
    expect(excalidrawClipboardSchema.safeParse(parsed).success).toBe(true);
    for (const element of parsed.elements) expect('boundElements' in element).toBe(true);
  });
});
