import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { followUpFills } from '../../cards/storage/follow-up-fills';
import { defaultDeck } from '../../cards/default-deck';
import type { LibraryApi } from '../shell/use-library';
import { FollowUpSection } from './FollowUpSection';
import type { UndoOffer } from '../shared/UndoToast';

const offerUndo = vi.fn<(offer: UndoOffer) => void>();

function renderFollowUps(updateView = vi.fn()) {
  const library = { deck: defaultDeck } as unknown as LibraryApi;
  return render(
    <FollowUpSection
      library={library}
      announce={vi.fn()}
      searchRequest={0}
      view={{ section: 'follow-ups', glance: false }}
      updateView={updateView} offerUndo={offerUndo}
    />,
  );
}

const sentence = () => screen.getByRole('group', { name: /^Ready to say/ });

describe('follow-ups that speak first', () => {
  it('shows the ready sentence first, filled with the worked example', () => {
    renderFollowUps();
    expect(sentence()).toHaveTextContent(
      'If cache invalidation breaks during a flash sale, we switch to write-through, logging every event, then run a compensating transaction within 30 seconds;',
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy sentence' })).toBeInTheDocument();
    // The template's shape, compact.
    expect(screen.getByText(/Failure → Fallback → Compensating action → Bounded impact/)).toBeInTheDocument();
  });

  it('edits a blank in place: the sentence changes as the user types', () => {
    renderFollowUps();
    fireEvent.click(within(sentence()).getByRole('button', { name: 'Time bound: 30 seconds' }));
    const box = within(sentence()).getByRole('textbox', { name: 'Time bound' });
    expect(box).toHaveFocus();
    expect(box).toHaveValue('30 seconds');
    expect(box).toHaveAccessibleDescription(/How fast the compensation runs/);
    fireEvent.change(box, { target: { value: '45 seconds' } });
    expect(sentence()).not.toHaveTextContent('30 seconds');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(sentence()).toHaveTextContent('run a compensating transaction within 45 seconds;');
    expect(within(sentence()).getByRole('button', { name: 'Time bound: 45 seconds' })).toHaveFocus();
  });

  it('keeps the words typed into a blank on this device: leaving the section or reopening the panel finds them', async () => {
    const first = renderFollowUps();
    fireEvent.click(within(sentence()).getByRole('button', { name: 'Time bound: 30 seconds' }));
    const box = within(sentence()).getByRole('textbox', { name: 'Time bound' });
    for (const typed of ['4', '45', '45 s', '45 seconds']) fireEvent.change(box, { target: { value: typed } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await vi.waitFor(async () => expect(JSON.stringify(await followUpFills.getValue())).toContain('45 seconds'));
    first.unmount();

    renderFollowUps();
    expect(await within(sentence()).findByRole('button', { name: 'Time bound: 45 seconds' })).toBeInTheDocument();
    // Back to the worked example leaves nothing stored for it, and Undo brings the words back.
    fireEvent.click(screen.getByRole('button', { name: /^More actions for/ }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Back to the worked example' }));
    expect(sentence()).toHaveTextContent('within 30 seconds;');
    await vi.waitFor(async () => expect(await followUpFills.getValue()).toEqual({}));
    expect(offerUndo).toHaveBeenCalledWith(expect.objectContaining({ message: 'Back to the worked example' }));
    await act(() => offerUndo.mock.calls.at(-1)![0].undo());
    expect(sentence()).toHaveTextContent('within 45 seconds;');
    await vi.waitFor(async () => expect(JSON.stringify(await followUpFills.getValue())).toContain('45 seconds'));
  });

  it('keeps two windows’ words in different blanks of one sentence: neither writes over the other', async () => {
    const windows = [0, 1].map(() => {
      const container = document.body.appendChild(document.createElement('div'));
      render(
        <FollowUpSection
          library={{ deck: defaultDeck } as unknown as LibraryApi}
          announce={vi.fn()}
          searchRequest={0}
          view={{ section: 'follow-ups', glance: false }}
          updateView={vi.fn()}
          offerUndo={vi.fn()}
        />,
        { container },
      );
      return within(within(container).getByRole('group', { name: /^Ready to say/ }));
    });
    const fill = (window: (typeof windows)[number], blank: RegExp, name: string, value: string) => {
      fireEvent.click(window.getByRole('button', { name: blank }));
      const box = window.getByRole('textbox', { name });
      fireEvent.change(box, { target: { value } });
      fireEvent.keyDown(box, { key: 'Enter' });
    };
    fill(windows[0]!, /^Time bound/, 'Time bound', '45 seconds');
    fill(windows[1]!, /^Average order value/, 'Average order value', '$60');
    await vi.waitFor(async () => {
      const stored = JSON.stringify(await followUpFills.getValue());
      expect(stored).toContain('45 seconds');
      expect(stored).toContain('$60');
    });
  });

  it('puts the words back on Esc, and the example back when a blank is emptied', () => {
    renderFollowUps();
    // By keyboard: a blank is a button that Enter opens.
    fireEvent.keyDown(within(sentence()).getByRole('button', { name: /^Average order value/ }), { key: 'Enter' });
    const box = within(sentence()).getByRole('textbox', { name: 'Average order value' });
    fireEvent.change(box, { target: { value: '$60' } });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(sentence()).toHaveTextContent('at a $45 average order');

    fireEvent.click(within(sentence()).getByRole('button', { name: /^Average order value/ }));
    fireEvent.change(within(sentence()).getByRole('textbox', { name: 'Average order value' }), { target: { value: '' } });
    fireEvent.blur(within(sentence()).getByRole('textbox', { name: 'Average order value' }));
    expect(sentence()).toHaveTextContent('at a $45 average order');
  });

  it('switches the kind of follow-up with one compact choice', () => {
    renderFollowUps();
    fireEvent.change(screen.getByRole('combobox', { name: 'Follow-up' }), { target: { value: 'cost' } });
    expect(sentence()).toHaveTextContent('$12,800');
    expect(sentence()).toHaveAccessibleName('Ready to say: Monthly cost');
  });

  it('"answer with" opens the variant, its sentence focused', async () => {
    renderFollowUps();
    const question = screen.getByRole('button', { name: /What if a market starts requiring data residency\?.*Answer with: Regulatory/ });
    expect(screen.queryByText(/^Answer with:/, { selector: ':not(.visually-hidden)' })).not.toBeInTheDocument();
    fireEvent.click(question);
    expect(screen.getByRole('combobox', { name: 'Follow-up' })).toHaveValue('regulatory');
    expect(sentence()).toHaveTextContent('20 ms');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(sentence()).toHaveFocus();
  });

  it('keeps Edit in the overflow menu', () => {
    const updateView = vi.fn();
    renderFollowUps(updateView);
    fireEvent.click(screen.getByRole('button', { name: 'More actions for Follow-up answer template' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Edit template' }));
    expect(updateView).toHaveBeenLastCalledWith({ section: 'customize', editCardId: 'follow-up-template' });
  });
});
