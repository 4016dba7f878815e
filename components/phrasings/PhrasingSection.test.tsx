import { render, screen, waitFor, within } from '@testing-library/react';
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

async function renderSection(searchRequest = 0, updateView = vi.fn()) {
  const announce = vi.fn();
  const library = { deck, library: { decks: [], quarantined: [] } } as unknown as LibraryApi;
  const view = { section: 'phrasings' as const, glance: false };
  render(
    <PhrasingSection library={library} announce={announce} searchRequest={searchRequest} view={view} updateView={updateView} offerUndo={() => {}} />,
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

  it('leads to the drill, to learn the phrasings by heart', async () => {
    const updateView = vi.fn();
    await renderSection(0, updateView);
    await userEvent.click(screen.getByRole('button', { name: 'Learn them by heart' }));
    expect(updateView).toHaveBeenCalledWith({ drill: true });
  });

  it('filters on every keystroke and highlights the match', async () => {
    await renderSection();
    await userEvent.type(screen.getByRole('combobox', { name: 'Search phrasings' }), 'cost');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Cost range']);
    expect(screen.getAllByText('Cost', { selector: 'mark' })[0]).toBeInTheDocument();
  });

  it('says so when nothing matches, and Escape clears', async () => {
    await renderSection();
    const box = screen.getByRole('combobox', { name: 'Search phrasings' });
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
    expect(screen.getByRole('combobox', { name: 'Search phrasings' })).toHaveFocus();
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

  it('finds a joined word the deck writes with a hyphen, and marks it', async () => {
    await renderSection();
    await userEvent.type(screen.getByRole('combobox', { name: 'Search phrasings' }), 'atleastonce');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Kafka judgment']);
    expect(screen.getByText('at-least-once', { selector: 'mark' })).toBeInTheDocument();
  });

  it('handles the whole default deck', async () => {
    const library = { deck: defaultDeck, library: { decks: [], quarantined: [] } } as unknown as LibraryApi;
    render(
      <PhrasingSection library={library} announce={vi.fn()} searchRequest={0} view={{ section: 'phrasings', glance: false }} updateView={vi.fn()} offerUndo={() => {}} />,
    );
    expect((await screen.findAllByRole('button', { name: /^Copy/ })).length).toBeGreaterThanOrEqual(40);
  });
});

describe('the keyboard model of the search box', () => {
  const marked = () => document.querySelector('.phrasing.active .phrasing-title')?.textContent;

  it('marks the result Enter will copy, and the arrows move the mark', async () => {
    const user = userEvent.setup();
    await renderSection();
    const box = screen.getByRole('combobox', { name: 'Search phrasings' });
    await user.click(box);
    expect(marked()).toBe('Kafka judgment');
    expect(box).toHaveAttribute('aria-activedescendant', 'phrasing-result-p1');
    expect(screen.getByText('copies')).toBeInTheDocument();

    await user.keyboard('{ArrowDown}');
    expect(marked()).toBe('Cost range');
    expect(box).toHaveAttribute('aria-activedescendant', 'phrasing-result-p2');
    expect(screen.getByRole('row', { selected: true })).toHaveClass('active');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(marked()).toBe('Markup'); // stops at the last
    await user.keyboard('{ArrowUp}');
    expect(marked()).toBe('Cost range');
    expect(box).toHaveFocus(); // typing carries on
  });

  it('copies the marked result with Enter and says so', async () => {
    const user = userEvent.setup();
    const { announce } = await renderSection();
    await user.click(screen.getByRole('combobox', { name: 'Search phrasings' }));
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(announce).toHaveBeenCalledWith('Copied: About $12,800 a month, ±15 %.'));
    expect(await navigator.clipboard.readText()).toBe('About $12,800 a month, ±15 %.');
    expect(document.querySelector('.phrasing.active')).toHaveTextContent('Copied');
  });

  it('puts the mark back on the first result as the query changes', async () => {
    const user = userEvent.setup();
    await renderSection();
    const box = screen.getByRole('combobox', { name: 'Search phrasings' });
    await user.click(box);
    await user.keyboard('{ArrowDown}');
    await user.type(box, 'ka');
    expect(marked()).toBe('Kafka judgment');
  });

  it('clears with Esc, then leaves the box with a second Esc, back to where focus was before /', async () => {
    const user = userEvent.setup();
    const library = { deck, library: { decks: [], quarantined: [] } } as unknown as LibraryApi;
    const view = { section: 'phrasings' as const, glance: false };
    const section = (searchRequest: number) => (
      <PhrasingSection library={library} announce={vi.fn()} searchRequest={searchRequest} view={view} updateView={vi.fn()} offerUndo={() => {}} />
    );
    const { rerender } = render(section(0));
    const copyCost = await screen.findByRole('button', { name: 'Copy “Cost range”' });
    copyCost.focus();
    rerender(section(1)); // what `/` does
    const box = screen.getByRole('combobox', { name: 'Search phrasings' });
    expect(box).toHaveFocus();
    await user.keyboard('kafka');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(box).not.toHaveFocus();
    // The row was filtered away and back: its Copy button is a new element, and it has focus.
    expect(screen.getByRole('button', { name: 'Copy “Cost range”' })).toHaveFocus();
    expect(document.querySelector('.phrasing.active')).toBeNull(); // no mark once Enter no longer copies
  });

  it('leaves the box for the section itself when focus came from nowhere', async () => {
    const user = userEvent.setup();
    await renderSection(1);
    const box = screen.getByRole('combobox', { name: 'Search phrasings' });
    expect(box).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('region', { name: 'Phrasings' })).toHaveFocus();
  });
});

describe('progressive disclosure', () => {
  it('shows at most two buttons per phrasing: Copy, and one menu for the rest', async () => {
    await renderSection();
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const buttons = within(row).getAllByRole('button');
      expect(buttons.length).toBeLessThanOrEqual(2);
      expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
        expect.stringMatching(/^Copy “/),
        expect.stringMatching(/^More actions for /),
      ]);
    }
  });

  it('pins and edits from the menu', async () => {
    const user = userEvent.setup();
    const updateView = vi.fn();
    const library = { deck, library: { decks: [], quarantined: [] } } as unknown as LibraryApi;
    render(
      <PhrasingSection library={library} announce={vi.fn()} searchRequest={0} view={{ section: 'phrasings', glance: false }} updateView={updateView} offerUndo={() => {}} />,
    );
    await screen.findAllByRole('heading', { level: 3 });
    await user.click(screen.getByRole('button', { name: 'More actions for Markup' }));
    await user.click(screen.getByRole('menuitem', { name: 'Pin to the top' }));
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('Markup'));
    expect(screen.getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('Pinned:');
    await user.click(screen.getByRole('button', { name: 'More actions for Cost range' }));
    await user.click(screen.getByRole('menuitem', { name: 'Edit phrasing' }));
    expect(updateView).toHaveBeenCalledWith({ section: 'customize', editCardId: 'p2' });
  });
});

describe('the tag filter', () => {
  it('keeps the tags on one row, chosen tags first, with one chip to clear them', async () => {
    const user = userEvent.setup();
    await renderSection();
    const group = screen.getByRole('group', { name: 'Filter by tag' });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['cost', 'judgment']);
    await user.click(within(group).getByRole('button', { name: 'judgment' }));
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['All tags', 'judgment', 'cost']);
    await user.click(within(group).getByRole('button', { name: 'All tags' }));
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
  });
});
