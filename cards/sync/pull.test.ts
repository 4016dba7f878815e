import { describe, expect, it } from 'vitest';
import { splitRecord } from './chunks';
import { syncGoneKey, syncKey } from '../storage/storage-keys';
import { MAX_CLOCK_SKEW_MS, planPull } from './pull';
import { SYNC_BUDGET } from './quota';
import { cardRecord, meta, note } from './records.fixtures';

const key = 'card:acme:a';
const local = { 'deck:acme': meta('acme'), [key]: cardRecord(note('a', 'local'), 10) };

describe('taking changes from sync', () => {
  it('applies a newer record and ignores an older one', () => {
    const newer = cardRecord(note('a', 'remote'), 11);
    expect(planPull({ [syncKey(key)]: newer }, local).set).toEqual({ [key]: newer });
    expect(planPull({ [syncKey(key)]: cardRecord(note('a', 'old'), 9) }, local).set).toEqual({});
  });

  it('settles two different records of the same time alike on both devices, so they agree', () => {
    const ours = cardRecord(note('a', 'local'), 10);
    const theirs = cardRecord(note('a', 'same time'), 10);
    const here = planPull({ [syncKey(key)]: theirs }, { [key]: ours }).set[key] ?? ours;
    const there = planPull({ [syncKey(key)]: ours }, { [key]: theirs }).set[key] ?? theirs;
    expect(here).toEqual(there);
  });

  it('takes what this device does not have (a new device pulls everything)', () => {
    const remote = { [syncKey('deck:acme')]: meta('acme'), [syncKey(key)]: cardRecord(note('a'), 3) };
    expect(planPull(remote, {}).set).toEqual({ 'deck:acme': meta('acme'), [key]: cardRecord(note('a'), 3) });
  });

  it('reassembles a chunked card', () => {
    const big = cardRecord(note('a', 'z'.repeat(20_000)), 12);
    expect(planPull(splitRecord(key, big, SYNC_BUDGET)!, local).set).toEqual({ [key]: big });
  });

  it('never deletes a local record because sync lacks it', () => {
    expect(planPull({}, local)).toEqual({ set: {}, remove: [], tombstones: {}, lost: new Map() });
  });

  it('deletes a local record only when a newer deletion marker says so', () => {
    expect(planPull({ [syncGoneKey(key)]: { at: 20 } }, local).remove).toEqual([key]);
    expect(planPull({ [syncGoneKey(key)]: { at: 5 } }, local).remove).toEqual([]);
  });

  it('does not bring back what this device deleted', () => {
    const remote = { [syncKey(key)]: cardRecord(note('a'), 10) };
    expect(planPull(remote, {}, { [key]: 15 }).set).toEqual({});
  });

  it('ignores garbage in sync and never overwrites a local value it cannot read', () => {
    const remote = {
      [syncKey(key)]: 'garbage',
      [syncKey('card:acme:b')]: { v: 99, card: {} },
      [syncKey('deck:x')]: { chunks: 2, sum: 'nope', updatedAt: 1 },
      [syncGoneKey('card:acme:a')]: { at: 'soon' },
      'sync:nonsense': 1,
      other: 2,
    };
    expect(planPull(remote, local)).toEqual({ set: {}, remove: [], tombstones: {}, lost: new Map() });
    const fine = cardRecord(note('b'), 3);
    expect(planPull({ [syncKey('card:acme:b')]: fine }, { 'card:acme:b': { broken: true } }).set).toEqual({});
  });
});

describe('a deleted deck', () => {
  it('takes its cards with it, except cards edited after the deletion', () => {
    const here = { 'deck:acme': meta('acme', 10), [key]: cardRecord(note('a'), 10), 'card:acme:b': cardRecord(note('b'), 30) };
    const plan = planPull({ [syncGoneKey('deck:acme')]: { at: 20 } }, here);
    expect(plan.remove.sort()).toEqual(['card:acme:a', 'deck:acme']);
    expect(planPull({ [syncKey('card:acme:c')]: cardRecord(note('c'), 15) }, {}, { 'deck:acme': 20 }).set).toEqual({});
  });

  it('does not let a clock far ahead win every comparison or delete a card for ever', () => {
    const key = 'card:acme:a';
    const local = { [key]: cardRecord(note('a', 'mine'), 1_000) };
    const now = 1_000;
    const future = now + 365 * 24 * 3_600_000;
    const plan = planPull({ [syncGoneKey(key)]: { at: future } }, local, {}, now);
    expect(plan.tombstones[key]).toBe(now + MAX_CLOCK_SKEW_MS);
    const pulled = planPull({ [syncKey(key)]: cardRecord(note('a', 'theirs'), future) }, {}, {}, now);
    expect(pulled.set[key]).toMatchObject({ updatedAt: now + MAX_CLOCK_SKEW_MS });
  });
});

describe('a copy written after a deletion of the same keys (time 0, created later)', () => {
  const copied = (createdAt: number) => ({ ...cardRecord(note('a', 'shipped'), 0), createdAt });
  const copiedMeta = (createdAt: number) => ({ ...meta('acme', 0), createdAt });

  it('outlives a deletion made before it was created, here and arriving from sync', () => {
    const here = { 'deck:acme': copiedMeta(30), [key]: copied(30) };
    expect(planPull({ [syncGoneKey('deck:acme')]: { at: 20 } }, here).remove).toEqual([]);
    const remote = { [syncKey('deck:acme')]: copiedMeta(30), [syncKey(key)]: copied(30) };
    expect(Object.keys(planPull(remote, {}, { 'deck:acme': 20, [key]: 20 }).set).sort()).toEqual(['card:acme:a', 'deck:acme']);
  });

  it('is still removed by a deletion made after it was created', () => {
    const here = { 'deck:acme': copiedMeta(10), [key]: copied(10) };
    expect(planPull({ [syncGoneKey('deck:acme')]: { at: 20 } }, here).remove.sort()).toEqual(['card:acme:a', 'deck:acme']);
    expect(planPull({ [syncKey(key)]: copied(10) }, {}, { 'deck:acme': 20 }).set).toEqual({});
  });

  it('still loses to any real edit of the card: edits compare their change times only', () => {
    const edited = cardRecord(note('a', 'my edit'), 25);
    expect(planPull({ [syncKey(key)]: copied(30) }, { [key]: edited }).set).toEqual({});
    expect(planPull({ [syncKey(key)]: edited }, { [key]: copied(30) }).set).toEqual({ [key]: edited });
  });

  it('cannot outlive every deletion with a creation time far ahead of this device’s clock', () => {
    const now = 1_000;
    const pulled = planPull({ [syncKey(key)]: copied(now + 365 * 24 * 3_600_000) }, {}, {}, now);
    expect(pulled.set[key]).toMatchObject({ updatedAt: 0, createdAt: now + MAX_CLOCK_SKEW_MS });
  });
});
