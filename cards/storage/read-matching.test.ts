import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { readMatching } from './read-matching';
import { spyOnGets } from './storage-gets.fixtures';

const STORED = { 'review:acme:a': 1, 'review:acme:b': 2, 'review:globex:a': 3, 'card:acme:a': { big: 'x'.repeat(1000) } };
const acmeReviews = (key: string) => key.startsWith('review:acme:');

describe('reading the records some keys hold', () => {
  it('reads those keys alone where the browser lists keys without values', async () => {
    await browser.storage.local.set(STORED);
    const asked = spyOnGets();
    expect(await readMatching(acmeReviews)).toEqual({ 'review:acme:a': 1, 'review:acme:b': 2 });
    expect(asked).toEqual([['review:acme:a', 'review:acme:b']]);
  });

  it('asks for nothing when no key matches', async () => {
    await browser.storage.local.set(STORED);
    const asked = spyOnGets();
    expect(await readMatching((key) => key.startsWith('review:initech:'))).toEqual({});
    expect(asked).toEqual([]);
  });

  it('reads everything and keeps the matching records where it cannot list keys (Chrome before 130)', async () => {
    await browser.storage.local.set(STORED);
    const local = browser.storage.local as { getKeys?: unknown };
    const getKeys = local.getKeys;
    local.getKeys = undefined;
    try {
      const asked = spyOnGets();
      expect(await readMatching(acmeReviews)).toEqual({ 'review:acme:a': 1, 'review:acme:b': 2 });
      expect(asked).toEqual([null]);
    } finally {
      local.getKeys = getKeys;
    }
  });
});
