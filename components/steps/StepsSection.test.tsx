import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultDeck } from '../../cards/default-deck';
import type { PanelView } from '../../cards/storage/preferences';
import type { Deck } from '../../cards/schema';
import { StepsSection } from './StepsSection';
import type { LibraryApi } from '../shell/use-library';

function renderSteps(deck: Deck, view: PanelView = { section: 'steps', glance: false }) {
  const updateView = vi.fn();
  const library = { deck } as unknown as LibraryApi;
  render(<StepsSection library={library} announce={vi.fn()} searchRequest={0} view={view} updateView={updateView} />);
  return { updateView };
}

describe('the steps screen', () => {
  it('opens on the first step with its cue, prompts and example', () => {
    renderSteps(defaultDeck);
    expect(screen.getByRole('heading', { level: 3, name: /Problem definition/ })).toBeInTheDocument();
    expect(screen.getByText('Ask yourself')).toBeInTheDocument();
    expect(screen.getByText('Worked example')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
  });

  it('shows the remembered step, marked current in the list', () => {
    renderSteps(defaultDeck, { section: 'steps', glance: false, stepId: 'levers' });
    expect(screen.getByRole('heading', { level: 3, name: /Leverage identification/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Leverage identification/ })).toHaveAttribute('aria-current', 'step');
  });

  it('moves with j and k, but not while typing in a field', () => {
    const { updateView } = renderSteps(defaultDeck);
    fireEvent.keyDown(document.body, { key: 'j' });
    expect(updateView).toHaveBeenLastCalledWith({ stepId: 'constraints' });
    const input = document.createElement('input');
    document.body.append(input);
    fireEvent.keyDown(input, { key: 'j' });
    expect(updateView).toHaveBeenCalledTimes(1);
    input.remove();
  });

  it('says what to do when a deck has no steps', () => {
    renderSteps({ id: 'empty', name: 'Empty', description: '', cards: [] });
    expect(screen.getByText(/This deck has no steps card/)).toBeInTheDocument();
  });
});
