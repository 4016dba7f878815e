import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { DEFAULT_PANEL_VIEW } from '../../cards/storage/preferences';
import type { Deck } from '../../cards/schema';
import { loadLibrary, saveDeck } from '../../cards/storage/store';
import { useLibrary } from '../shell/use-library';
import { BoardSection } from './BoardSection';

// The matrix against real (fake-browser) storage, so "reload" means what it
// does for the user: unmount, read storage again, render.
function Panel() {
  const library = useLibrary();
  if (!library.library || !library.activeId) return <p>Loading</p>;
  return <BoardSection library={library} announce={() => {}} searchRequest={0} view={{ ...DEFAULT_PANEL_VIEW, section: 'board' }} updateView={() => {}} offerUndo={() => {}} />;
}

const deck: Deck = {
  id: 'acme',
  name: 'Acme loop',
  description: '',
  cards: [
    {
      kind: 'matrix',
      id: 'decision-matrix',
      title: 'Decision matrix',
      tags: [],
      rows: [
        { id: 'caching', lever: 'Caching', kpi: 'Conversion', effect: '', risk: 3, mitigation: '' },
        { id: 'async', lever: 'Async work', kpi: 'Latency', effect: '', risk: 2, mitigation: '' },
      ],
    },
  ],
};

const kpis = () => screen.getAllByRole('textbox', { name: 'KPI it moves' }).map((input) => (input as HTMLInputElement).value);
const storedKpis = async () => {
  const { decks } = await loadLibrary();
  const matrix = decks[0]!.deck.cards.find((card) => card.id === 'decision-matrix');
  return matrix?.kind === 'matrix' ? matrix.rows.map((row) => row.kpi) : [];
};

async function open() {
  const view = render(<Panel />);
  await screen.findByRole('heading', { name: 'Decision matrix' });
  return view;
}

describe('the decision matrix keeps every edit', () => {
  it('keeps a KPI change made just before adding a row, across a reload', async () => {
    await saveDeck(deck, { now: 1 });
    await browser.storage.local.set({ activeDeckId: deck.id });
    const first = await open();
    const kpi = screen.getAllByRole('textbox', { name: 'KPI it moves' })[0]!;
    fireEvent.change(kpi, { target: { value: 'Conversion at peak' } });
    // Within the save delay, as a user does: the new blank row must not hold the edit back.
    fireEvent.click(screen.getByRole('button', { name: /Add row/ }));
    await waitFor(async () => expect(await storedKpis()).toEqual(['Conversion at peak', 'Latency']));
    first.unmount();

    await open();
    expect(kpis().slice(0, 2)).toEqual(['Conversion at peak', 'Latency']);
  });
});
