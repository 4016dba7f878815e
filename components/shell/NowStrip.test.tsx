import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { defaultDeck } from '../../cards/default-deck';
import { createSession, readSession, rehearsalSession } from '../../cards/rehearsal/session';
import type { StepsCard } from '../../cards/schema';
import { DEFAULT_PANEL_VIEW, type PanelView } from '../../cards/storage/preferences';
import { NowStrip } from './NowStrip';

const steps = defaultDeck.cards.find((card): card is StepsCard => card.kind === 'steps')!.steps;

function Panel({ glance = false }: { glance?: boolean }) {
  const [view, setView] = useState<PanelView>({ ...DEFAULT_PANEL_VIEW, glance });
  return <NowStrip deck={defaultDeck} view={view} updateView={(patch) => setView((current) => ({ ...current, ...patch }))} announce={() => {}} />;
}

async function startRun() {
  await rehearsalSession.setValue(
    createSession({
      now: Date.now(),
      lengthMs: 10 * 60_000,
      deckId: defaultDeck.id,
      prompt: { id: 'p', title: 'Prompt', question: 'Design it' },
      steps: steps.map(({ id, title }) => ({ id, title })),
      checkpoints: [{ stepId: steps[0]!.id, label: steps[0]!.title, atMs: 60_000 }],
      sound: false,
    }),
  );
}

describe('the now strip', () => {
  it('stays away while no rehearsal runs', async () => {
    render(<Panel />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('now-strip')).not.toBeInTheDocument();
  });

  it('shows the step, its cue, the time left and its checkpoint; one click moves on', async () => {
    await startRun();
    render(<Panel />);
    const strip = await screen.findByTestId('now-strip');
    expect(strip).toHaveTextContent(steps[0]!.title);
    expect(screen.getByTestId('now-cue')).toHaveTextContent(steps[0]!.cue);
    expect(screen.getByTestId('now-time')).toHaveTextContent(/^(10:00|9:5\d) left$/);
    expect(strip).toHaveTextContent(/due in (1:00|0:59)/);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Step done' }));
    await waitFor(() => expect(strip).toHaveTextContent(steps[1]!.title));
    const stored = readSession(await rehearsalSession.getValue());
    expect(stored?.stepsDone[steps[0]!.id]).toBeTypeOf('number');
  });

  it('says every step is done after the last one, with no stale step, cue or Next left', async () => {
    await startRun();
    render(<Panel />);
    const strip = await screen.findByTestId('now-strip');
    const user = userEvent.setup();
    for (const step of steps) {
      await waitFor(() => expect(strip).toHaveTextContent(step.title));
      await user.click(screen.getByRole('button', { name: 'Step done' }));
    }
    await waitFor(() => expect(strip).toHaveTextContent('Every step is done'));
    expect(screen.queryByRole('button', { name: 'Step done' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('now-cue')).not.toBeInTheDocument();
    expect(screen.getByTestId('now-time')).toHaveTextContent(/left$/);
  });

  it('answers d from anywhere in the panel, and keeps only the clock in glance mode', async () => {
    await startRun();
    render(<Panel glance />);
    const strip = await screen.findByTestId('now-strip');
    expect(screen.queryByTestId('now-cue')).not.toBeInTheDocument();
    // The step fills the screen below in glance mode: the strip keeps to the clock.
    expect(strip.querySelector('.now-step')).toBeNull();
    expect(screen.getByTestId('now-time')).toBeInTheDocument();
    // The strip appears after an async storage read, outside act(), so its key
    // binding (a passive effect) may not have run yet when findByTestId sees it:
    // flush effects first, or a slow machine presses `d` before anyone listens.
    await act(async () => {});
    fireEvent.keyDown(document.body, { key: 'd' });
    await waitFor(async () => expect(readSession(await rehearsalSession.getValue())?.stepsDone[steps[0]!.id]).toBeTypeOf('number'));
  });

  it('says at once when storage refuses the step, and keeps the run moving in the panel', async () => {
    await startRun();
    render(<Panel />);
    const strip = await screen.findByTestId('now-strip');
    const refuse = vi.spyOn(rehearsalSession, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Step done' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/kept in this panel until it can be saved; do not reload/);
    expect(strip).toHaveTextContent(steps[1]!.title);
    refuse.mockRestore();
  });
});
