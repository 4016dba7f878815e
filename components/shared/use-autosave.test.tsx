import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from '../../cards/zod-setup';
import { SAVE_DELAY_MS, useAutosave } from './use-autosave';

const schema = z.object({ text: z.string().check(z.trim(), z.minLength(1, 'is empty')) });
type Value = z.infer<typeof schema>;

function setup(save: (value: Value) => Promise<void>) {
  return renderHook(({ stored }) => useAutosave(stored, { parse: (draft) => schema.safeParse(draft), save }), {
    initialProps: { stored: { text: 'stored' } },
  });
}

const wait = (ms: number) => act(async () => vi.advanceTimersByTime(ms));

describe('useAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps typing that arrives during a save unsaved, and saves it next', async () => {
    let finish = () => {};
    const save = vi.fn((_: Value) => new Promise<void>((resolve) => (finish = resolve)));
    const { result } = setup(save);
    act(() => result.current.change({ text: 'first' }));
    await wait(SAVE_DELAY_MS);
    act(() => result.current.change({ text: 'second' }));
    await act(async () => finish());
    // The first save has landed, but "second" is still pending: not "Saved" yet.
    expect(result.current.state).toEqual({ kind: 'saving' });
    await wait(SAVE_DELAY_MS);
    await act(async () => finish());
    expect(save.mock.calls.map(([value]) => value.text)).toEqual(['first', 'second']);
    expect(result.current.state).toEqual({ kind: 'saved' });
  });

  it('takes a value saved elsewhere only when nothing is pending', async () => {
    const { result, rerender } = setup(vi.fn().mockResolvedValue(undefined));
    rerender({ stored: { text: 'from another window' } });
    expect(result.current.draft.text).toBe('from another window');
    act(() => result.current.change({ text: 'typing' }));
    rerender({ stored: { text: 'again from elsewhere' } });
    expect(result.current.draft.text).toBe('typing');
  });

  it('tries a failed save again when the editor closes, and saves nothing invalid', async () => {
    const save = vi.fn<(value: Value) => Promise<void>>().mockRejectedValueOnce(new Error('Storage is full')).mockResolvedValue(undefined);
    const { result, unmount } = setup(save);
    act(() => result.current.change({ text: 'kept' }));
    await wait(SAVE_DELAY_MS);
    expect(result.current.state).toEqual({ kind: 'failed', reason: 'Storage is full' });
    unmount();
    await act(async () => {});
    expect(save.mock.calls.map(([value]) => value.text)).toEqual(['kept', 'kept']);

    const invalid = setup(save);
    act(() => invalid.result.current.change({ text: '  ' }));
    await wait(SAVE_DELAY_MS);
    expect(invalid.result.current.state).toEqual({ kind: 'invalid', reason: 'text is empty' });
    expect(invalid.result.current.issues).toHaveLength(1);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('keeps the pending draft, with what it was based on, when the page goes away before it is saved', async () => {
    const keep = vi.fn();
    const save = vi.fn().mockResolvedValue(undefined);
    const { result } = renderHook(() => useAutosave({ text: 'stored' }, { parse: (draft) => schema.safeParse(draft), save, keep }));
    window.dispatchEvent(new Event('pagehide'));
    expect(keep).not.toHaveBeenCalled();

    act(() => result.current.change({ text: ' typed ' }));
    window.dispatchEvent(new Event('pagehide'));
    expect(keep).toHaveBeenCalledWith({ text: 'typed' }, { text: 'stored' });

    // Saved: nothing is pending any more.
    await wait(SAVE_DELAY_MS);
    keep.mockClear();
    window.dispatchEvent(new Event('pagehide'));
    expect(keep).not.toHaveBeenCalled();

    // An invalid draft is never kept to be saved: the last valid version is what is stored.
    act(() => result.current.change({ text: '  ' }));
    window.dispatchEvent(new Event('pagehide'));
    expect(keep).not.toHaveBeenCalled();
  });

  it('hands a draft that fails its check over to be set aside, with the reason, when the page goes away', () => {
    const setAside = vi.fn();
    const { result } = renderHook(() =>
      useAutosave({ text: 'stored' }, { parse: (draft) => schema.safeParse(draft), save: vi.fn(), keep: vi.fn(), setAside }),
    );
    act(() => result.current.change({ text: '  ' }));
    window.dispatchEvent(new Event('pagehide'));
    expect(setAside).toHaveBeenCalledWith({ text: '  ' }, 'text is empty');
  });
});
