import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { writeDeckFile } from '../../cards/deck-file/deck-file';
import { defaultDeck } from '../../cards/default-deck';
import { DEFAULT_COPY_ID } from '../../cards/shipped-deck';
import { DEFAULT_PANEL_VIEW, type PanelView } from '../../cards/storage/preferences';
import type { Deck } from '../../cards/schema';
import { loadLibrary, saveCard, saveDeck } from '../../cards/storage/store';
import { CustomizeSection } from './CustomizeSection';
import { useLibrary } from '../shell/use-library';
import { useUndoOffer } from '../shared/use-undo-offer';
import { loadHistory } from '../../cards/rehearsal/history';

function Panel({ view = { ...DEFAULT_PANEL_VIEW, section: 'customize' }, updateView = () => {} }: { view?: PanelView; updateView?(patch: Partial<PanelView>): void }) {
  const library = useLibrary();
  const { offerUndo, toast } = useUndoOffer(() => {});
  if (!library.library || !library.activeId) return <p>Loading</p>;
  return (
    <>
      {library.problem && <p role="alert">{library.problem}</p>}
      <CustomizeSection library={library} announce={() => {}} searchRequest={0} view={view} updateView={updateView} offerUndo={offerUndo} />
      {toast}
    </>
  );
}

/** Picks an action from a card row's overflow menu. */
async function fromMenu(user: ReturnType<typeof userEvent.setup>, title: string, action: string) {
  await user.click(screen.getByRole('button', { name: `More actions for ${title}` }));
  await user.click(screen.getByRole('menuitem', { name: action }));
}

const acme: Deck = {
  id: 'acme',
  name: 'Acme loop',
  description: '',
  cards: ['one', 'two', 'three'].map((id) => ({ kind: 'note' as const, id, title: `Note ${id}`, tags: [], body: '', points: [] })),
};

async function openWith(deck?: Deck, props: Parameters<typeof Panel>[0] = {}) {
  if (deck) {
    await saveDeck(deck, { now: 1 });
    await browser.storage.local.set({ activeDeckId: deck.id });
  }
  const user = userEvent.setup();
  render(<Panel {...props} />);
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
    await fromMenu(user, 'Note two', 'Delete');
    await waitFor(() => expect(rowTitles()).toEqual(['Note Note one', 'Note Note three']));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Note Note one', 'Note Note two', 'Note Note three']));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Note two' })).toHaveFocus());
  });

  it('after a deletion, puts focus on the next card in view, or on the filter when none is left in it', async () => {
    const user = await openWith(acme);
    await fromMenu(user, 'Note two', 'Delete');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Note three' })).toHaveFocus());

    // Filtered down to one card: deleting it leaves the filter, not the page, with focus.
    const filter = screen.getByRole('searchbox', { name: 'Filter cards' });
    await user.type(filter, 'note one');
    await fromMenu(user, 'Note one', 'Delete');
    await waitFor(() => expect(filter).toHaveFocus());
    expect(screen.getByText('No card holds “note one”.')).toBeInTheDocument();
  });

  it('moves a card with Alt+↓ and keeps focus on it', async () => {
    const user = await openWith(acme);
    screen.getByRole('button', { name: 'Edit Note one' }).focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(rowTitles()).toEqual(['Note Note two', 'Note Note one', 'Note Note three']));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Note one' })).toHaveFocus());
    await fromMenu(user, 'Note three', 'Move up');
    await waitFor(() => expect(rowTitles()).toEqual(['Note Note two', 'Note Note three', 'Note Note one']));
    await waitFor(() => expect(screen.getByRole('button', { name: 'More actions for Note three' })).toHaveFocus());
  });

  it('adds a card from the top of the list: blank with placeholders, joining the deck once titled', async () => {
    const user = await openWith(acme);
    const add = screen.getByRole('button', { name: 'Add card' });
    // Above the list, not after 63 cards.
    expect(add.compareDocumentPosition(screen.getByRole('list', { name: 'Cards' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('New card of kind'), 'checklist');
    await user.click(add);
    expect(await screen.findByRole('heading', { name: /Edit checklist/ })).toBeInTheDocument();
    const title = screen.getByLabelText('Title');
    expect(title).toHaveValue('');
    expect(title).toHaveAttribute('placeholder', 'Name this checklist');
    expect(title).toHaveFocus();
    expect(screen.getByLabelText('Text')).toHaveValue('');
    expect((await loadLibrary()).decks[0]!.deck.cards).toHaveLength(3);
    await user.type(title, 'Prep');
    await user.type(screen.getByLabelText('Text'), 'Drill the numbers');
    await waitFor(async () =>
      expect((await loadLibrary()).decks[0]!.deck.cards.at(-1)).toMatchObject({ kind: 'checklist', title: 'Prep', items: [{ text: 'Drill the numbers' }] }),
    );
    await user.click(screen.getAllByRole('button', { name: 'Done' })[0]!);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Prep' })).toHaveFocus());
  });

  it('closes a new card left untouched without adding anything', async () => {
    const user = await openWith(acme);
    await user.click(screen.getByRole('button', { name: 'Add card' }));
    await user.click(screen.getAllByRole('button', { name: 'Done' })[0]!);
    expect(await screen.findByRole('list', { name: 'Cards' })).toBeInTheDocument();
    expect(rowTitles()).toHaveLength(3);
    expect((await loadLibrary()).decks[0]!.deck.cards).toHaveLength(3);
  });

  it('filters the list by title or text as the user types, with a count', async () => {
    const deck: Deck = {
      ...acme,
      cards: [
        ...acme.cards,
        { kind: 'phrasing', id: 'latency', title: 'Latency is conversion', tags: [], strong: 'Every 100 ms costs checkout.', weak: '', why: '' },
      ],
    };
    const user = await openWith(deck);
    expect(screen.getByText('4 cards')).toBeInTheDocument();
    const filter = screen.getByRole('searchbox', { name: 'Filter cards' });
    await user.type(filter, 'checkout');
    expect(rowTitles()).toEqual(['Phrasing Latency is conversion']);
    expect(screen.getByText('1 of 4')).toBeInTheDocument();
    await user.clear(filter);
    await user.type(filter, 'note th');
    expect(rowTitles()).toEqual(['Note Note three']);
    await user.type(filter, 'x');
    expect(screen.getByText('No card holds “note thx”.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(rowTitles()).toHaveLength(4);
  });

  it('shows at most two buttons on a card row: Edit and the menu', async () => {
    await openWith(acme);
    for (const row of within(screen.getByRole('list', { name: 'Cards' })).getAllByRole('listitem')) {
      expect(within(row).getAllByRole('button').map((button) => button.textContent || button.getAttribute('aria-label'))).toEqual([
        'Edit',
        expect.stringMatching(/^More actions for /),
      ]);
    }
  });

  it('opens a card asked for by another section unfolded, and Done goes back there', async () => {
    const steps: Deck = {
      ...acme,
      cards: [
        {
          kind: 'steps',
          id: 'lens',
          title: 'Three lenses',
          tags: [],
          steps: [
            { id: 'a', title: 'Problem', cue: 'Say the problem', prompts: [], example: '' },
            { id: 'b', title: 'Constraints', cue: 'Say the limits', prompts: [], example: '' },
          ],
        },
      ],
    };
    const updateView = vi.fn();
    const user = await openWith(steps, { view: { ...DEFAULT_PANEL_VIEW, section: 'customize', editCardId: 'lens', editFrom: 'steps' }, updateView });
    expect(await screen.findByRole('heading', { name: /Edit steps/ })).toBeInTheDocument();
    expect(updateView).toHaveBeenCalledWith({ editCardId: undefined, editFrom: undefined });
    // Every step open: the cue the user came for is on screen.
    expect(screen.getAllByLabelText('Cue').map((cue) => cue.closest('details')?.open)).toEqual([true, true]);
    await user.click(screen.getAllByRole('button', { name: 'Done' })[0]!);
    expect(updateView).toHaveBeenLastCalledWith({ section: 'steps' });
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
    await fromMenu(user, 'My pacing', 'Reset to the default');
    await waitFor(() => expect(rowTitles()).toEqual(['Note Pacing']));
    // Nothing left to reset, so the button is gone and focus moved to Edit.
    await user.click(screen.getByRole('button', { name: 'More actions for Pacing' }));
    expect(screen.queryByRole('menuitem', { name: 'Reset to the default' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Note My pacing']));
  });

  it('lists set-aside records with their reasons, and discards one when asked', async () => {
    await browser.storage.local.set({ 'card:acme:broken': { v: 1, order: 1, card: { kind: 'note' } } });
    const user = await openWith();
    // Set-aside records are listed once the whole library is read, in idle time after the first screen.
    expect(await screen.findByRole('heading', { name: '1 saved item could not be read and was set aside' })).toBeInTheDocument();
    expect(screen.getByText(/last-changed date is missing/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Discard a card from deck “acme”, set aside / }));
    await waitFor(() => expect(screen.queryByText(/set aside/)).not.toBeInTheDocument());
  });

  it('names a set-aside rehearsal as one, in words', async () => {
    await browser.storage.local.set({ 'rehearsal:r9': { id: 'r9', scores: { impact: 9 } } });
    await loadHistory(); // sets the unreadable run aside, as the Rehearse section would
    await openWith();
    expect(await screen.findByRole('heading', { name: '1 saved item could not be read and was set aside' })).toBeInTheDocument();
    expect(screen.getByText('A past rehearsal')).toBeInTheDocument();
    expect(screen.getByText(/^A saved rehearsal could not be read: /)).toBeInTheDocument();
  });

  it('names an edit set aside as the panel closed, with its reason', async () => {
    const { setUnsavedDraftAside } = await import('../../cards/storage/pending-edit');
    await setUnsavedDraftAside('acme', { ...acme.cards[0]!, title: '' }, 'Note one', 'title is empty.');
    await openWith(acme);
    expect(await screen.findByText('An edit made as the panel closed')).toBeInTheDocument();
    expect(screen.getByText('Your edit to “Note one” was not saved as the panel closed: title is empty.')).toBeInTheDocument();
  });
});
