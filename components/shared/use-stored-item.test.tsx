import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelView, readPanelView, type StoredPanelView } from '../../cards/storage/preferences';
import { useStoredItem } from './use-stored-item';

const onStep = (stepId: string): StoredPanelView => ({ section: 'steps', glance: false, stepId });

describe('a stored item as state', () => {
  it('never goes back to an older value of its own when storage echoes a write after the next was made', async () => {
    // Storage's change events, held so the test lets each one through when it chooses.
    const held: (() => void)[] = [];
    const onChanged = fakeBrowser.storage.local.onChanged;
    const listen = onChanged.addListener.bind(onChanged);
    const spy = vi.spyOn(onChanged, 'addListener').mockImplementation((listener) =>
      listen((...event) => void held.push(() => listener(...event))),
    );
    try {
      const { result } = renderHook(() => useStoredItem(panelView, readPanelView));
      await waitFor(() => expect(result.current[0]).toBeDefined());
      // Two keys pressed within one storage round trip.
      act(() => result.current[1](onStep('problem')));
      act(() => result.current[1](onStep('constraints')));
      await waitFor(() => expect(held).toHaveLength(2));
      const seen: (string | undefined)[] = [];
      for (const event of held.splice(0)) {
        act(event);
        seen.push(result.current[0]?.stepId);
      }
      expect(seen).toEqual(['constraints', 'constraints']);
      // Another window's change, heard once the window's own have come back, is taken.
      await act(() => panelView.setValue(onStep('close')));
      await waitFor(() => expect(held).toHaveLength(1));
      act(held.pop()!);
      expect(result.current[0]).toEqual(onStep('close'));
    } finally {
      spy.mockRestore();
    }
  });

  it('takes another window’s change, and a write of the value storage already holds does not hold it back', async () => {
    const { result } = renderHook(() => useStoredItem(panelView, readPanelView));
    await waitFor(() => expect(result.current[0]).toBeDefined());
    act(() => result.current[1](onStep('problem')));
    await waitFor(async () => expect(await panelView.getValue()).toEqual(onStep('problem')));
    // The same value again: storage changes nothing and says nothing.
    act(() => result.current[1](onStep('problem')));
    await act(() => panelView.setValue(onStep('close')));
    await waitFor(() => expect(result.current[0]).toEqual(onStep('close')));
  });

  it('keeps a value written before the first read landed, over what the read brings', async () => {
    await panelView.setValue(onStep('problem'));
    const { result } = renderHook(() => useStoredItem(panelView, readPanelView));
    act(() => result.current[1](onStep('levers')));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(result.current[0]).toEqual(onStep('levers'));
    expect(await panelView.getValue()).toEqual(onStep('levers'));
  });
});
