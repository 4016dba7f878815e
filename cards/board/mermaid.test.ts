import { describe, expect, it } from 'vitest';
import { defaultDeck } from '../default-deck';
import type { PromptCard, StepsCard } from '../schema';
import { matrixMermaid, mermaidLabel, promptMermaid, stepsMermaid } from './mermaid';

const steps = defaultDeck.cards.find((card): card is StepsCard => card.kind === 'steps')!;
const prompt = defaultDeck.cards.find((card): card is PromptCard => card.kind === 'prompt')!;

const HOSTILE = 'He said "ship it" ]) --> x[evil] {b} (c) |pipe| <img src=x> `md` #35; &amp;\nsecond line\r\nthird; end';

/**
 * Every quoted label of a flowchart, read the way Mermaid reads them: a
 * label ends at the next double quote. Returns what is left outside labels.
 */
function outsideLabels(chart: string): string[] {
  return chart.split('\n').map((line) => line.replace(/"[^"]*"/g, '""'));
}

describe('mermaidLabel', () => {
  it('leaves no character that ends the quotes, starts HTML or an entity, or breaks the line', () => {
    const escaped = mermaidLabel(HOSTILE);
    expect(escaped).not.toMatch(/["<>`|\n\r&]/);
    expect(escaped.replace(/#(?:quot|lt|gt|\d+);/g, '')).not.toContain('#');
    expect(escaped).toContain('He said #quot;ship it#quot;');
    expect(escaped).toContain('#lt;img src=x#gt;');
  });
});

describe('Mermaid flowcharts', () => {
  it('draws the steps left to right, each joined to the next', () => {
    const chart = stepsMermaid(steps.steps);
    expect(chart.split('\n')[0]).toBe('flowchart LR');
    expect(chart).toContain(`s1["${mermaidLabel(steps.steps[0]!.title)} — ${mermaidLabel(steps.steps[0]!.cue)}"]`);
    expect(chart.match(/-->/g)).toHaveLength(steps.steps.length - 1);
    expect(chart).toMatch(/s3 --> s4$/);
  });

  it('keeps hostile step text inside its labels: the structure outside the quotes is only ours', () => {
    const chart = stepsMermaid([
      { id: 'a', title: HOSTILE, cue: HOSTILE, prompts: [], example: '' },
      { id: 'b', title: 'Two', cue: 'Cue', prompts: [], example: '' },
    ]);
    expect(outsideLabels(chart)).toEqual(['flowchart LR', '  s1[""]', '  s2[""]', '  s1 --> s2']);
  });

  it('draws a prompt as its hypothesis over its levers and their KPIs', () => {
    const chart = promptMermaid({ ...prompt, domain: HOSTILE, levers: [{ ...prompt.levers[0]!, lever: HOSTILE, kpi: HOSTILE }] });
    expect(outsideLabels(chart)).toEqual(['flowchart TD', '  h[""]', '  l1[""]', '  k1([""])', '  h --> l1', '  l1 --> k1']);
    expect(promptMermaid(prompt).match(/h --> l\d/g)).toHaveLength(prompt.levers.length);
  });

  it('draws the matrix as lever-to-KPI links labelled with effect and risk, hostile cells included', () => {
    const chart = matrixMermaid([
      { id: 'a', lever: 'Cache', kpi: 'p95 latency', effect: '-40 %', risk: 2, mitigation: 'Short TTL' },
      { id: 'b', lever: HOSTILE, kpi: HOSTILE, effect: HOSTILE, risk: 5, mitigation: '' },
    ]);
    expect(chart).toContain('l1["Cache"] -->|"-40 % · Risk 2/5"| k1(["p95 latency"])');
    expect(chart).toContain('m1>"Mitigation: Short TTL"]');
    expect(outsideLabels(chart)).toEqual(['flowchart LR', '  l1[""] -->|""| k1([""])', '  m1>""]', '  l1 -.- m1', '  l2[""] -->|""| k2([""])']);
  });
});
