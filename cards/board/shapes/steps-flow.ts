import { plainLine } from '../board-text';
import type { Step } from '../../schema';
import type { BoardElement } from './excalidraw-elements';
import { boxSizeFor, COLORS, connect, labelledBox } from './element-factory';

const STEP_TEXT_WIDTH = 220;
/** Room between two steps for the arrow that joins them. */
const STEP_GAP = 80;

/**
 * The Three-Lens steps as a flow read left to right: one box per step (its
 * title, then its cue), all the same size, each joined to the next by an
 * arrow bound at both ends.
 */
export function stepsFlow(steps: readonly Step[], x = 0, y = 0): BoardElement[] {
  const texts = steps.map((step) => `${plainLine(step.title)}\n${plainLine(step.cue)}`);
  const sizes = texts.map((text) => boxSizeFor(text, STEP_TEXT_WIDTH));
  const width = Math.max(...sizes.map((size) => size.width));
  const height = Math.max(...sizes.map((size) => size.height));
  const boxes = texts.map((text, index) =>
    labelledBox({ x: x + index * (width + STEP_GAP), y, text, maxTextWidth: STEP_TEXT_WIDTH, background: COLORS.step, width, height }),
  );
  const arrows = boxes.slice(1).map((next, index) => connect(boxes[index]!.box, next.box));
  return [...boxes.flatMap(({ box, label }) => [box, label]), ...arrows];
}
