import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECK_FILE_FORMAT, DECK_FILE_VERSION, readDeckFile, writeDeckFile, type ReadResult } from '../deck-file/deck-file';
import { deckSchema, type Deck } from '../schema';
import { deckInputs } from './arbitraries.fixtures';

/**
 * Thousands of deck files, valid and broken, through the importer. Valid ones
 * come back exactly as written; broken ones are refused with a sentence for
 * the user; nothing ever throws.
 */

const AT = new Date('2025-03-14T09:30:00.000Z');
const canonical = (inputs: unknown[]): Deck[] => inputs.map((input) => deckSchema.parse(input));

/** What the user reads when a file is refused: a sentence, never a stack trace or an object dump. */
function expectWorded(result: ReadResult) {
  if (result.ok) return;
  expect(result.error).toMatch(/^(This|The) /);
  // readDeckFile's last-resort catch: reaching it means a reader crashed inside.
  expect(result.error).not.toMatch(/^Sidecue could not read this file/);
  expect(result.error).not.toMatch(/\[object |undefined is not|Cannot read prop|at \S+ \(/);
}

/** An accepted file holds valid decks only, already in canonical form. */
function expectValid(result: ReadResult) {
  if (!result.ok) return;
  for (const deck of result.decks) expect(deckSchema.parse(deck)).toEqual(deck);
}

describe('deck files, generated', () => {
  it('valid decks round-trip exactly: read(write(decks)) equals decks, and writing again gives the same text', () => {
    fc.assert(
      fc.property(deckInputs, (inputs) => {
        const decks = canonical(inputs);
        const text = writeDeckFile(decks, AT);
        const read = readDeckFile(text);
        expect(read).toEqual({ ok: true, decks });
        if (read.ok) expect(writeDeckFile(read.decks, AT)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('hand-written files (defaults left out, padded text) read as their canonical deck', () => {
    fc.assert(
      fc.property(deckInputs, fc.boolean(), (inputs, single) => {
        const body = single
          ? { format: DECK_FILE_FORMAT, version: DECK_FILE_VERSION, deck: inputs[0] }
          : { format: DECK_FILE_FORMAT, version: DECK_FILE_VERSION, decks: inputs };
        const read = readDeckFile(`\uFEFF${JSON.stringify(body)}`);
        expect(read).toEqual({ ok: true, decks: canonical(single ? inputs.slice(0, 1) : inputs) });
      }),
      { numRuns: 500 },
    );
  });
});

// ------------------------------------------------------------ mutations

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON value (the root too). */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(...value.map((item, index) => paths(item, [...at, index])));
  if (value && typeof value === 'object') return here.concat(...Object.entries(value).map(([key, item]) => paths(item, [...at, key])));
  return here;
}

type Mutation = { op: 'delete' } | { op: 'replace'; value: Json } | { op: 'duplicate' };

function mutate(root: Json, path: (string | number)[], mutation: Mutation): Json {
  if (path.length === 0) return mutation.op === 'replace' ? mutation.value : mutation.op === 'delete' ? null : [root, root];
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (mutation.op === 'replace') parent[last] = mutation.value;
  else if (Array.isArray(parent) && mutation.op === 'duplicate') parent.splice(Number(last), 0, structuredClone(parent[last]!));
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (mutation.op === 'duplicate') parent[`${String(last)}_copy`] = parent[last]!;
  else delete parent[last];
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ op: 'delete' as const }),
  fc.constant({ op: 'duplicate' as const }),
  fc
    .oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom<Json>('', ' ', 'steps', 'phrasing', 'sidecue-deck', 0, -1, 3, 1.5, 1e309 as number, true, null, [], {}),
    )
    .map((value) => ({ op: 'replace' as const, value: value as Json })),
);

describe('deck files, broken', () => {
  it('a valid file with one to three random edits is read as valid decks or refused in words, never thrown', () => {
    fc.assert(
      fc.property(
        deckInputs,
        fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }),
        (inputs, edits) => {
          let json = JSON.parse(writeDeckFile(canonical(inputs), AT)) as Json;
          for (const [pick, edit] of edits) {
            const all = paths(json);
            json = mutate(json, all[pick % all.length]!, edit);
          }
          const result = readDeckFile(JSON.stringify(json) ?? '');
          expectValid(result);
          expectWorded(result);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a valid file cut short, or with a character inserted or changed, is never thrown', () => {
    fc.assert(
      fc.property(
        deckInputs,
        fc.nat(),
        fc.constantFrom('cut', 'insert', 'change'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }),
        (inputs, at, how, char) => {
          const text = writeDeckFile(canonical(inputs), AT);
          const position = at % text.length;
          const broken =
            how === 'cut'
              ? text.slice(0, position)
              : `${text.slice(0, position)}${char}${text.slice(how === 'insert' ? position : position + 1)}`;
          const result = readDeckFile(broken);
          expectValid(result);
          expectWorded(result);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('anything at all (text, JSON, bytes) is refused in words unless it is a deck', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
      fc
        .record({ format: fc.constantFrom(DECK_FILE_FORMAT, 'other'), version: fc.jsonValue({ maxDepth: 1 }), deck: fc.jsonValue({ maxDepth: 3 }) }, { requiredKeys: [] })
        .map((value) => JSON.stringify(value)),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => new TextDecoder().decode(bytes)),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const result = readDeckFile(text);
        expectValid(result);
        expectWorded(result);
      }),
      { numRuns: 2000 },
    );
  });
});
