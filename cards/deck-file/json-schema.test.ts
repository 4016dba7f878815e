import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { defaultDeck } from '../default-deck';
import { DECK_FILE_VERSION, writeDeckFile } from './deck-file';
import { deckFileJsonSchema, deckFileJsonSchemaText } from './json-schema';

describe('the published JSON Schema', () => {
  it('is exactly what the zod schema generates (run `npx tsx scripts/write-deck-schema.ts` if not)', () => {
    const committed = readFileSync(resolve(__dirname, '../../public/deck-file.schema.json'), 'utf8');
    expect(committed).toBe(deckFileJsonSchemaText());
  });

  it('names itself and lets authors leave out fields that have defaults', () => {
    const schema = deckFileJsonSchema() as { $id: string; title: string; anyOf: { required: string[] }[] };
    expect(schema.$id).toBe(`urn:sidecue:sidecue-deck:${DECK_FILE_VERSION}`);
    expect(schema.title).toMatch(/Sidecue deck file/);
    expect(schema.anyOf.map((option) => option.required)).toEqual([
      ['format', 'version', 'deck'],
      ['format', 'version', 'decks'],
    ]);
  });
});

describe('an editor validating against the published schema', () => {
  // ajv stands in for the editor; "date-time" is checked by the schema's own pattern.
  const validate = new Ajv2020({ allErrors: true, validateFormats: false }).compile(deckFileJsonSchema());

  it('accepts what Sidecue exports, one deck or several', () => {
    expect(validate(JSON.parse(writeDeckFile([defaultDeck])))).toBe(true);
    expect(validate(JSON.parse(writeDeckFile([defaultDeck, { ...defaultDeck, id: 'copy' }])))).toBe(true);
  });

  it('accepts a short hand-written deck that leaves defaults out', () => {
    const deck = { id: 'mine', name: 'Mine', cards: [{ kind: 'phrasing', id: 'p', title: 'P', strong: 'Say it' }] };
    expect(validate({ $schema: './deck-file.schema.json', format: 'sidecue-deck', version: DECK_FILE_VERSION, deck })).toBe(true);
  });

  it('flags a card missing its sentence and an unknown kind', () => {
    const cards = [{ kind: 'phrasing', id: 'p', title: 'P' }];
    expect(validate({ format: 'sidecue-deck', version: DECK_FILE_VERSION, deck: { id: 'd', name: 'D', cards } })).toBe(false);
    const poem = [{ kind: 'poem', id: 'p', title: 'P' }];
    expect(validate({ format: 'sidecue-deck', version: DECK_FILE_VERSION, deck: { id: 'd', name: 'D', cards: poem } })).toBe(false);
  });
});
