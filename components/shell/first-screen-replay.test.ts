import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIRST_SCREEN_SNAPSHOT_STORAGE_NAME } from '../../cards/storage/storage-keys';
import { holdsReplayedScreen, replayFirstScreen, wakeReplayedScreen } from './first-screen-replay';
import { recordFirstScreen } from './first-screen-record';

const NODES = [{ tag: 'div', attrs: { class: 'app' }, children: [{ tag: 'h3', attrs: { id: 'current-step-title' }, children: ['Problem definition'] }] }];

const emptyRoot = () => {
  const root = document.createElement('div');
  root.id = 'root';
  return root;
};

describe('showing the first screen kept from the last open', () => {
  it('shows it, inert, only under the key it was kept for', () => {
    const root = emptyRoot();
    expect(replayFirstScreen({ key: 'other', nodes: NODES }, 'now', root)).toBe(false);
    expect(root.childNodes).toHaveLength(0);
    expect(replayFirstScreen({ key: 'now', nodes: NODES }, 'now', root)).toBe(true);
    expect(root.querySelector('#current-step-title')!.textContent).toBe('Problem definition');
    expect(holdsReplayedScreen(root)).toBe(true);
    wakeReplayedScreen(root);
    expect(root.hasAttribute('inert')).toBe(false);
    expect(holdsReplayedScreen(root)).toBe(false);
  });

  it('shows nothing where React has drawn already, or when none is kept', () => {
    const root = emptyRoot();
    root.append(document.createElement('div'));
    expect(replayFirstScreen({ key: 'now', nodes: NODES }, 'now', root)).toBe(false);
    expect(replayFirstScreen(undefined, 'now', emptyRoot())).toBe(false);
    expect(replayFirstScreen(null, 'now', emptyRoot())).toBe(false);
  });

  it('leaves the page as it was when a kept screen is garbled: the panel draws it as always', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const root = emptyRoot();
    const garbled = { key: 'now', nodes: [...NODES, { tag: 'script', attrs: {}, children: ['window.__pwned=1'] }] };
    expect(replayFirstScreen(garbled, 'now', root)).toBe(false);
    expect(root.childNodes).toHaveLength(0);
    expect(root.hasAttribute('inert')).toBe(false);
    expect(warn).toHaveBeenCalled();
  });
});

describe('keeping the first screen for the next open', () => {
  const drawn = () => {
    const root = emptyRoot();
    replayFirstScreen({ key: 'k', nodes: NODES }, 'k', root);
    wakeReplayedScreen(root);
    return root;
  };

  it('keeps the screen as it was at the commit, under the key of what it was drawn from', async () => {
    const root = drawn();
    let later: () => void = () => {};
    recordFirstScreen(root, { key: 'new', storedKey: 'old' }, (work) => (later = work));
    // What happens on screen after the commit is not the first screen.
    root.querySelector('h3')!.textContent = 'Changed since';
    later();
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(FIRST_SCREEN_SNAPSHOT_STORAGE_NAME))[FIRST_SCREEN_SNAPSHOT_STORAGE_NAME]).toEqual({ key: 'new', nodes: NODES }),
    );
  });

  it('writes nothing when the one stored is already this screen', () => {
    const later = vi.fn();
    recordFirstScreen(drawn(), { key: 'same', storedKey: 'same' }, later);
    expect(later).not.toHaveBeenCalled();
  });

  it('keeps no picture of a screen too large to copy, and drops the old one', async () => {
    await fakeBrowser.storage.local.set({ [FIRST_SCREEN_SNAPSHOT_STORAGE_NAME]: { key: 'old', nodes: NODES } });
    const root = drawn();
    root.querySelector('h3')!.textContent = 'x'.repeat(250_000);
    recordFirstScreen(root, { key: 'huge', storedKey: 'old' }, (work) => work());
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(FIRST_SCREEN_SNAPSHOT_STORAGE_NAME))[FIRST_SCREEN_SNAPSHOT_STORAGE_NAME]).toBeUndefined(),
    );
  });
});
