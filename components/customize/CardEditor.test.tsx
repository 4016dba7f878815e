import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Card, PhrasingCard } from '../../cards/schema';
import { CardEditor } from './CardEditor';
import { SAVE_DELAY_MS } from '../shared/use-autosave';

const phrasing: PhrasingCard = {
  kind: 'phrasing',
  id: 'p1',
  title: 'Own the trade-off',
  tags: ['trade-off'],
  strong: 'I accept +10 ms for no lost bids.',
  weak: 'Use Kafka.',
  why: '',
};

function setup(card: Card = phrasing) {
  const onSave = vi.fn<(card: Card, base: Card) => Promise<void>>().mockResolvedValue(undefined);
  const onDone = vi.fn();
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  const view = render(<CardEditor card={card} onSave={onSave} onDone={onDone} />);
  return { onSave, onDone, user, ...view };
}

const settle = () => act(async () => vi.advanceTimersByTime(SAVE_DELAY_MS));

describe('the card editor', () => {
  // Testing Library drains its async work with a setTimeout that it only
  // advances when it sees Jest's fake timers; show it vitest's under that name.
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('saves once, after typing pauses, with the whole card', async () => {
    const { onSave, user } = setup();
    const strong = screen.getByLabelText('Strong phrasing');
    await user.clear(strong);
    await user.type(strong, 'My own words');
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    await settle();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith({ ...phrasing, strong: 'My own words' }, expect.anything());
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
  });

  it("edits a phrasing card's transcript-review patterns, one a line, and names a wrong line", async () => {
    const { onSave, user } = setup();
    const patterns = screen.getByLabelText('Also weak when said as');
    await user.type(patterns, 'just use kafka{Enter}we will use *');
    await settle();
    expect(onSave).toHaveBeenLastCalledWith({ ...phrasing, weakPatterns: ['just use kafka', 'we will use *'] }, expect.anything());
    await user.type(patterns, '{Enter}...');
    await settle();
    expect(patterns).toHaveAccessibleDescription(/line 3 has no letter, digit or currency sign/);
  });

  it('marks an invalid field, says why, and saves nothing', async () => {
    const { onSave, user } = setup();
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await settle();
    expect(onSave).not.toHaveBeenCalled();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/Title is empty/);
    expect(screen.getByRole('status')).toHaveTextContent('Not saved yet. Title is empty');
    // Fixing it saves the fixed card.
    await user.type(title, 'Better title');
    await settle();
    expect(title).not.toHaveAttribute('aria-invalid');
    expect(onSave).toHaveBeenCalledWith({ ...phrasing, title: 'Better title' }, expect.anything());
  });

  it('says a failed save was not saved, with the store’s reason', async () => {
    const { onSave, user } = setup();
    onSave.mockRejectedValueOnce(new Error('Storage is full, so the card was not saved.'));
    await user.type(screen.getByLabelText('Why it works'), 'x');
    await settle();
    expect(screen.getByRole('status')).toHaveTextContent('Not saved: Storage is full');
  });

  it('takes a change made elsewhere when nothing is being typed', async () => {
    const { rerender, onSave, onDone } = setup();
    rerender(<CardEditor card={{ ...phrasing, strong: 'From the other window' }} onSave={onSave} onDone={onDone} />);
    expect(screen.getByLabelText('Strong phrasing')).toHaveValue('From the other window');
  });

  it('keeps the user’s unsaved typing when the card changes elsewhere', async () => {
    const { rerender, onSave, onDone, user } = setup();
    await user.type(screen.getByLabelText('Why it works'), 'half a thought');
    rerender(<CardEditor card={{ ...phrasing, strong: 'From the other window' }} onSave={onSave} onDone={onDone} />);
    expect(screen.getByLabelText('Why it works')).toHaveValue('half a thought');
    await settle();
    expect(onSave).toHaveBeenLastCalledWith({ ...phrasing, why: 'half a thought' }, expect.anything());
  });

  it('does not rewrite a trailing space when the saved (trimmed) card comes back', async () => {
    const { rerender, onSave, onDone, user } = setup();
    const title = screen.getByLabelText('Title');
    await user.type(title, ' ');
    await settle();
    const saved = onSave.mock.calls[0]![0];
    rerender(<CardEditor card={saved} onSave={onSave} onDone={onDone} />);
    expect(title).toHaveValue('Own the trade-off ');
  });

  it('saves pending typing when Done is pressed, then closes', async () => {
    const { onSave, onDone, user } = setup();
    await user.type(screen.getByLabelText('Why it works'), 'because');
    await user.click(screen.getAllByRole('button', { name: 'Done' })[0]!);
    expect(onSave).toHaveBeenCalledWith({ ...phrasing, why: 'because' }, expect.anything());
    expect(onDone).toHaveBeenCalled();
  });

  it('stays open on Done while a field is invalid, and can discard the draft', async () => {
    const { onDone, user } = setup();
    await user.clear(screen.getByLabelText('Strong phrasing'));
    await user.click(screen.getAllByRole('button', { name: 'Done' })[0]!);
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Strong phrasing')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Discard unsaved changes' }));
    expect(screen.getByLabelText('Strong phrasing')).toHaveValue(phrasing.strong);
  });

  it('saves what is pending when it is closed some other way', async () => {
    const { onSave, unmount, user } = setup();
    await user.type(screen.getByLabelText('Why it works'), 'z');
    unmount();
    expect(onSave).toHaveBeenCalledWith({ ...phrasing, why: 'z' }, expect.anything());
  });

  it('edits tags as comma-separated text without fighting the cursor', async () => {
    const { onSave, user } = setup();
    const tags = screen.getByLabelText('Tags');
    await user.type(tags, ', ');
    expect(tags).toHaveValue('trade-off, ');
    await user.type(tags, 'latency');
    await settle();
    expect(onSave).toHaveBeenLastCalledWith({ ...phrasing, tags: ['trade-off', 'latency'] }, expect.anything());
  });

  it('names the wrong field deep inside a list', async () => {
    const steps: Card = {
      kind: 'steps',
      id: 's',
      title: 'Steps',
      tags: [],
      steps: [
        { id: 'a', title: 'One', cue: 'Say one', prompts: [], example: '' },
        { id: 'b', title: 'Two', cue: 'Say two', prompts: [], example: '' },
      ],
    };
    const { onSave, user } = setup(steps);
    const cues = screen.getAllByLabelText('Cue');
    await user.clear(cues[1]!);
    await settle();
    expect(cues[1]).toHaveAttribute('aria-invalid', 'true');
    expect(cues[0]).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('status')).toHaveTextContent('Not saved yet. Step 2: its cue is empty');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('adds, moves and removes list items by buttons that say which item', async () => {
    const checklist: Card = { kind: 'checklist', id: 'c', title: 'Prep', tags: [], items: [{ id: 'item-1', text: 'First' }] };
    const { onSave, user } = setup(checklist);
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    expect(screen.getAllByLabelText('Text')[1]).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Move Item 2 up' }));
    await settle();
    expect(onSave).toHaveBeenLastCalledWith({
      ...checklist,
      items: [
        { id: 'item-2', text: 'Something to check.' },
        { id: 'item-1', text: 'First' },
      ],
    }, expect.anything());
    await user.click(screen.getByRole('button', { name: 'Remove Item 1' }));
    await user.click(screen.getByRole('button', { name: 'Remove Item 1' }));
    await settle();
    expect(screen.getByRole('status')).toHaveTextContent('Not saved yet. The card needs at least one item');
  });
});
