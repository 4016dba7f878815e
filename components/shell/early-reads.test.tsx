import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_VIEW, panelView, readPanelView, type PanelView } from '../../cards/storage/preferences';
import { earlyReadsSettled, settledEarly, startEarly, takeEarly } from './early-reads';
import { useStoredItem } from '../shared/use-stored-item';

const SEARCHING: PanelView = { section: 'phrasings', glance: false };

function startViewRead() {
  startEarly<unknown>(panelView, () => panelView.getValue(), (onChange) => panelView.watch(onChange));
}

describe('early reads', () => {
  it('hands the answer over once, and shows it once it is in', async () => {
    await panelView.setValue(SEARCHING);
    startViewRead();
    await waitFor(() => expect(settledEarly(panelView)).toEqual({ value: SEARCHING }));
    await expect(takeEarly(panelView)).resolves.toEqual(SEARCHING);
    expect(takeEarly(panelView)).toBeUndefined();
    expect(settledEarly(panelView)).toBeUndefined();
  });

  it('gives nothing once storage has changed since, so the caller reads again', async () => {
    startViewRead();
    await waitFor(() => expect(settledEarly(panelView)).toBeDefined());
    await panelView.setValue(SEARCHING);
    await waitFor(() => expect(settledEarly(panelView)).toBeUndefined());
    expect(takeEarly(panelView)).toBeUndefined();
  });
});

describe('useStoredItem with an early read', () => {
  it('renders the answer first time when it is already in', async () => {
    await panelView.setValue(SEARCHING);
    startViewRead();
    await waitFor(() => expect(settledEarly(panelView)).toBeDefined());
    const { result } = renderHook(() => useStoredItem(panelView, readPanelView));
    expect(result.current[0]).toEqual(SEARCHING);
    // Handed over: the next reader reads storage itself.
    expect(takeEarly(panelView)).toBeUndefined();
  });

  it('waits for an answer still on its way', async () => {
    await panelView.setValue(SEARCHING);
    startViewRead();
    const { result } = renderHook(() => useStoredItem(panelView, readPanelView));
    await waitFor(() => expect(result.current[0]).toEqual(SEARCHING));
  });

  it('follows later changes, and reads afresh when the early answer went stale', async () => {
    startViewRead();
    await waitFor(() => expect(settledEarly(panelView)).toBeDefined());
    await panelView.setValue(SEARCHING);
    const { result } = renderHook(() => useStoredItem(panelView, readPanelView));
    await waitFor(() => expect(result.current[0]).toEqual(SEARCHING));
    await act(() => panelView.setValue(DEFAULT_PANEL_VIEW));
    await waitFor(() => expect(result.current[0]).toEqual(DEFAULT_PANEL_VIEW));
  });

  it('says when every read started has answered, a failed one included (the first render waits for that)', async () => {
    let answer!: (value: string) => void;
    const slow = {};
    const failing = {};
    startEarly(slow, () => new Promise<string>((resolve) => (answer = resolve)), () => () => {});
    startEarly(failing, () => Promise.reject(new Error('storage is gone')), () => () => {});
    let settled = false;
    void earlyReadsSettled().then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    answer('in');
    await waitFor(() => expect(settled).toBe(true));
    takeEarly(slow);
    takeEarly(failing);
  });
});
