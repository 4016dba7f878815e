import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { excalidrawClipboardSchema } from '../../cards/board/shapes/excalidraw-elements';
import { defaultDeck } from '../../cards/default-deck';
import type { PanelView } from '../../cards/storage/preferences';
import type { Deck } from '../../cards/schema';
import { StepsSection } from './StepsSection';
import type { LibraryApi } from '../shell/use-library';

function renderSteps(deck: Deck, view: PanelView = { section: 'steps', glance: false }) {
  const updateView = vi.fn();
  const library = { deck } as unknown as LibraryApi;
  render(<StepsSection library={library} announce={vi.fn()} searchRequest={0} view={view} updateView={updateView} offerUndo={() => {}} />);
  return { updateView };
}

describe('the steps screen', () => {
  it('opens on the first step with its cue, prompts and a folded example', () => {
    renderSteps(defaultDeck);
    expect(screen.getByRole('heading', { level: 3, name: /Problem definition/ })).toBeInTheDocument();
    expect(screen.getByText(/Lead with the user problem/)).toHaveClass('step-cue');
    expect(screen.getByText('Ask yourself')).toBeInTheDocument();
    expect(screen.getByText('Worked example').closest('details')).not.toHaveAttribute('open');
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
  });

  it('shows the step title once: the stepper carries numbers, the heading the title', () => {
    renderSteps(defaultDeck);
    const stepper = screen.getByRole('navigation', { name: 'Steps of the answer' });
    expect(within(stepper).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['1', '2', '3', '4']);
    expect(screen.getAllByText(/Problem definition/)).toHaveLength(1);
    expect(screen.queryByText(/Step 1 of 4/i)).not.toBeInTheDocument();
  });

  it('shows the remembered step, marked current in the stepper', () => {
    renderSteps(defaultDeck, { section: 'steps', glance: false, stepId: 'levers' });
    expect(screen.getByRole('heading', { level: 3, name: /Leverage identification/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Step 3: Leverage identification' })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('button', { name: 'Next step: Close: every lever → a business metric' })).toBeEnabled();
  });

  it('moves with the stepper and its arrows', () => {
    const { updateView } = renderSteps(defaultDeck);
    fireEvent.click(screen.getByRole('button', { name: 'Step 4: Close: every lever → a business metric' }));
    expect(updateView).toHaveBeenLastCalledWith({ stepId: 'close' });
    fireEvent.click(screen.getByRole('button', { name: /^Next step/ }));
    expect(updateView).toHaveBeenLastCalledWith({ stepId: 'constraints' });
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

  it('keeps Edit in the one overflow menu, which opens even when asked before it has loaded', async () => {
    const { updateView } = renderSteps(defaultDeck);
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
    // At once, before the menu's code is in: the button stands in, and the menu opens when it lands.
    fireEvent.click(screen.getByRole('button', { name: 'More actions for Three-Lens answer' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Edit these steps' }));
    expect(updateView).toHaveBeenLastCalledWith({ section: 'customize', glance: false, editCardId: 'three-lens' });
  });

  it('copies the four steps as shapes, as Mermaid and as text from the same menu, and says so', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void written.push(text) }, configurable: true });
    const announce = vi.fn();
    const library = { deck: defaultDeck } as unknown as LibraryApi;
    render(<StepsSection library={library} announce={announce} searchRequest={0} view={{ section: 'steps', glance: false }} updateView={vi.fn()} offerUndo={() => {}} />);
    const open = () => fireEvent.click(screen.getByRole('button', { name: 'More actions for Three-Lens answer' }));
    open();
    fireEvent.click(await screen.findByRole('menuitem', { name: /^Copy the steps for Excalidraw and tldraw/ }));
    await waitFor(() => expect(announce).toHaveBeenCalledWith('Copied as shapes for Excalidraw and tldraw'));
    const elements = excalidrawClipboardSchema.parse(JSON.parse(written[0]!)).elements;
    expect(elements.map((element) => element.type).sort()).toEqual([...Array(3).fill('arrow'), ...Array(4).fill('rectangle'), ...Array(4).fill('text')]);
    open();
    fireEvent.click(screen.getByRole('menuitem', { name: /^Copy the steps as Mermaid/ }));
    await waitFor(() => expect(announce).toHaveBeenCalledWith('Copied as Mermaid'));
    expect(written[1]).toMatch(/^flowchart LR\n/);
    open();
    fireEvent.click(screen.getByRole('menuitem', { name: /^Copy the steps as text/ }));
    await waitFor(() => expect(announce).toHaveBeenCalledWith('Copied as text'));
    expect(written[2]).toContain('1 · Problem definition: Lead with the user problem');
  });

  it('in glance mode shows the stepper, the title and the cue, nothing else', () => {
    renderSteps(defaultDeck, { section: 'steps', glance: true });
    expect(screen.getByRole('navigation', { name: 'Steps of the answer' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /Problem definition/ })).toBeInTheDocument();
    expect(screen.getByText(/Lead with the user problem/)).toBeInTheDocument();
    expect(screen.queryByText('Ask yourself')).not.toBeInTheDocument();
    expect(screen.queryByText('Worked example')).not.toBeInTheDocument();
    expect(screen.queryByText('Signals and pacing')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /More actions/ })).not.toBeInTheDocument();
  });

  it('says what to do when a deck has no steps', () => {
    renderSteps({ id: 'empty', name: 'Empty', description: '', cards: [] });
    expect(screen.getByText(/This deck has no steps card/)).toBeInTheDocument();
  });
});
