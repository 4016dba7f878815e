import { describe, expect, it, vi } from 'vitest';
import { followLatest } from './follow-latest';

/** A read the test answers by hand, in any order. */
function reads() {
  const pending: { resolve(value: string): void; reject(error: unknown): void }[] = [];
  const load = () => new Promise<string>((resolve, reject) => pending.push({ resolve, reject }));
  return { pending, load };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('following the latest read', () => {
  it('reads at once and on each change, and drops an older answer that comes after a newer one', async () => {
    const { pending, load } = reads();
    let changed = () => {};
    const shown: string[] = [];
    const errors: unknown[] = [];
    followLatest((onChange) => ((changed = onChange), () => {}), load, (value) => shown.push(value), (error) => errors.push(error));
    changed();
    expect(pending).toHaveLength(2);
    pending[1]!.resolve('new');
    pending[0]!.resolve('old');
    await settle();
    expect(shown).toEqual(['new']);
    changed();
    changed();
    pending[2]!.reject(new Error('stale failure'));
    pending[3]!.reject(new Error('latest failure'));
    await settle();
    expect(errors.map((error) => (error as Error).message)).toEqual(['latest failure']);
  });

  it('stops watching and drops what is still on its way', async () => {
    const { pending, load } = reads();
    const unwatch = vi.fn();
    const onResult = vi.fn();
    const { stop, reload } = followLatest(() => unwatch, load, onResult, () => {});
    reload();
    stop();
    pending.forEach((read) => read.resolve('late'));
    await settle();
    expect(unwatch).toHaveBeenCalledOnce();
    expect(onResult).not.toHaveBeenCalled();
  });
});
