import fc from 'fast-check';
import { stripInvisible } from '../quote-value';
import type { CardInput, DeckInput } from '../schema';

/**
 * fast-check generators for what the card schema accepts, and for hostile
 * text. They produce schema INPUT (optional fields sometimes left out, text
 * sometimes padded with spaces the schema trims), so tests compare against the
 * parsed, canonical deck.
 */

export const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,20}$/);

/** Text that stresses a reader: markup, right-to-left, emoji, combining marks, controls, lone surrogates. */
export const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '"},{"kind":"steps"',
    '\u202Eevil\u202C',
    'مرحبا بالعالم',
    '👩🏽‍💻🚀',
    'e\u0301\u0301\u0301',
    '\u0000\u0007\uFEFF',
    '\uD800',
    '__proto__',
    'constructor',
  ),
);

/**
 * A string the schema accepts for a trimmed, non-empty field of at most `max`
 * characters: one of only invisible characters (bidi controls, zero-width
 * spaces) counts as empty there, so it gets a visible letter.
 */
const filled = (max: number) =>
  fc
    .tuple(fc.constantFrom('', ' ', '  '), hostileText, fc.constantFrom('', ' ', '\n'))
    .map(([before, text, after]) => {
      const kept = text.trim().slice(0, max - 4);
      return `${before}${stripInvisible(kept).trim() ? kept : 'x'}${after}`;
    });

const title = filled(200);
const line = filled(1000);
const text = fc.option(hostileText, { nil: undefined });
const tags = fc.option(fc.array(filled(40), { maxLength: 4 }), { nil: undefined });

/** Ids unique within a list, as the schema wants for cards. */
const uniqueIds = (min: number, max: number) => fc.uniqueArray(id, { minLength: min, maxLength: max });

const row = id.chain((rowId) =>
  fc.record(
    { id: fc.constant(rowId), lever: line, kpi: line, effect: text, risk: fc.integer({ min: 1, max: 5 }), mitigation: text },
    { requiredKeys: ['id', 'lever', 'kpi', 'risk'] },
  ),
);

function cardOf(cardId: string): fc.Arbitrary<CardInput> {
  const base = { id: fc.constant(cardId), title, tags };
  const req = ['id', 'title', 'kind'] as const;
  return fc.oneof(
    fc.record(
      { ...base, kind: fc.constant('phrasing' as const), strong: line, weak: text, why: text },
      { requiredKeys: [...req, 'strong'] },
    ),
    fc.record(
      {
        ...base,
        kind: fc.constant('steps' as const),
        steps: uniqueIds(1, 3).chain((ids) =>
          fc.tuple(
            ...ids.map((stepId) =>
              fc.record(
                { id: fc.constant(stepId), title, cue: line, prompts: fc.option(fc.array(line, { maxLength: 3 }), { nil: undefined }), example: text },
                { requiredKeys: ['id', 'title', 'cue'] },
              ),
            ),
          ),
        ),
      },
      { requiredKeys: [...req, 'steps'] },
    ),
    fc.record(
      {
        ...base,
        kind: fc.constant('template' as const),
        shape: fc.option(fc.array(line, { maxLength: 3 }), { nil: undefined }),
        variants: fc.array(
          fc.record({ id, name: title, sentence: line, slots: fc.array(fc.record({ id, label: title, hint: text, example: text }, { requiredKeys: ['id', 'label'] }), { maxLength: 2 }) }),
          { minLength: 1, maxLength: 2 },
        ),
      },
      { requiredKeys: [...req, 'variants'] },
    ),
    fc.record(
      {
        ...base,
        kind: fc.constant('prompt' as const),
        domain: title,
        question: line,
        hypothesis: line,
        constraints: fc.option(fc.array(line, { maxLength: 3 }), { nil: undefined }),
        levers: fc.option(fc.array(row, { maxLength: 2 }), { nil: undefined }),
        followUps: fc.option(fc.array(fc.record({ id, question: line, answerWith: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }) }, { requiredKeys: ['id', 'question'] }), { maxLength: 2 }), { nil: undefined }),
      },
      { requiredKeys: [...req, 'domain', 'question', 'hypothesis'] },
    ),
    fc.record(
      { ...base, kind: fc.constant('checklist' as const), items: fc.array(fc.record({ id, text: line }), { minLength: 1, maxLength: 3 }) },
      { requiredKeys: [...req, 'items'] },
    ),
    fc.record({ ...base, kind: fc.constant('matrix' as const), rows: fc.option(fc.array(row, { maxLength: 3 }), { nil: undefined }) }, { requiredKeys: req as unknown as ('id' | 'title' | 'kind')[] }),
    fc.record(
      { ...base, kind: fc.constant('note' as const), body: text, points: fc.option(fc.array(line, { maxLength: 3 }), { nil: undefined }) },
      { requiredKeys: req as unknown as ('id' | 'title' | 'kind')[] },
    ),
  ) as fc.Arbitrary<CardInput>;
}

export const card: fc.Arbitrary<CardInput> = id.chain(cardOf);

export const deckInput: fc.Arbitrary<DeckInput> = fc.record(
  {
    id,
    name: title,
    description: text,
    cards: uniqueIds(0, 6).chain((ids) => (ids.length === 0 ? fc.constant([]) : fc.tuple(...ids.map(cardOf)))),
  },
  { requiredKeys: ['id', 'name', 'cards'] },
) as fc.Arbitrary<DeckInput>;

/** 1–3 decks with distinct ids, as a multi-deck file needs. */
export const deckInputs: fc.Arbitrary<DeckInput[]> = fc
  .uniqueArray(deckInput, { minLength: 1, maxLength: 3, selector: (deck) => deck.id });
