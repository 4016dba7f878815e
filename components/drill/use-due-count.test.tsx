import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { drillDeck } from '../../cards/drill/drill.fixtures';
import { useDueCount } from './use-due-count';

describe("the header's drill count", () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads nothing before the first screen is up (no deck yet), so it never competes with its reads', async () => {
    const get = vi.spyOn(browser.storage.local, 'get');
    renderHook(() => useDueCount(undefined));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(get).not.toHaveBeenCalled();
  });

  it('counts once there is a deck', async () => {
    const { result } = renderHook(() => useDueCount(drillDeck()));
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current!.fresh).toBeGreaterThan(0);
  });
});
