import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { writeDeckFile } from '../../cards/deck-file/deck-file';
import { defaultDeck } from '../../cards/default-deck';
import { DEFAULT_COPY_ID } from '../../cards/editable-deck';
import { DEFAULT_PANEL_VIEW } from '../../cards/storage/preferences';
import type { Deck } from '../../cards/schema';
import { loadLibrary, saveCard, saveDeck } from '../../cards/storage/store';
import { CustomizeSection } from './CustomizeSection';
import { useLibrary } from '../shell/use-library';

function Panel() {
  const library = useLibrary();
  if (!library.library || !library.activeId) return <p>Loading</p>;
  return (
    <>
      {library.problem && <p role="alert">{library.problem}</p>}
      <CustomizeSection library={library} announce={() => {}} searchRequest={0} view={DEFAULT_PANEL_VIEW} updateView={() => {}} />
    </>
  );
}

const acme: Deck = {
  id: 'acme',
  name: 'Acme loop',
  description: '',
  cards: ['one', 'two', 'three'].map((id) => ({ kind: 'note' as const, id, title: `Note ${id}`, tags: [], body: '', points: [] })),
};

async function openWith(deck?: Deck) {
  if (deck) {
    await saveDeck(deck, { now: 1 });
    await browser.storage.local.set({ activeDeckId: deck.id });
  }
  const user = userEvent.setup();
  render(<Panel />);
  await screen.findByRole('list', { name: 'Cards' });
  return user;
}

const rowTitles = () =>
  within(screen.getByRole('list', { name: 'Cards' }))
    .getAllByRole('listitem')
    .map((row) => row.querySelector('.card-row-title')!.textContent);

describe('Customize', () => {
  it('lists the shipped deck, and the first edit saves into the user’s own copy', async () => {
    const user = await openWith();
    expect(rowTitles()).toHaveLength(defaultDeck.cards.length);
    await user.click(screen.getByRole('button', { name: 'Edit Pacing' }));
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'My pacing');
    await waitFor(async () => {
      const { decks } = await loadLibrary();
      expect(decks.map((entry) => entry.meta.id)).toEqual([DEFAULT_COPY_ID]);
      expect(decks[0]!.deck.cards.find((card) => card.id === 'pacing')?.title).toBe('My pacing');
    });
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    // The editor stayed open across the copy, with the typing intact.
    expect(screen.getByLabelText('Title')).toHaveValue('My pacing');
  });

  it('deletes a card and brings it back with Undo', async () => {
    const user = await openWith(acme);
    await user.click(screen.getByRole('button', { name: 'Delete Note two' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Note Note one', 'Note Note three']));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Note Note one', 'Note Note two', 'Note Note three']));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Note two' })).toHaveFocus());
  });

  it('moves a card with Alt+↓ and keeps focus on it', async () => {
    const user = await openWith(acme);
    screen.getByRole('button', { name: 'Edit Note one' }).focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(rowTitles()).toEqual(['Note Note two', 'Note Note one', 'Note Note three']));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move Note one down' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Move Note three up' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Note Note two', 'Note Note three', 'Note Note one']));
  });

  it('adds a card of the chosen kind and opens it for editing', async () => {
    const user = await openWith(acme);
    await user.selectOptions(screen.getByLabelText('New card of kind'), 'checklist');
    await user.click(screen.getByRole('button', { name: 'Add card' }));
    expect(await screen.findByRole('heading', { name: /Edit checklist/ })).toBeInTheDocument();
    expect((await loadLibrary()).decks[0]!.deck.cards.at(-1)).toMatchObject({ kind: 'checklist', id: 'my-checklist' });
  });

  it('keeps a half-typed edit when another window changes a different card', async () => {
    const user = await openWith(acme);
    await user.click(screen.getByRole('button', { name: 'Edit Note one' }));
    await user.type(screen.getByLabelText('Body'), 'half a thou');
    await saveCard('acme', { ...acme.cards[1]!, title: 'Changed elsewhere' }, 2);
    await user.type(screen.getByLabelText('Body'), 'ght');
    expect(screen.getByLabelText('Body')).toHaveValue('half a thought');
    await waitFor(async () => {
      const cards = (await loadLibrary()).decks[0]!.deck.cards;
      expect(cards.map((card) => card.title)).toEqual(['Note one', 'Changed elsewhere', 'Note three']);
      expect(cards[0]).toMatchObject({ body: 'half a thought' });
    });
  });

  it('does not save an open card into another deck when its own deck is deleted elsewhere', async () => {
    const user = await openWith(acme);
    await user.click(screen.getByRole('button', { name: 'Edit Note one' }));
    await user.type(screen.getByLabelText('Body'), 'typed');
    await browser.storage.local.remove(['deck:acme', 'card:acme:one', 'card:acme:two', 'card:acme:three']);
    expect(await screen.findByRole('alert')).toHaveTextContent('“Note one” was not saved: its deck was deleted');
    expect((await loadLibrary()).decks).toEqual([]);
  });

  it('resets one edited card to the shipped version, with Undo', async () => {
    const pacing = defaultDeck.cards.find((card) => card.id === 'pacing')!;
    await saveDeck({ ...defaultDeck, id: DEFAULT_COPY_ID, name: 'Mine', cards: [{ ...pacing, title: 'My pacing' }] }, { basedOn: 'default' });
    await browser.storage.local.set({ activeDeckId: DEFAULT_COPY_ID });
    const user = await openWith();
    await user.click(screen.getByRole('button', { name: 'Reset My pacing to default' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Note Pacing']));
    // Nothing left to reset, so the button is gone and focus moved to Edit.
    expect(screen.queryByRole('button', { name: /Reset Pacing/ })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Pacing' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Note My pacing']));
  });

  it('lists set-aside records with their reasons, and discards one when asked', async () => {
    await browser.storage.local.set({ 'card:acme:broken': { v: 1, order: 1, card: { kind: 'note' } } });
    const user = await openWith();
    expect(screen.getByRole('heading', { name: '1 saved item could not be read and was set aside' })).toBeInTheDocument();
    expect(screen.getByText(/updatedAt is missing/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Discard card:acme:broken, set aside / }));
    await waitFor(() => expect(screen.queryByText(/set aside/)).not.toBeInTheDocument());
  });
});
