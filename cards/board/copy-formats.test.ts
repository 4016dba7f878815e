import { describe, expect, it } from 'vitest';
import { checkedClipboardText, shapesClipboard, stepsFlow } from './copy-formats';
import { defaultDeck } from '../default-deck';

const steps = defaultDeck.cards.find((card) => card.kind === 'steps')!;

describe('checkedClipboardText', () => {
  it('gives the JSON boards read on paste for a sound drawing', () => {
    const payload = shapesClipboard(stepsFlow(steps.kind === 'steps' ? steps.steps : []));
    const checked = checkedClipboardText(payload);
    expect('text' in checked && JSON.parse(checked.text)).toEqual(payload);
  });

  it('refuses a drawing with a broken element, saying which field is wrong, rather than hand a board something it drops', () => {
    const payload = shapesClipboard(stepsFlow(steps.kind === 'steps' ? steps.steps : []));
    const broken = { ...payload, elements: payload.elements.map((element, index) => (index === 1 ? { ...element, boundElements: undefined } : element)) };
    const checked = checkedClipboardText(broken as unknown as typeof payload);
    expect(checked).toEqual({ problem: expect.stringMatching(/bound elements/i) });
  });
});
