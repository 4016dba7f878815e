import type { Deck } from '../schema';

/** A small deck with one card of each kind the drill asks about. */
export const drillDeck = (): Deck => ({
  id: 'acme',
  name: 'Acme loop',
  description: '',
  cards: [
    {
      kind: 'phrasing',
      id: 'latency',
      title: 'Latency is conversion',
      tags: [],
      weak: 'Latency does not matter here.',
      strong: 'Checkout stays ≤ 120 ms, because conversion drops with every wait.',
      why: '',
    },
    { kind: 'phrasing', id: 'own', title: 'Own the final call', tags: [], strong: 'I set the constraints and own the trade-off.', why: '' },
    {
      kind: 'steps',
      id: 'lens',
      title: 'Three lenses',
      tags: [],
      steps: [
        { id: 'problem', title: 'Problem', cue: 'Name the user and the pain.', prompts: [], example: '' },
        { id: 'levers', title: 'Levers', cue: 'Pick levers tied to a KPI.', prompts: [], example: '' },
      ],
    },
    {
      kind: 'template',
      id: 'what-if',
      title: 'What-if',
      tags: [],
      shape: ['Failure', 'Fallback', 'Bounded impact'],
      variants: [{ id: 'outage', name: 'Outage', sentence: 'If {x} fails, {y} takes over.', slots: [] }],
    },
    {
      kind: 'prompt',
      id: 'sale',
      title: 'Flash sale',
      tags: [],
      domain: 'Retail',
      question: 'Design a flash sale.',
      hypothesis: 'Faster checkout sells more.',
      constraints: [],
      levers: [],
      followUps: [
        { id: 'down', question: 'What if payments go down?', answerWith: 'what-if/outage' },
        { id: 'loose', question: 'Anything else?' },
      ],
    },
    { kind: 'note', id: 'signals', title: 'Signals', tags: [], body: 'Impact, feasibility, trade-offs.', points: [] },
  ],
});
