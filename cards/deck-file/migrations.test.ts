import { describe, expect, it } from 'vitest';
import { readDeckFile, writeDeckFile } from './deck-file';
import { migrateDeckFile } from './migrations';

/** A deck as the pre-release draft exported it (format version 1). */
const v1File = {
  format: 'sidecue-deck',
  version: 1,
  deck: {
    id: 'acme',
    name: 'Acme onsite',
    cards: [
      {
        kind: 'phrasing',
        id: 'own-it',
        title: 'Own the call',
        tags: ['ownership'],
        text: 'I would choose the queue, and here is what it costs us.',
        avoid: 'Maybe we could use a queue?',
        why: 'A decision with its price sounds like judgment.',
      },
      { kind: 'checklist', id: 'prep', title: 'Before the call', items: ['Know the figures', 'Draw the flow'] },
      { kind: 'note', id: 'n', title: 'Untouched', points: ['stays as it was'] },
    ],
  },
};

describe('deck file migrations', () => {
  it('reads a version 1 file as the current version and says it migrated it', () => {
    const result = readDeckFile(JSON.stringify(v1File));
    expect(result).toEqual({
      ok: true,
      migratedFrom: 1,
      decks: [
        {
          id: 'acme',
          name: 'Acme onsite',
          description: '',
          cards: [
            {
              kind: 'phrasing',
              id: 'own-it',
              title: 'Own the call',
              tags: ['ownership'],
              strong: 'I would choose the queue, and here is what it costs us.',
              weak: 'Maybe we could use a queue?',
              why: 'A decision with its price sounds like judgment.',
            },
            {
              kind: 'checklist',
              id: 'prep',
              title: 'Before the call',
              tags: [],
              items: [
                { id: 'item-1', text: 'Know the figures' },
                { id: 'item-2', text: 'Draw the flow' },
              ],
            },
            { kind: 'note', id: 'n', title: 'Untouched', tags: [], body: '', points: ['stays as it was'] },
          ],
        },
      ],
    });
  });

  it('stamps the version it reached', () => {
    expect(migrateDeckFile(v1File, 1, 2)).toMatchObject({ version: 2 });
  });

  it('leaves a current file alone', () => {
    const current = { format: 'sidecue-deck', version: 2, deck: { id: 'a', name: 'A', cards: [] } };
    expect(migrateDeckFile(current, 2, 2)).toEqual(current);
  });

  it('reads a version 2 file as version 3 unchanged: drill progress is optional and new', () => {
    const v2 = { format: 'sidecue-deck', version: 2, deck: { id: 'a', name: 'A', cards: [] } };
    expect(migrateDeckFile(v2, 2, 3)).toEqual({ ...v2, version: 3 });
  });

  it('reads a version 2 file (before the review rules) unchanged, as the current version', () => {
    const v2 = { format: 'sidecue-deck', version: 2, deck: { id: 'a', name: 'A', cards: [{ kind: 'phrasing', id: 'p', title: 'P', strong: 'Say it', weak: 'Mumble' }] } };
    const result = readDeckFile(JSON.stringify(v2));
    expect(result).toEqual({
      ok: true,
      migratedFrom: 2,
      decks: [{ id: 'a', name: 'A', description: '', cards: [{ kind: 'phrasing', id: 'p', title: 'P', tags: [], strong: 'Say it', weak: 'Mumble', why: '' }] }],
    });
  });

  it('carries the review rules through export and import', () => {
    const deck = {
      id: 'acme',
      name: 'Acme',
      description: '',
      cards: [
        { kind: 'note' as const, id: 'n', title: 'N', tags: [], body: '', points: [], review: { tradeoff: ['we pay with'], hedges: [] } },
        { kind: 'phrasing' as const, id: 'p', title: 'P', tags: [], strong: 'Say it', why: '', weakPatterns: ['just use *'], weakUnless: ['because'] },
        {
          kind: 'matrix' as const,
          id: 'm',
          title: 'M',
          tags: [],
          rows: [{ id: 'r', lever: 'Queue', kpi: 'Latency', effect: '', risk: 2, mitigation: '', cues: ['queue*'], metricCues: ['latency'] }],
        },
      ],
    };
    expect(readDeckFile(writeDeckFile([deck]))).toEqual({ ok: true, decks: [deck] });
  });

  it('says in words which review rule is wrong', () => {
    const bad = { format: 'sidecue-deck', version: 4, deck: { id: 'a', name: 'A', cards: [{ kind: 'phrasing', id: 'p', title: 'P', strong: 'S', weakPatterns: ['...'] }] } };
    const result = readDeckFile(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/has no letter, digit or currency sign/);
  });

  it('leaves shapes it does not recognise for validation to report', () => {
    const odd = { ...v1File, deck: { ...v1File.deck, cards: ['not a card', { kind: 'checklist', id: 'c', title: 'C', items: 'oops' }] } };
    expect(readDeckFile(JSON.stringify(odd))).toEqual({
      ok: false,
      error: 'This file is not a valid deck: Card 1 should be an object\nCard 2, “C”: its items should be an array',
    });
  });

  it('reports a version 1 phrasing with no sentence as a missing strong sentence', () => {
    const noText = { ...v1File, deck: { ...v1File.deck, cards: [{ kind: 'phrasing', id: 'p', title: 'P' }] } };
    expect(readDeckFile(JSON.stringify(noText))).toEqual({
      ok: false,
      error: 'This file is not a valid deck: Card 1, “P”: its strong phrasing is missing',
    });
  });
});
