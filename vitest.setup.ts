import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  // WXT's fake browser has no storage.local.getKeys (Chrome 130, Firefox
  // 143); the deck store reads one deck by listing keys first. Answered from
  // the fake's own store; a test deletes it to take the older browsers' path.
  const local = fakeBrowser.storage.local;
  const getAll = local.get.bind(local, null) as () => Promise<Record<string, unknown>>;
  (local as { getKeys?: () => Promise<string[]> }).getKeys = async () => Object.keys(await getAll());
});
afterEach(() => cleanup());
