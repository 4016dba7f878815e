import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { defaultDeck } from '../../cards/default-deck';
import type { Deck } from '../../cards/schema';
import { PhrasingSection } from './PhrasingSection';
import type { LibraryApi } from '../shell/use-library';

const deck: Deck = {
  id: 'test',
  name: 'Test',
  description: '',
  cards: [
    { kind: 'phrasing', id: 'p1', title: 'Kafka judgment', tags: ['judgment'], strong: 'Kafka, because at-least-once.', weak: 'We use Kafka.', why: '' },
    { kind: 'phrasing', id: 'p2', title: 'Cost range', tags: ['cost'], strong: 'About $12,800 a month, ±15 %.', why: 'A range shows the assumptions.' },
    { kind: 'phrasing', id: 'p3', title: 'Markup', tags: [], strong: '<img src=x onerror=alert(1)>', why: '' },
  ],
};

async function renderSection(searchRequest = 0) {
  const announce = vi.fn();
  const library = { deck, library: { decks: [], quarantined: [] } } as unknown as LibraryApi;
  const view = { section: 'phrasings' as const, glance: false };
  render(
    <PhrasingSection library={library} announce={announce} searchRequest={searchRequest} view={view} updateView={vi.fn()} />,
  );
  // The list shows once the pinned phrasings have been read, so it never re-sorts under the user.
  await screen.findAllByRole('heading', { level: 3 });
  return { announce };
}

describe('the phrasing library', () => {
  it('lists every phrasing, the weak one marked to avoid', async () => {
    await renderSection();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Kafka judgment',
      'Cost range',
      'Markup',
    ]);
    expect(screen.getByText('We use Kafka.').previousSibling).toHaveTextContent('Avoid');
  });

  it('filters on every keystroke and highlights the match', async () => {
    await renderSection();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search phrasings' }), 'cost');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Cost range']);
    expect(screen.getAllByText('Cost', { selector: 'mark' })[0]).toBeInTheDocument();
  });

  it('says so when nothing matches, and Escape clears', async () => {
    await renderSection();
    const box = screen.getByRole('searchbox', { name: 'Search phrasings' });
    await userEvent.type(box, 'qqqq');
    expect(screen.getByText('No phrasings match “qqqq”.')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveValue('');
  });

  it('filters by tag', async () => {
    await renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'judgment' }));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Kafka judgment']);
  });

  it('focuses the search box when search is requested', async () => {
    await renderSection(1);
    expect(screen.getByRole('searchbox', { name: 'Search phrasings' })).toHaveFocus();
  });

  it('shows markup in a phrasing as text', async () => {
    await renderSection();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('copies with the copy button and announces it', async () => {
    const user = userEvent.setup();
    const { announce } = await renderSection();
    await user.click(screen.getByRole('button', { name: 'Copy “Cost range”' }));
    await waitFor(() => expect(announce).toHaveBeenCalledWith('Copied: About $12,800 a month, ±15 %.'));
    expect(await navigator.clipboard.readText()).toBe('About $12,800 a month, ±15 %.');
  });

  it('handles the whole default deck', async () => {
    const library = { deck: defaultDeck, library: { decks: [], quarantined: [] } } as unknown as LibraryApi;
    render(
      <PhrasingSection library={library} announce={vi.fn()} searchRequest={0} view={{ section: 'phrasings', glance: false }} updateView={vi.fn()} />,
    );
    expect((await screen.findAllByRole('button', { name: /^Copy/ })).length).toBeGreaterThanOrEqual(40);
  });
});
