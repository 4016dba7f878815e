import { plainLine } from '../board-text';
import type { PromptCard } from '../../schema';
import type { BoardElement } from './excalidraw-elements';
import { boxSizeFor, COLORS, connect, freeText, labelledBox } from './element-factory';

const HYPOTHESIS_TEXT_WIDTH = 420;
const LEVER_TEXT_WIDTH = 200;
const LEVER_GAP = 40;
/** Between the hypothesis and its levers, room for the arrows to fan out. */
const FAN_DROP = 110;
const TITLE_GAP = 16;

/**
 * A practice prompt as a small tree: its domain and question as a heading,
 * the hypothesis in a box, and its levers (each with the KPI it moves) in a
 * row below, each joined to the hypothesis by a bound arrow.
 */
export function promptFan(card: PromptCard, x = 0, y = 0): BoardElement[] {
  const leverTexts = card.levers.map((row) => `${plainLine(row.lever) || '–'}\n→ ${plainLine(row.kpi) || '–'}`);
  const leverSizes = leverTexts.map((text) => boxSizeFor(text, LEVER_TEXT_WIDTH));
  const leverHeight = Math.max(0, ...leverSizes.map((size) => size.height));
  const rowWidth = leverSizes.reduce((sum, size) => sum + size.width, 0) + LEVER_GAP * Math.max(0, leverTexts.length - 1);
  const hypothesisText = `Hypothesis: ${plainLine(card.hypothesis)}`;
  const hypothesisSize = boxSizeFor(hypothesisText, HYPOTHESIS_TEXT_WIDTH);
  const span = Math.max(rowWidth, hypothesisSize.width);

  const heading = freeText(x, y, `${plainLine(card.domain)}\n${plainLine(card.question)}`, Math.max(span, HYPOTHESIS_TEXT_WIDTH));
  const top = y + heading.height + TITLE_GAP;
  const hypothesis = labelledBox({
    x: x + (span - hypothesisSize.width) / 2,
    y: top,
    text: hypothesisText,
    maxTextWidth: HYPOTHESIS_TEXT_WIDTH,
    background: COLORS.hypothesis,
  });
  const leverTop = top + hypothesis.box.height + FAN_DROP;
  let left = x + (span - rowWidth) / 2;
  const levers = leverTexts.map((text, index) => {
    const lever = labelledBox({
      x: left,
      y: leverTop,
      text,
      maxTextWidth: LEVER_TEXT_WIDTH,
      background: COLORS.lever,
      height: leverHeight,
    });
    left += leverSizes[index]!.width + LEVER_GAP;
    return lever;
  });
  const arrows = levers.map((lever) => connect(hypothesis.box, lever.box));
  return [heading, hypothesis.box, hypothesis.label, ...levers.flatMap(({ box, label }) => [box, label]), ...arrows];
}
