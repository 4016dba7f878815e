import { describe, expect, it } from 'vitest';
import { boardText, matrixMarkdown, matrixTsv, plainLine, sentenceLines } from './board-text';
import { defaultDeck } from '../default-deck';
import { cardSchema, type Card, type CardInput, type MatrixRow } from '../schema';

const card = (input: CardInput): Card => cardSchema.parse(input);
const deckCard = (id: string) => defaultDeck.cards.find((entry) => entry.id === id)!;

const row = (more: Partial<MatrixRow> = {}): MatrixRow => ({
  id: 'caching',
  lever: 'Caching',
  kpi: 'Conversion',
  effect: 'About +2 % conversion',
  risk: 3,
  mitigation: 'Write-through fallback',
  ...more,
});

describe('plainLine', () => {
  it('drops the Markdown a whiteboard would print literally', () => {
    expect(plainLine('## **Bold** and `code` and *emphasis*')).toBe('Bold and code and emphasis');
    expect(plainLine('- a bullet')).toBe('a bullet');
    expect(plainLine('> quoted ~~struck~~')).toBe('quoted struck');
    expect(plainLine('see [the guide](https://example.test/g)')).toBe('see the guide (https://example.test/g)');
  });

  it('keeps arithmetic, ids and arrows', () => {
    expect(plainLine('2 * 3 = 6; seller_id → KPI')).toBe('2 * 3 = 6; seller_id → KPI');
    expect(plainLine('  spread \n over   lines ')).toBe('spread over lines');
  });
});

describe('sentenceLines', () => {
  it('puts one sentence on a line and keeps figures whole', () => {
    expect(sentenceLines('Uptime is 99.9 %. Checkout stays < 120 ms! Why? $45 orders.')).toEqual([
      'Uptime is 99.9 %.',
      'Checkout stays < 120 ms!',
      'Why?',
      '$45 orders.',
    ]);
  });
});

describe('boardText', () => {
  it('copies one step with its prompts', () => {
    const steps = deckCard('three-lens');
    const text = boardText(steps, { stepId: 'constraints' });
    const step = steps.kind === 'steps' ? steps.steps.find((entry) => entry.id === 'constraints')! : undefined;
    expect(text.split('\n')[0]).toBe(step!.title);
    expect(text).toContain('Ask yourself:');
    for (const prompt of step!.prompts) expect(text).toContain(`• ${plainLine(prompt)}`);
  });

  it('copies every step of a steps card when no step is picked', () => {
    const text = boardText(deckCard('three-lens'));
    expect(text.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(4);
  });

  it("copies a template's rendered sentence with the user's values", () => {
    const text = boardText(deckCard('follow-up-template'), {
      variantId: 'cache-failure',
      values: { failure: 'the cache dies', leakage: '< $4 k' },
    });
    expect(text).toBe(
      'Cache invalidation fails\n\nIf the cache dies, we switch to write-through, logging every event, then run a compensating transaction within 30 seconds; at a $45 average order, revenue leakage stays < $4 k per incident.',
    );
  });

  it('copies a practice prompt: question, hypothesis, constraints, levers', () => {
    const text = boardText(deckCard('prompt-flash-sale'));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Real-time inventory allocation for flash sales');
    expect(text).toContain('Hypothesis: Checkout ≤ 120 ms');
    expect(text).toContain('Constraints:\n• Peak of 1 M QPS when the sale opens');
    expect(text).toMatch(/Levers:\n• .+ → .+/);
  });

  it('copies a set of phrasings as one note each, strong line only', () => {
    const text = boardText([deckCard('phr-kafka-judgment'), deckCard('phr-monolith-first')]);
    expect(text).toContain('Judgment, not recommendation (Kafka)\n\nKafka, because');
    expect(text).toContain('\n\nMonolith first, with an exit trigger\n\n');
    expect(text).not.toContain("We'll use Kafka for streaming.");
  });

  it('copies a note, a checklist and a matrix', () => {
    const note = card({ id: 'n', kind: 'note', title: '# Pacing', body: '**All three** signals early. Then depth.', points: ['* first point'] });
    expect(boardText(note)).toBe('Pacing\n\nAll three signals early.\nThen depth.\n\n• first point');
    const checklist = card({ id: 'c', kind: 'checklist', title: 'Prep', items: [{ id: 'a', text: 'Drill numbers' }] });
    expect(boardText(checklist)).toBe('Prep\n\n☐ Drill numbers');
    const matrix = card({ id: 'm', kind: 'matrix', title: 'Matrix', rows: [row(), row({ id: 'b', effect: '', mitigation: '' })] });
    expect(boardText(matrix)).toBe(
      'Matrix\n\nCaching → Conversion (risk 3/5)\nEffect: About +2 % conversion\nMitigation: Write-through fallback\nCaching → Conversion (risk 3/5)',
    );
  });

  it('leaves out labels over empty lists', () => {
    const note = card({ id: 'n', kind: 'note', title: 'Only a title' });
    expect(boardText(note)).toBe('Only a title');
  });

  it('renders every card of the default deck without Markdown symbols at line starts', () => {
    for (const entry of defaultDeck.cards) {
      const text = boardText(entry);
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/^\s*(#|>|- |\* )/m);
      expect(text).not.toMatch(/\*\*|`/);
    }
  });
});

describe('matrix tables', () => {
  it('tab-separates cells under a header, flattening tabs and newlines inside cells', () => {
    expect(matrixTsv([row({ lever: 'Cache\tlayer', mitigation: 'one\ntwo' })])).toBe(
      'Lever\tKPI\tExpected effect\tRisk (1–5)\tMitigation\nCache layer\tConversion\tAbout +2 % conversion\t3\tone two',
    );
  });

  it('writes a Markdown table with pipes escaped', () => {
    expect(matrixMarkdown([row({ kpi: 'A | B' })], 'My matrix')).toBe(
      [
        '## My matrix',
        '',
        '| Lever | KPI | Expected effect | Risk (1–5) | Mitigation |',
        '| --- | --- | --- | --- | --- |',
        '| Caching | A \\| B | About +2 % conversion | 3 | Write-through fallback |',
      ].join('\n'),
    );
  });
});
