import { describe, expect, it } from 'vitest';
import { defaultDeck } from '../default-deck';
import {
  DECK_FILE_VERSION,
  MAX_CARDS_PER_DECK,
  MAX_DECK_FILE_BYTES,
  deckFileName,
  readDeckFile,
  readDeckFileBlob,
  writeDeckFile,
} from './deck-file';
import type { Card, Deck } from '../schema';

const deck = (id: string, cards: Card[] = defaultDeck.cards.slice(0, 2), name = `Deck ${id}`): Deck => ({
  id,
  name,
  description: '',
  cards,
});
const file = (body: object) => JSON.stringify({ format: 'sidecue-deck', version: DECK_FILE_VERSION, ...body });
const errorOf = (text: string) => {
  const result = readDeckFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
};

describe('writing and reading a deck file', () => {
  const kinds = [...new Set(defaultDeck.cards.map((card) => card.kind))];

  it.each(kinds)('round-trips every %s card of the default deck exactly', (kind) => {
    const one = deck('k', defaultDeck.cards.filter((card) => card.kind === kind));
    expect(readDeckFile(writeDeckFile([one]))).toEqual({ ok: true, decks: [one] });
  });

  it('round-trips the whole default deck', () => {
    expect(readDeckFile(writeDeckFile([defaultDeck]))).toEqual({ ok: true, decks: [defaultDeck] });
  });

  it('writes one deck under "deck" and several under "decks", as pretty JSON', () => {
    const now = new Date('2025-03-14T09:30:00.000Z');
    const single = writeDeckFile([deck('a')], now);
    expect(JSON.parse(single)).toMatchObject({ format: 'sidecue-deck', version: DECK_FILE_VERSION, exportedAt: now.toISOString(), deck: { id: 'a' } });
    expect(single).toContain(`\n  "version": ${DECK_FILE_VERSION},`);
    expect(JSON.parse(single)).not.toHaveProperty('drillProgress');
    const several = JSON.parse(writeDeckFile([deck('a'), deck('b')], now));
    expect(several.decks.map((d: Deck) => d.id)).toEqual(['a', 'b']);
    expect(several).not.toHaveProperty('deck');
    expect(readDeckFile(writeDeckFile([deck('a'), deck('b')]))).toMatchObject({ ok: true, decks: [{ id: 'a' }, { id: 'b' }] });
  });

  it('refuses to write a deck that would not read back', () => {
    expect(() => writeDeckFile([{ ...deck('a'), name: '' }])).toThrow('This deck cannot be exported: The deck: its name is empty');
    expect(() => writeDeckFile([])).toThrow(RangeError);
  });

  it('accepts a $schema key and a byte-order mark from a hand-written file', () => {
    const text = `\uFEFF${file({ $schema: './deck-file.schema.json', deck: deck('a') })}`;
    expect(readDeckFile(text)).toMatchObject({ ok: true, decks: [{ id: 'a' }] });
  });

  it('fills in the fields an author may leave out', () => {
    const result = readDeckFile(
      file({ deck: { id: 'a', name: 'A', cards: [{ kind: 'phrasing', id: 'p', title: 'P', strong: 'Say it' }] } }),
    );
    expect(result).toEqual({
      ok: true,
      decks: [{ id: 'a', name: 'A', description: '', cards: [{ kind: 'phrasing', id: 'p', title: 'P', strong: 'Say it', tags: [], why: '' }] }],
    });
  });
});

describe('file names', () => {
  const march14 = new Date(2025, 2, 14, 23, 59);

  it('names one deck by its name and the date', () => {
    expect(deckFileName([deck('a', [], 'Acme — Onsite Loop #2')], march14)).toBe('sidecue-acme-onsite-loop-2-2025-03-14.json');
    expect(deckFileName([deck('a', [], 'Café Ünïcode')], march14)).toBe('sidecue-cafe-unicode-2025-03-14.json');
  });

  it('names several decks as all decks', () => {
    expect(deckFileName([deck('a'), deck('b')], march14)).toBe('sidecue-all-decks-2025-03-14.json');
  });

  it('falls back to "deck" when the name has no letters to keep', () => {
    expect(deckFileName([deck('a', [], '日本語')], march14)).toBe('sidecue-deck-2025-03-14.json');
  });
});

describe('refusing a bad file, each with its own message', () => {
  it('an empty file', () => {
    expect(errorOf('')).toBe('This file is empty: there is no deck in it.');
    expect(errorOf('  \n ')).toBe('This file is empty: there is no deck in it.');
  });

  it('a file that is not JSON, saying where when it can', () => {
    expect(errorOf('hello')).toBe('This file is not JSON (it has an unexpected “h”).');
    expect(errorOf('{"format": "sidecue-deck",')).toBe('This file is not JSON (it ends before the data is complete).');
    expect(errorOf('{"format": "sidecue-deck", "version": ')).toBe('This file is not JSON (it ends before the data is complete).');
  });

  it('turns the position JSON.parse reports into a line and column', () => {
    const message = errorOf('{\n  "a": 1,\n  "b" 2\n}');
    // Engines word this differently; where one names a position, we give line and column.
    expect(message).toMatch(/^This file is not JSON \((line 3, column 7: .+|it has an unexpected .+)\)\.$/);
  });

  it('JSON that is not a Sidecue deck', () => {
    expect(errorOf('[1, 2]')).toBe('This file is JSON, but not a Sidecue deck: a deck file is an object with "format": "sidecue-deck".');
    expect(errorOf('{"deck": {}}')).toBe('This file is JSON, but not a Sidecue deck: it has no "format": "sidecue-deck".');
    expect(errorOf('{"format": "anki"}')).toBe('This file is JSON, but not a Sidecue deck: its "format" is "anki", not "sidecue-deck".');
  });

  it('a file from a newer Sidecue', () => {
    const newer = DECK_FILE_VERSION + 1;
    expect(errorOf(JSON.stringify({ format: 'sidecue-deck', version: newer, deck: {} }))).toBe(
      `This deck was made by a newer Sidecue (format ${newer}); this one reads up to ${DECK_FILE_VERSION} — update Sidecue to import it.`,
    );
  });

  it('a file with no usable version', () => {
    expect(errorOf(JSON.stringify({ format: 'sidecue-deck', deck: {} }))).toMatch(/its "version" is missing/);
    expect(errorOf(JSON.stringify({ format: 'sidecue-deck', version: '2', deck: {} }))).toMatch(/its "version" is "2"/);
  });

  it('invalid content, saying where in words', () => {
    const template = {
      kind: 'template',
      id: 't',
      title: 'T',
      variants: [{ id: 'v', name: 'V', sentence: 'Say {x}', slots: [{ id: 'x', label: 'X' }, { id: 'y' }] }],
    };
    const cards = [0, 1, 2].map((n) => ({ kind: 'note', id: `n${n}`, title: `N${n}` }));
    expect(errorOf(file({ deck: { id: 'a', name: 'A', cards: [...cards, template] } }))).toBe(
      'This file is not a valid deck: Card 4, “T”, variant 1, slot 2: its label is missing',
    );
  });

  it('a file without a deck', () => {
    expect(errorOf(file({}))).toBe('This file is not a valid deck: deck is missing');
    expect(errorOf(file({ decks: [] }))).toBe('This file is not a valid deck: decks holds no decks');
    expect(errorOf(file({ deck: deck('a'), decks: [deck('b')] }))).toMatch(/both "deck" and "decks"/);
  });

  it('a card of a kind this release does not know', () => {
    const cards = [{ kind: 'note', id: 'n', title: 'N' }, { kind: 'poem', id: 'p', title: 'P' }, { id: 'q', title: 'Q' }];
    expect(errorOf(file({ deck: { id: 'a', name: 'A', cards } }))).toBe(
      'This file is not a valid deck: Card 2, “P” is a card of kind "poem", which this Sidecue does not know (it knows: steps, template, phrasing, prompt, checklist, matrix, note)\n' +
        'Card 3, “Q” has no "kind"; it should be one of: steps, template, phrasing, prompt, checklist, matrix, note',
    );
  });

  it('two decks with the same id', () => {
    expect(errorOf(file({ decks: [deck('a'), deck('b'), deck('a')] }))).toBe(
      'This file is not a valid deck: Deck 3, “Deck a”: its internal name is the same as deck 1’s; each deck needs its own',
    );
  });

  it('two cards with the same id', () => {
    const card = defaultDeck.cards[0]!;
    expect(errorOf(file({ deck: deck('a', [card, card]) }))).toBe(
      `This file is not a valid deck: Card 2, “${card.title}”: its internal name is the same as another’s ("${card.id}"); each needs its own`,
    );
  });
});

describe('reading a file picked by the user', () => {
  it('refuses a file over 5 MB by its size, without reading it', async () => {
    const big = new Blob(['x']);
    Object.defineProperty(big, 'size', { value: 7.5 * 1024 * 1024 });
    big.text = () => Promise.reject(new Error('read a file it should have refused'));
    await expect(readDeckFileBlob(big)).resolves.toEqual({
      ok: false,
      error: 'This file is 7.5 MB; Sidecue imports deck files up to 5 MB.',
    });
  });

  it('refuses a deck of more cards than a deck may hold, naming it and the limit, and takes one at the limit', () => {
    const phrasings = (count: number): Card[] =>
      Array.from({ length: count }, (_, index) => ({ kind: 'phrasing', id: `p${index}`, title: `P ${index}`, tags: [], strong: 'Say it.', why: '' }));
    const over = writeDeckFile([deck('small'), deck('huge', phrasings(MAX_CARDS_PER_DECK + 1), 'Huge loop')]);
    expect(readDeckFile(over)).toEqual({
      ok: false,
      error:
        'The deck “Huge loop” holds 2,001 cards; Sidecue imports decks of up to 2,000 cards, so the panel stays quick to open and edit. ' +
        'Split it into smaller decks and import those. Nothing was imported.',
    });
    const at = readDeckFile(writeDeckFile([deck('full', phrasings(MAX_CARDS_PER_DECK))]));
    expect(at.ok && at.decks[0]!.cards).toHaveLength(MAX_CARDS_PER_DECK);
  });

  it('refuses a real file just over the limit', async () => {
    const result = await readDeckFileBlob(new Blob([new Uint8Array(MAX_DECK_FILE_BYTES + 1)]));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/up to 5 MB\.$/) });
  });

  it('refuses an empty file', async () => {
    await expect(readDeckFileBlob(new Blob([]))).resolves.toEqual({ ok: false, error: 'This file is empty: there is no deck in it.' });
  });

  it('reads a good file', async () => {
    const result = await readDeckFileBlob(new Blob([writeDeckFile([deck('a')])], { type: 'application/json' }));
    expect(result).toEqual({ ok: true, decks: [deck('a')] });
  });
});
