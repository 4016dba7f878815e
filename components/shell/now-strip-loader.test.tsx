import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultDeck } from '../../cards/default-deck';
import { DEFAULT_PANEL_VIEW } from '../../cards/storage/preferences';

// Each case starts as a panel does: its modules fresh, nothing loaded or read yet.
async function freshPanel() {
  const loader = await import('./now-strip-loader');
  const early = await import('./early-reads');
  const session = await import('../../cards/rehearsal/session');
  return { ...loader, ...early, ...session };
}

describe('the now strip before the first render', () => {
  beforeEach(() => vi.resetModules());

  it('is not loaded when no rehearsal is under way (most panels never need it)', async () => {
    const panel = await freshPanel();
    panel.preloadNowStripForRun();
    await panel.earlyReadsSettled();
    expect(panel.nowStripIfLoaded()).toBeUndefined();
  });

  it('is not loaded for a rehearsal that has ended', async () => {
    const panel = await freshPanel();
    const ended = panel.createSession({
      now: 1_000,
      lengthMs: 60_000,
      deckId: defaultDeck.id,
      prompt: { id: 'p', title: 'Prompt', question: 'Design it' },
      steps: [{ id: 's', title: 'Step' }],
      checkpoints: [],
      sound: false,
    });
    await panel.rehearsalSession.setValue({ ...ended, timer: { ...ended.timer, endedAt: 2_000 } });
    panel.preloadNowStripForRun();
    await panel.earlyReadsSettled();
    expect(panel.nowStripIfLoaded()).toBeUndefined();
  });

  it('is loaded, with the run read, by the time the first render may start, so it is in the first screen', async () => {
    const panel = await freshPanel();
    const steps = defaultDeck.cards.find((card) => card.kind === 'steps')!.steps;
    await panel.rehearsalSession.setValue(
      panel.createSession({
        now: Date.now(),
        lengthMs: 10 * 60_000,
        deckId: defaultDeck.id,
        prompt: { id: 'p', title: 'Prompt', question: 'Design it' },
        steps: steps.map(({ id, title }) => ({ id, title })),
        checkpoints: [],
        sound: false,
      }),
    );
    panel.preloadNowStripForRun();
    await panel.earlyReadsSettled();
    const NowStrip = panel.nowStripIfLoaded()!;
    expect(NowStrip).toBeTypeOf('function');
    render(<NowStrip deck={defaultDeck} view={DEFAULT_PANEL_VIEW} updateView={() => {}} announce={() => {}} />);
    // In the very first render: nothing arrives later to push the screen down.
    expect(screen.getByTestId('now-strip')).toHaveTextContent(steps[0]!.title);
  });
});
