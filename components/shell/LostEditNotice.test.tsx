import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { saveDeck, loadLibrary } from '../../cards/storage/store';
import { readLostEdits, recordLostEdits } from '../../cards/sync/lost-edits';
import { note } from '../../cards/sync/records.fixtures';
import { LostEditNotice } from './LostEditNotice';

async function lostTitle() {
  await saveDeck({ id: 'acme', name: 'Acme loop', description: '', cards: [note('a', 'Body', 'Desktop title')] }, { now: 1 });
  await recordLostEdits({ deckId: 'acme', cardId: 'a', title: 'Desktop title', by: 'device' }, [{ field: 'title', mine: 'Laptop title' }], 5);
}

describe('the notice of an edit another device replaced', () => {
  it('says what was replaced, and puts the user’s text back into the card', async () => {
    await lostTitle();
    const announce = vi.fn();
    render(<LostEditNotice announce={announce} />);
    const notice = await screen.findByRole('region', { name: 'An edit replaced by another device' });
    expect(notice).toHaveTextContent('Another device changed the title of “Desktop title” while you were editing it here. Yours was “Laptop title”.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Put mine back' }));
    await waitFor(() => expect(screen.queryByTestId('lost-edit')).not.toBeInTheDocument());
    expect((await loadLibrary()).decks[0]!.deck.cards[0]!.title).toBe('Laptop title');
    expect(announce).toHaveBeenCalledWith('Your title is back in “Desktop title”');
  });

  it('says plainly when an edit kept as a panel closed was overtaken by a newer one, and puts it back when asked', async () => {
    await saveDeck({ id: 'acme', name: 'Acme loop', description: '', cards: [note('a', 'Body', 'Newer title')] }, { now: 1 });
    await recordLostEdits({ deckId: 'acme', cardId: 'a', title: 'Newer title', by: 'closed' }, [{ field: 'title', mine: 'Older title' }], 5);
    render(<LostEditNotice announce={() => {}} />);
    const notice = await screen.findByRole('region', { name: 'An edit overtaken by a newer one' });
    expect(notice).toHaveTextContent('another window changed it later: the newer text was kept. Yours was “Older title”.');
    expect(notice).not.toHaveTextContent('same moment');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Put mine back' }));
    await waitFor(async () => expect((await loadLibrary()).decks[0]!.deck.cards[0]!.title).toBe('Older title'));
  });

  it('lets the user keep the other device’s version, by keyboard', async () => {
    await lostTitle();
    render(<LostEditNotice announce={() => {}} />);
    await screen.findByTestId('lost-edit');
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Keep theirs' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByTestId('lost-edit')).not.toBeInTheDocument());
    expect(await readLostEdits()).toEqual([]);
    expect((await loadLibrary()).decks[0]!.deck.cards[0]!.title).toBe('Desktop title');
  });

  it('says why in words when the card is gone, and keeps the text on offer', async () => {
    await recordLostEdits({ deckId: 'acme', cardId: 'gone', title: 'Deleted card', by: 'device' }, [{ field: 'body', mine: 'My words' }], 5);
    render(<LostEditNotice announce={() => {}} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Put mine back' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“Deleted card” is no longer in this deck');
    expect(screen.getByRole('button', { name: 'Copy mine' })).toBeInTheDocument();
  });

  it('speaks of the other window when two windows saved one field at once', async () => {
    await recordLostEdits({ deckId: 'acme', cardId: 'a', title: 'Pacing', by: 'window' }, [{ field: 'body', mine: 'Window A words' }], 5);
    render(<LostEditNotice announce={() => {}} />);
    const notice = await screen.findByRole('region', { name: 'An edit replaced by another window' });
    expect(notice).toHaveTextContent('Two windows saved the text of “Pacing” at the same moment, and the later save was kept. The other was “Window A words”.');
    for (const name of ['Use the other', 'Copy the other', 'Keep as is']) expect(screen.getByRole('button', { name })).toBeInTheDocument();
  });
});
