import { storage } from '@wxt-dev/storage';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PANEL_VIEW } from '../../cards/storage/preferences';
import { defaultDeck } from '../../cards/default-deck';
import { readSession, rehearsalSession } from '../../cards/rehearsal/session';
import { RehearseSection } from './RehearseSection';
import type { LibraryApi } from '../shell/use-library';

const library = { deck: defaultDeck, activeId: 'default', library: { decks: [], quarantined: [] } } as unknown as LibraryApi;

function renderSection() {
  const updateView = vi.fn();
  render(
    <RehearseSection library={library} announce={() => {}} searchRequest={0} view={DEFAULT_PANEL_VIEW} updateView={updateView} />,
  );
  return { updateView };
}

describe('Rehearse section', () => {
  it('opens on the setup form even with garbage in every rehearsal key', async () => {
    await storage.setItem('local:rehearsalSession', { timer: 'broken' });
    await storage.setItem('local:rehearsalHistory', 'not a list');
    await storage.setItem('local:rehearsalSettings', 42);
    renderSection();
    expect(await screen.findByRole('button', { name: 'Start rehearsal' })).toBeInTheDocument();
    expect(screen.getByLabelText('Length in minutes')).toHaveValue(35);
    expect(screen.getByLabelText('1 · Problem definition')).toHaveValue(3);
    expect(await screen.findByText(/No rehearsals yet/)).toBeInTheDocument();
  });

  it('refuses a checkpoint later than the rehearsal', async () => {
    renderSection();
    const user = userEvent.setup();
    const length = await screen.findByLabelText('Length in minutes');
    await user.clear(length);
    await user.type(length, '1');
    await user.click(screen.getByRole('button', { name: 'Start rehearsal' }));
    expect(screen.getByRole('alert')).toHaveTextContent('1 · Problem definition');
    expect(readSession(await rehearsalSession.getValue())).toBeNull();
  });

  it('starts a rehearsal, puts the panel on the first step and records a step as done', async () => {
    const { updateView } = renderSection();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start rehearsal' }));
    expect(updateView).toHaveBeenCalledWith({ stepId: 'problem' });
    expect(await screen.findByRole('group', { name: /Timer/ })).toBeInTheDocument();
    const steps = screen.getByRole('region', { name: /Steps/ });
    await user.click(within(steps).getByRole('checkbox', { name: '1 · Problem definition' }));
    const stored = readSession(await rehearsalSession.getValue());
    expect(stored?.stepsDone.problem).toBeGreaterThanOrEqual(0);
    expect(stored?.timer.lengthMs).toBe(35 * 60_000);
  });
});
