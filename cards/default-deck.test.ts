import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deckSchema, type Card, type TemplateVariant } from './schema';
import { defaultDeck } from './default-deck';
import { DEFAULT_DECK_ID } from './shipped-deck';

// The seed guide lives in shared/, a sibling of the repo both here and in CI.
// It is read, never imported, so a missing copy cannot break the build. The
// path is resolved by hand: Vite rewrites `new URL(x, import.meta.url)` into a
// dev-server asset URL, which is not a file.
const seedDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/seed');
const seedText: string | null = existsSync(seedDir)
  ? readdirSync(seedDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(seedDir, name), 'utf8'))
      .join('\n')
  : null;

const cards = defaultDeck.cards;
const deckJson = JSON.stringify(defaultDeck);

function byKind<K extends Card['kind']>(kind: K): Extract<Card, { kind: K }>[] {
  return cards.filter((card): card is Extract<Card, { kind: K }> => card.kind === kind);
}

function cardById(id: string): Card | undefined {
  return cards.find((card) => card.id === id);
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

const PLACEHOLDER = /\{([^{}]+)\}/g;

function placeholders(sentence: string): string[] {
  return [...sentence.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

// What the panel shows once every slot holds its example value.
function renderExample(variant: TemplateVariant): string {
  return variant.sentence.replace(PLACEHOLDER, (whole, slotId: string) => {
    return variant.slots.find((slot) => slot.id === slotId)?.example ?? whole;
  });
}

/** Every string in the deck, plus each template rendered with its examples. */
function deckStrings(): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(defaultDeck);
  for (const template of byKind('template')) {
    strings.push(...template.variants.map(renderExample));
  }
  return strings;
}

// Same tokens as the brief's rule, made a little stricter so that typography
// cannot hide a copy: non-breaking hyphens and curly apostrophes count as their
// plain forms, and punctuation stuck to a word's edge is ignored.
function tokens(text: string): string[] {
  const plain = text.toLowerCase().replace(/\u2011/g, '-').replace(/\u2019/g, "'");
  return (plain.match(/[a-z0-9$%.,'’‑-]+/g) ?? [])
    .map((token) => token.replace(/^[.,'-]+|[.,'-]+$/g, ''))
    .filter((token) => token.length > 0);
}

function nGrams(words: string[], n: number): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + n <= words.length; i += 1) grams.add(words.slice(i, i + n).join(' '));
  return grams;
}

const PHRASING_TAGS = [
  'judgment',
  'trade-off',
  'scalability',
  'latency',
  'cost',
  'risk',
  'ownership',
  'consistency',
  'regulatory',
  'impact',
  'feasibility',
  'mvp',
  'opening',
  'closing',
  'follow-up',
];

describe('the default deck', () => {
  it('validates against the deck schema and is the deck named "default"', () => {
    expect(deckSchema.safeParse(defaultDeck).success).toBe(true);
    // Nothing for the schema to fill in or strip: the panel uses the source as is.
    expect(deckSchema.parse(defaultDeck)).toStrictEqual(defaultDeck);
    expect(defaultDeck.id).toBe(DEFAULT_DECK_ID);
    expect(DEFAULT_DECK_ID).toBe('default');
  });

  it('opens on the Three-Lens steps, then signals and pacing, then the template', () => {
    expect(cards.slice(0, 3).map((card) => card.id)).toEqual(['three-lens', 'three-signals', 'pacing']);
    const kinds = cards.map((card) => card.kind);
    // Each later group starts after the earlier one has ended.
    const lastIndex = (kind: Card['kind']) => kinds.lastIndexOf(kind);
    const firstIndex = (kind: Card['kind']) => kinds.indexOf(kind);
    expect(lastIndex('template')).toBeLessThan(firstIndex('prompt'));
    expect(lastIndex('prompt')).toBeLessThan(firstIndex('matrix'));
    expect(lastIndex('matrix')).toBeLessThan(firstIndex('checklist'));
    expect(lastIndex('checklist')).toBeLessThan(firstIndex('phrasing'));
  });

  it('keeps the ids other code depends on', () => {
    const ids = cards.map((card) => card.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'three-lens',
        'three-signals',
        'pacing',
        'follow-up-template',
        'prompt-live-stream',
        'prompt-flash-sale',
        'prompt-recommendations',
        'prompt-watch-party',
        'decision-matrix',
        'prep-checklist',
      ]),
    );
    const threeLens = cardById('three-lens');
    expect(threeLens?.kind === 'steps' && threeLens.steps.map((step) => step.id)).toEqual([
      'problem',
      'constraints',
      'levers',
      'close',
    ]);
    const template = cardById('follow-up-template');
    expect(template?.kind === 'template' && template.variants.map((variant) => variant.id)).toEqual(
      expect.arrayContaining(['cache-failure', 'cost', 'latency', 'regulatory']),
    );
  });

  describe('ids are unique', () => {
    it('across cards', () => {
      expect(duplicates(cards.map((card) => card.id))).toEqual([]);
    });

    it.each(cards.map((card) => [card.id, card] as const))('inside card %s', (_id, card) => {
      const groups: string[][] = [];
      if (card.kind === 'steps') groups.push(card.steps.map((step) => step.id));
      if (card.kind === 'template') {
        groups.push(card.variants.map((variant) => variant.id));
        for (const variant of card.variants) groups.push(variant.slots.map((slot) => slot.id));
      }
      if (card.kind === 'prompt') {
        groups.push(card.levers.map((row) => row.id));
        groups.push(card.followUps.map((followUp) => followUp.id));
      }
      if (card.kind === 'matrix') groups.push(card.rows.map((row) => row.id));
      if (card.kind === 'checklist') groups.push(card.items.map((item) => item.id));
      for (const ids of groups) expect(duplicates(ids)).toEqual([]);
    });
  });

  it('gives every Three-Lens step a cue, 3–5 prompts and a worked example', () => {
    const [threeLens] = byKind('steps');
    for (const step of threeLens?.steps ?? []) {
      expect(step.cue.length).toBeGreaterThan(0);
      expect(step.prompts.length).toBeGreaterThanOrEqual(3);
      expect(step.prompts.length).toBeLessThanOrEqual(5);
      expect(step.example.length).toBeGreaterThan(0);
    }
  });

  describe('the phrasing library', () => {
    const phrasings = byKind('phrasing');

    it('holds at least 40 phrasings, all with ids starting "phr-"', () => {
      expect(phrasings.length).toBeGreaterThanOrEqual(40);
      for (const phrasing of phrasings) expect(phrasing.id).toMatch(/^phr-/);
    });

    it('gives every phrasing at least one tag, all from the shared vocabulary', () => {
      for (const phrasing of phrasings) {
        expect(phrasing.tags.length).toBeGreaterThan(0);
        for (const tag of phrasing.tags) expect(PHRASING_TAGS).toContain(tag);
      }
    });

    it('says why for every phrasing and never repeats a strong line', () => {
      for (const phrasing of phrasings) expect(phrasing.why.length).toBeGreaterThan(0);
      expect(duplicates(phrasings.map((phrasing) => phrasing.strong))).toEqual([]);
    });
  });

  describe('the follow-up template', () => {
    const variants = byKind('template').flatMap((template) => template.variants);

    it.each(variants.map((variant) => [variant.id, variant] as const))(
      'variant %s names exactly the slots it defines',
      (_id, variant) => {
        const named = placeholders(variant.sentence);
        const defined = variant.slots.map((slot) => slot.id);
        expect(duplicates(named)).toEqual([]);
        expect([...named].sort()).toEqual([...defined].sort());
      },
    );

    it.each(variants.map((variant) => [variant.id, variant] as const))(
      'variant %s gives every slot a label, hint and example',
      (_id, variant) => {
        for (const slot of variant.slots) {
          expect(slot.label.length).toBeGreaterThan(0);
          expect(slot.hint.length).toBeGreaterThan(0);
          expect(slot.example.length).toBeGreaterThan(0);
        }
        expect(renderExample(variant)).not.toMatch(PLACEHOLDER);
      },
    );
  });

  describe('the practice prompts', () => {
    const prompts = byKind('prompt');

    it('give 3–5 follow-ups each, answered by a real template variant', () => {
      expect(prompts.length).toBe(4);
      for (const prompt of prompts) {
        expect(prompt.followUps.length).toBeGreaterThanOrEqual(3);
        expect(prompt.followUps.length).toBeLessThanOrEqual(5);
        for (const followUp of prompt.followUps) {
          const [cardId, variantId, ...rest] = (followUp.answerWith ?? '').split('/');
          expect(rest).toEqual([]);
          const card = cardById(cardId ?? '');
          expect(card?.kind, `${prompt.id}/${followUp.id}`).toBe('template');
          const variantIds = card?.kind === 'template' ? card.variants.map((variant) => variant.id) : [];
          expect(variantIds, `${prompt.id}/${followUp.id}`).toContain(variantId);
        }
      }
    });

    it('drill cache failure, cost, latency and regulatory follow-ups between them', () => {
      const used = new Set(prompts.flatMap((prompt) => prompt.followUps.map((followUp) => followUp.answerWith)));
      for (const variantId of ['cache-failure', 'cost', 'latency', 'regulatory']) {
        expect(used).toContain(`follow-up-template/${variantId}`);
      }
    });

    it('score every lever risk between 1 and 5', () => {
      const rows = [...prompts.flatMap((prompt) => prompt.levers), ...byKind('matrix').flatMap((matrix) => matrix.rows)];
      for (const row of rows) {
        expect(row.risk).toBeGreaterThanOrEqual(1);
        expect(row.risk).toBeLessThanOrEqual(5);
      }
    });
  });

  it('has the seven preparation items and no paid-course advert', () => {
    const [checklist] = byKind('checklist');
    expect(checklist?.id).toBe('prep-checklist');
    expect(checklist?.items).toHaveLength(7);
    expect(deckJson).not.toMatch(/playbook/i);
  });

  // One row per figure the guide gives, spelled the way the deck spells it.
  it.each([
    ['uptime', '99.9 %'],
    ['latency limit', '< 150 ms'],
    ['MVP window', '30-day MVP'],
    ['Kafka overhead', '10 ms'],
    ['delivery guarantee', 'at-least-once'],
    ['conversion from caching', '2 % conversion'],
    ['concurrent viewers', '100 k concurrent viewers'],
    ['end-to-end latency', '< 200 ms end-to-end'],
    ['time-to-list before', '4 hours'],
    ['time-to-list after', '2 hours'],
    ['daily active sellers', '+5 % daily active sellers'],
    ['checkout target', '120 ms'],
    ['80th percentile', '80th percentile'],
    ['observed latency', '150 ms'],
    ['peak throughput', '1 M QPS'],
    ['compensation bound', '30 seconds'],
    ['leakage cap', '< $5 k per incident'],
    ['average order value', '$45 average order'],
    ['storage', '200 TB'],
    ['read-writes', '10 M read-writes'],
    ['monthly estimate', '$12,800'],
    ['cost range', '±15 %'],
    ['residency latency', '+20 ms'],
    ['seller growth KPI', '5 % seller growth'],
    ['Q4 revenue goal', '$8 M Q4'],
    ['pacing', 'first ten minutes'],
    ['domains to rehearse', 'at least three domains'],
    ['interview rounds', 'Five rounds'],
    ['timeline', '21 days'],
    ['offer base', '$180,000–$195,000'],
    ['equity', '0.04 %–0.07 %'],
    ['sign-on bonus', '$20,000–$35,000'],
    ['current base of the audience', '$170,000–$190,000'],
  ])('carries the guide figure: %s (%s)', (_label, figure) => {
    expect(deckJson).toContain(figure);
  });

  it('shares no run of 10 words with the seed guide', () => {
    // Without the seed there is nothing to compare against; the other tests
    // still guard the deck, and CI always has the seed beside the clone.
    if (!seedText) {
      console.info(`seed guide not found at ${seedDir}; copy check not run`);
      return;
    }
    const seedGrams = nGrams(tokens(seedText), 10);
    expect(seedGrams.size).toBeGreaterThan(0);
    const copied = [...nGrams(tokens(deckStrings().join('\n')), 10)].filter((gram) => seedGrams.has(gram));
    expect(copied).toEqual([]);
  });
});
