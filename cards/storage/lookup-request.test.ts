import { describe, expect, it } from 'vitest';
import { isFreshLookup, lookupRequest, requestLookup } from './lookup-request';

describe('lookup request', () => {
  it('is stamped with the time it was asked for', async () => {
    await requestLookup(1_000);
    expect(await lookupRequest.getValue()).toBe(1_000);
  });

  it('counts as fresh for a few seconds only', () => {
    expect(isFreshLookup(10_000, 12_000)).toBe(true);
    expect(isFreshLookup(10_000, 16_000)).toBe(false);
    expect(isFreshLookup(0, 1_000)).toBe(false);
  });
});
