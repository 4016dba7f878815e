import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { writeDeckFile } from '../../cards/deck-file/deck-file';
import { defaultDeck } from '../../cards/default-deck';
import type { Deck } from '../../cards/schema';
import { DEFAULT_COPY_ID } from '../../cards/shipped-deck';
import { loadLibrary, saveDeck } from '../../cards/storage/store';
import { UndoToast, type UndoOffer } from '../shared/UndoToast';
import { drillDeck } from '../../cards/drill/drill.fixtures';
import { reviewItems } from '../../cards/drill/review-items';
import { loadReviews, saveReview } from '../../cards/drill/review-store';
import { gradeItem } from '../../cards/drill/scheduler';
import { DeckMenu } from './DeckMenu';
import { useLibrary } from './use-library';

function Header() {
  const library = useLibrary();
  const [offer, setOffer] = useState<UndoOffer>();
  const [problem, setProblem] = useState<string>();
  if (!library.library || !library.activeId) return <p>Loading</p>;
  return (
    <>
      {(problem ?? library.problem) && <p role="alert">{problem ?? library.problem}</p>}
      <DeckMenu library={library} announce={() => {}} offerUndo={setOffer} reportProblem={setProblem} />
      <p data-testid="card-count">{library.deck.cards.length}</p>
      {offer && <UndoToast offer={offer} onClose={() => setOffer(undefined)} />}
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
  render(<Header />);
  await screen.findByRole('button', { name: /^Deck: / });
  return user;
}

const menuButton = () => screen.getByRole('button', { name: /^Deck: / });
async function choose(user: ReturnType<typeof userEvent.setup>, item: string | RegExp) {
  await user.click(menuButton());
  await user.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: item }));
}

describe('the deck menu', () => {
  it('names the deck in use, lists every deck, and switches by keyboard', async () => {
    const user = await openWith(acme);
    expect(menuButton()).toHaveAccessibleName('Deck: Acme loop');
    menuButton().focus();
    await user.keyboard('{Enter}');
    const decks = within(screen.getByRole('menu')).getAllByRole('menuitemradio');
    expect(decks.map((item) => [item.textContent, item.getAttribute('aria-checked')])).toEqual([
      ['Acme loop3 cards', 'true'],
      [`${defaultDeck.name}Comes with Sidecue; your first edit makes your own copy`, 'false'],
    ]);
    expect(screen.getByRole('menu')).not.toHaveTextContent(/read-only/i);
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(menuButton()).toHaveAccessibleName(`Deck: ${defaultDeck.name}`));
    expect(menuButton()).toHaveFocus();
  });

  it('keeps the end of a long deck name whole, where copies differ, and cuts the words before it', async () => {
    await openWith({ ...acme, name: 'PM system design (mine) (2)' });
    expect(menuButton()).toHaveTextContent('PM system design (mine) (2)');
    expect(menuButton().querySelector('.deck-name-tail')).toHaveTextContent(/^\s*\(2\)$/);
    expect(menuButton().querySelector('.deck-name-head')).toHaveTextContent('PM system design (mine)');
  });

  it('refuses a bad file whole, saying why, and changes nothing', async () => {
    const user = await openWith(acme);
    const bad = new File(['{"format":"sidecue-deck","version":2,"deck":{"id":"x","name":"X","cards":[{"kind":"note"}]}}'], 'bad.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByTestId('import-file'), bad);
    expect(await screen.findByRole('alert')).toHaveTextContent(/“bad\.json” was not imported/);
    expect((await loadLibrary()).decks.map((entry) => entry.deck)).toEqual([acme]);
  });

  it('says in plain words which deck a file looks like, and adds it under a distinct name', async () => {
    const user = await openWith(acme);
    const file = new File([writeDeckFile([acme])], 'acme.json', { type: 'application/json' });
    await user.upload(screen.getByTestId('import-file'), file);
    // The dialog waits for every deck to be read (idle time after the first screen).
    const dialog = await screen.findByRole('dialog', { name: 'Import a deck' }, { timeout: 5_000 });
    expect(dialog).toHaveTextContent('Acme loop · 3 cards');
    expect(dialog).toHaveTextContent('A deck named “Acme loop” is already in your list. Replace it, or add this one as a new deck.');
    expect(dialog).not.toHaveTextContent(/\bid\b/);
    expect(within(dialog).getByRole('combobox')).toHaveValue('add');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(async () => {
      const { decks } = await loadLibrary();
      expect(decks.map((entry) => [entry.meta.id, entry.meta.name])).toEqual([
        ['acme', 'Acme loop'],
        ['acme-2', 'Acme loop (2)'],
      ]);
    });
  });

  it('exports drill progress only when asked, and brings it back with the deck', async () => {
    const now = Date.now();
    for (const item of reviewItems(drillDeck()).slice(0, 2)) await saveReview(gradeItem(item, undefined, 4, now, 0.9), now);
    const user = await openWith(drillDeck());
    const files: Blob[] = [];
    const url = globalThis.URL as unknown as { createObjectURL?: unknown; revokeObjectURL?: unknown };
    url.createObjectURL = (blob: Blob) => (files.push(blob), 'blob:test');
    url.revokeObjectURL = () => {};
    await choose(user, 'Export this deck');
    await choose(user, /^Export with drill progress/);
    await waitFor(() => expect(files).toHaveLength(2));
    const [plain, withProgress] = await Promise.all(files.map(async (blob) => JSON.parse(await blob.text())));
    expect(plain).not.toHaveProperty('drillProgress');
    expect(withProgress.drillProgress.map((record: { item: string }) => record.item)).toEqual(['acme:latency:strong', 'acme:latency:cloze-1']);

    // Progress gone (another device, say); the file brings it back with the deck.
    await browser.storage.local.remove(['review:acme:latency:strong', 'review:acme:latency:cloze-1']);
    await user.upload(screen.getByTestId('import-file'), new File([JSON.stringify(withProgress)], 'acme.json', { type: 'application/json' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import a deck' });
    expect(dialog).toHaveTextContent('It also holds drill progress for 2 items');
    await user.selectOptions(within(dialog).getByRole('combobox'), 'replace:acme');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(async () => expect([...(await loadReviews('acme', now)).keys()]).toEqual(['acme:latency:strong', 'acme:latency:cloze-1']));
  });

  it('asks in a dialog before resetting a whole deck, and can undo it with u', async () => {
    await saveDeck({ ...defaultDeck, id: DEFAULT_COPY_ID, name: 'Mine', cards: defaultDeck.cards.slice(0, 2) }, { basedOn: 'default' });
    await browser.storage.local.set({ activeDeckId: DEFAULT_COPY_ID });
    const user = await openWith();
    const confirm = vi.spyOn(window, 'confirm');
    await choose(user, 'Reset to the shipped cards…');
    const dialog = await screen.findByRole('dialog', { name: 'Reset this deck to the shipped cards?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset deck' }));
    await waitFor(() => expect(screen.getByTestId('card-count')).toHaveTextContent(String(defaultDeck.cards.length)));
    expect(confirm).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveAttribute('aria-keyshortcuts', 'u');
    await user.keyboard('u');
    await waitFor(() => expect(screen.getByTestId('card-count')).toHaveTextContent('2'));
  });

  it('creates, renames, duplicates and deletes decks, with Undo for the delete', async () => {
    const user = await openWith(acme);
    await choose(user, 'New deck…');
    await user.type(await screen.findByLabelText('Name'), 'Globex onsite');
    await user.selectOptions(screen.getByLabelText('Start from'), 'empty');
    await user.click(screen.getByRole('button', { name: 'Create deck' }));
    await waitFor(() => expect(menuButton()).toHaveAccessibleName('Deck: Globex onsite'));
    expect(screen.getByTestId('card-count')).toHaveTextContent('0');

    await choose(user, 'Rename…');
    const name = await screen.findByLabelText('New name');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(screen.getByText('The name is empty')).toBeInTheDocument();
    await user.type(name, 'Globex final');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(menuButton()).toHaveAccessibleName('Deck: Globex final'));

    await choose(user, 'Duplicate');
    await waitFor(() => expect(menuButton()).toHaveAccessibleName('Deck: Globex final (2)'));
    // A copy of the copy is the next number.
    await choose(user, 'Duplicate');
    await waitFor(() => expect(menuButton()).toHaveAccessibleName('Deck: Globex final (3)'));
    await choose(user, 'Delete this deck');
    const names = async () => (await loadLibrary()).decks.map((entry) => entry.meta.name).sort();
    await waitFor(async () => expect(await names()).toEqual(['Acme loop', 'Globex final', 'Globex final (2)']));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(menuButton()).toHaveAccessibleName('Deck: Globex final (3)'));
    expect(await names()).toEqual(['Acme loop', 'Globex final', 'Globex final (2)', 'Globex final (3)']);
  });

  it('offers Export all decks once every deck is read, never an export of the active deck alone', async () => {
    // A busy page: the idle read of the other decks has not run yet.
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work));
    vi.stubGlobal('cancelIdleCallback', () => {});
    await saveDeck({ ...acme, id: 'other', name: 'Other loop' }, { now: 2 });
    const user = await openWith(acme);
    await user.click(menuButton());
    const exportAll = screen.getByRole('menuitem', { name: /^Export all decks/ });
    expect(exportAll).toBeDisabled();
    expect(exportAll).toHaveTextContent('Reading your decks…');
    await user.keyboard('{Escape}');

    idle.splice(0).forEach((work) => work());
    await user.click(menuButton());
    await waitFor(() => expect(screen.getByRole('menuitem', { name: 'Export all decks' })).toBeEnabled());
    expect(screen.getByRole('menuitemradio', { name: /^Other loop/ })).toBeInTheDocument();
    vi.unstubAllGlobals();
  });
});
