import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './load-once';

describe('a script loaded once', () => {
  it('loads once however often it is asked for, and is there for a render that cannot wait', async () => {
    const importer = vi.fn(async () => 'module');
    const script = loadOnce(importer);
    expect(script.ifLoaded()).toBeUndefined();
    await Promise.all([script.load(), script.load()]);
    expect(await script.load()).toBe('module');
    expect(script.ifLoaded()).toBe('module');
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('is tried again after a failed load', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new Error('updated under the page')).mockResolvedValue('module');
    const script = loadOnce(importer);
    await expect(script.load()).rejects.toThrow('updated under the page');
    await expect(script.load()).resolves.toBe('module');
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
