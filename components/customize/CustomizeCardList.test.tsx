import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../cards/schema';
import { CustomizeCardList } from './CustomizeCardList';

const cards: Card[] = Array.from({ length: 250 }, (_, index) => ({
  kind: 'phrasing',
  id: `p${index}`,
  title: `Phrasing ${index + 1}`,
  tags: [],
  strong: 'Say it.',
  why: '',
}));
const noop = () => {};
const list = (focus?: { cardId: string; action: string }, shown = cards) => (
  <CustomizeCardList
    cards={shown}
    all={shown}
    resettable={false}
    onEdit={noop}
    onDuplicate={noop}
    onDelete={noop}
    onMove={noop}
    onReset={noop}
    focus={focus}
    onFocused={noop}
  />
);

describe('the card list of a large deck', () => {
  it('lists a deck of a hundred cards or fewer in one go', () => {
    render(list(undefined, cards.slice(0, 100)));
    expect(within(screen.getByRole('list', { name: 'Cards' })).getAllByRole('listitem')).toHaveLength(100);
  });

  it('lists its first rows at once and every row soon after, in order', async () => {
    render(list());
    const rows = () => within(screen.getByRole('list', { name: 'Cards' })).getAllByRole('listitem');
    expect(rows().length).toBeGreaterThanOrEqual(30);
    expect(rows().length).toBeLessThan(250);
    await waitFor(() => expect(rows()).toHaveLength(250), { timeout: 15_000 });
    expect(rows()[249]).toHaveTextContent('Phrasing 250');
    // The last card's menu knows it is last: its place comes from the whole deck.
    expect(screen.getByRole('button', { name: 'Edit Phrasing 250' })).toBeInTheDocument();
  });

  it('lists a row that should take focus at once, however far down', () => {
    render(list({ cardId: 'p219', action: 'edit' }));
    expect(screen.getByRole('button', { name: 'Edit Phrasing 220' })).toHaveFocus();
  });
});
