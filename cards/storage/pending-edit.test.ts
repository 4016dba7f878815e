import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { defaultDeck } from '../default-deck';
import { loadLibrary } from './library-read';
import { dropPendingEdit, keepPendingEdit, readPendingEdits, setPendingEditAside, setUnsavedDraftAside } from './pending-edit';
import { pendingEditKey } from './storage-keys';

const [first, second] = defaultDeck.cards;

describe('edits kept as the panel closed', () => {
  it('keeps a draft in one storage call and reads it back, oldest first', async () => {
    await keepPendingEdit('mine', { ...second!, title: 'Later' }, second, 2000);
    await keepPendingEdit('mine', { ...first!, title: 'Earlier' }, undefined, 1000);
    const edits = await readPendingEdits();
    expect(edits.map((edit) => edit.card.title)).toEqual(['Earlier', 'Later']);
    expect(edits[0]!.base).toBeUndefined();
    expect(edits[1]!.base).toEqual(second);
  });

  it('keeps only the newest draft of a card from one panel, and each panel’s draft of it', async () => {
    await keepPendingEdit('mine', { ...first!, title: 'One' }, first, 1000, 'panelA');
    await keepPendingEdit('mine', { ...first!, title: 'Two' }, first, 2000, 'panelA');
    await keepPendingEdit('mine', { ...first!, title: 'From B' }, first, 3000, 'panelB');
    expect((await readPendingEdits()).map((edit) => edit.card.title)).toEqual(['Two', 'From B']);
  });

  it('is gone once dropped', async () => {
    await keepPendingEdit('mine', first!, first, 1, 'panelA');
    await dropPendingEdit({ deckId: 'mine', card: first!, panel: 'panelA' });
    expect(await readPendingEdits()).toEqual([]);
  });

  it('sets aside a kept draft that cannot be read, or that sits under another card’s name, and lists it', async () => {
    const misplaced = { deckId: 'mine', panel: 'panelA', card: first!, at: 1 };
    const broken = pendingEditKey('mine', 'broken', 'panelA');
    const elsewhere = pendingEditKey('mine', 'elsewhere', 'panelA');
    await browser.storage.local.set({ [broken]: { deckId: 'mine' }, [elsewhere]: misplaced });
    expect(await readPendingEdits(5)).toEqual([]);
    const { quarantined } = await loadLibrary();
    expect(quarantined.map((entry) => entry.key).sort()).toEqual([broken, elsewhere]);
    expect(quarantined[0]!.reason).toMatch(/could not be read/);
    expect(await browser.storage.local.get(broken)).toEqual({});
  });

  it('sets aside a draft that cannot be saved with the reason, never dropping it', async () => {
    const card = { ...first!, title: 'Edited offline' };
    await keepPendingEdit('gone', card, first, 1);
    const [edit] = await readPendingEdits();
    await setPendingEditAside(edit!, 'its deck was deleted.', 7);
    expect(await readPendingEdits()).toEqual([]);
    const { quarantined } = await loadLibrary();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]!.reason).toBe('Your last edit to “Edited offline” could not be saved: its deck was deleted.');
    expect(quarantined[0]!.value).toEqual(edit);
  });

  it('sets aside a draft that failed its check as the panel closed, whole, with the reason, in one call', async () => {
    const draft = { ...first!, title: 'x'.repeat(250), body: 'Typed after the bad title' };
    await setUnsavedDraftAside('mine', draft, draft.title, 'title is longer than 200 characters.', 9);
    const { quarantined } = await loadLibrary();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]!.reason).toBe(`Your edit to “${'x'.repeat(60)}…” was not saved as the panel closed: title is longer than 200 characters.`);
    expect(quarantined[0]!.value).toEqual({ deckId: 'mine', card: draft, at: 9 });
  });
});
