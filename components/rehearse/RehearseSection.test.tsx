import { storage } from '@wxt-dev/storage';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PANEL_VIEW } from '../../cards/storage/preferences';
import { defaultDeck } from '../../cards/default-deck';
import { createSession, readSession, rehearsalSession } from '../../cards/rehearsal/session';
import { endTimer } from '../../cards/rehearsal/timer';
import { readRehearsalSettings, rehearsalSettings } from '../../cards/rehearsal/settings';
import { loadHistory, rehearsalHistory } from '../../cards/rehearsal/history';
import { sampleRecord } from '../../cards/rehearsal/sample-record.fixtures';
import { excalidrawClipboardSchema } from '../../cards/board/shapes/excalidraw-elements';
import { RehearseSection } from './RehearseSection';
import type { SectionProps } from '../shared/section-props';
import { useUndoOffer } from '../shared/use-undo-offer';
import type { LibraryApi } from '../shell/use-library';

/** The section as the panel shows it, with the panel's one Undo. */
function Rehearse(props: Omit<SectionProps, 'offerUndo'>) {
  const { offerUndo, toast } = useUndoOffer(props.announce);
  return (
    <>
      <RehearseSection {...props} offerUndo={offerUndo} />
      {toast}
    </>
  );
}

const library = { deck: defaultDeck, activeId: 'default', library: { decks: [], quarantined: [] } } as unknown as LibraryApi;

function renderSection() {
  const updateView = vi.fn();
  const announce = vi.fn();
  render(
    <Rehearse library={library} announce={announce} searchRequest={0} view={DEFAULT_PANEL_VIEW} updateView={updateView} />,
  );
  return { updateView, announce };
}

/** A run that just ended, waiting for its scores, open in two panel windows A and B. */
async function twoWindowsScoringOneRun() {
  const started = createSession({
    now: Date.now() - 60_000,
    lengthMs: 35 * 60_000,
    deckId: 'default',
    prompt: { id: 'p', title: 'Flash sale', question: 'Design it.' },
    steps: [{ id: 'problem', title: 'Problem' }],
    checkpoints: [],
    sound: false,
  });
  await rehearsalSession.setValue({ ...started, timer: endTimer(started.timer, Date.now()) });
  const [a, b] = [0, 1].map(() => {
    const container = document.body.appendChild(document.createElement('div'));
    render(<Rehearse library={library} announce={vi.fn()} searchRequest={0} view={DEFAULT_PANEL_VIEW} updateView={vi.fn()} />, { container });
    return within(container);
  }) as [ReturnType<typeof within>, ReturnType<typeof within>];
  return { started, a, b };
}

describe('Rehearse section', () => {
  it('opens on the setup form even with garbage in every rehearsal key', async () => {
    await storage.setItem('local:rehearsalSession', { timer: 'broken' });
    await storage.setItem('local:rehearsalHistory', 'not a list');
    await storage.setItem('local:rehearsalSettings', 42);
    renderSection();
    expect(await screen.findByRole('button', { name: 'Start rehearsal' })).toBeInTheDocument();
    expect(screen.getByLabelText('Length in minutes')).toHaveValue(35);
    expect(screen.getByLabelText('1 · Problem definition')).toHaveValue('3:00');
    expect(await screen.findByText(/No rehearsals yet/)).toBeInTheDocument();
  });

  it('fits the default checkpoints to a short run, and refuses a time typed past its end', async () => {
    renderSection();
    const user = userEvent.setup();
    const length = await screen.findByLabelText('Length in minutes');
    await user.clear(length);
    await user.type(length, '5');
    const first = screen.getByLabelText('1 · Problem definition');
    expect([first, screen.getByLabelText('2 · Constraint articulation'), screen.getByLabelText('3 · Leverage identification')].map((field) => (field as HTMLInputElement).value)).toEqual(['1:30', '3:00', '5:00']);
    await user.clear(first);
    await user.type(first, '6:00');
    await user.click(screen.getByRole('button', { name: 'Start rehearsal' }));
    expect(screen.getByRole('alert')).toHaveTextContent('1 · Problem definition');
    expect(readSession(await rehearsalSession.getValue())).toBeNull();
    // Back to the defaults, which follow the length again.
    await user.click(screen.getByRole('button', { name: 'Reset to the defaults' }));
    await user.click(screen.getByRole('button', { name: 'Start rehearsal' }));
    await waitFor(async () => expect(readSession(await rehearsalSession.getValue())?.checkpoints.map((entry) => entry.atMs)).toEqual([90_000, 180_000, 300_000]));
  });

  it('names every problem at one press of Start: the length and an unreadable checkpoint together', async () => {
    renderSection();
    const user = userEvent.setup();
    const length = await screen.findByLabelText('Length in minutes');
    await user.clear(length);
    await user.type(length, '0');
    const problem = screen.getByLabelText('1 · Problem definition');
    await user.clear(problem);
    await user.type(problem, 'soon');
    await user.click(screen.getByRole('button', { name: 'Start rehearsal' }));
    const alert = screen.getAllByRole('alert').find((element) => element.classList.contains('rehearse-problem'))!;
    expect(alert).toHaveTextContent('Length must be between 0.25 and 240 minutes.');
    expect(alert).toHaveTextContent('Check the checkpoint for "1 · Problem definition"');
    expect(problem).toHaveAttribute('aria-invalid', 'true');
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

    // Every step ticked: the timer card says so, not the last step as if still to do.
    for (const box of within(steps).getAllByRole('checkbox')) if (!(box as HTMLInputElement).checked) await user.click(box);
    const timer = screen.getByRole('group', { name: /Timer/ });
    await waitFor(() => expect(timer).toHaveTextContent('Every step is done'));
    expect(timer).not.toHaveTextContent('4 · Close');
  });

  it('copies the practice prompt under way as its hypothesis and levers in boxes, by keyboard', async () => {
    await rehearsalSettings.setValue({ lengthMinutes: 35, checkpoints: [], sound: false, promptId: 'prompt-flash-sale' });
    const { announce } = renderSection();
    // user-event puts a clipboard of its own on navigator; the test reads what the panel wrote there.
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start rehearsal' }));
    const prompt = defaultDeck.cards.find((card) => card.id === 'prompt-flash-sale' && card.kind === 'prompt')!;
    const menu = await screen.findByRole('button', { name: /^Copy the prompt / });
    menu.focus();
    await user.keyboard('{Enter}');
    expect(screen.getAllByRole('menuitem').map((item) => item.querySelector('.overflow-menu-label')?.firstChild?.textContent)).toEqual([
      'Copy for Excalidraw and tldraw',
      'Copy as Mermaid',
      'Copy as text',
    ]);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(announce).toHaveBeenCalledWith('Copied as shapes for Excalidraw and tldraw'));
    const elements = excalidrawClipboardSchema.parse(JSON.parse(await navigator.clipboard.readText())).elements;
    expect(elements.filter((element) => element.type === 'arrow')).toHaveLength(prompt.kind === 'prompt' ? prompt.levers.length : -1);
    expect(menu).toHaveFocus();
  });

  it('sets checkpoints in minutes and seconds and stores them as seconds, as before', async () => {
    // A plan saved by the old decimal-minute form (0.5 minutes) reads back as 0:30.
    await rehearsalSettings.setValue({ lengthMinutes: 5, checkpoints: [{ stepId: 'problem', atSeconds: 30 }], sound: false, promptId: 'surprise' });
    renderSection();
    const user = userEvent.setup();
    const problem = await screen.findByLabelText('1 · Problem definition');
    expect(problem).toHaveValue('0:30');
    expect(screen.getByLabelText('2 · Constraint articulation')).toHaveValue('');
    await user.clear(problem);
    await user.type(problem, '1:45');
    await user.type(screen.getByLabelText('2 · Constraint articulation'), '3');
    await user.click(screen.getByRole('button', { name: 'Start rehearsal' }));
    const settings = readRehearsalSettings(await rehearsalSettings.getValue());
    expect(settings.checkpoints).toEqual([
      { stepId: 'problem', atSeconds: 105 },
      { stepId: 'constraints', atSeconds: 180 },
    ]);
    expect(readSession(await rehearsalSession.getValue())?.checkpoints.map((entry) => entry.atMs)).toEqual([105_000, 180_000]);
  });

  it('remembers the choices as they are made, so leaving the section before Start keeps them; an invalid one is not stored', async () => {
    const first = render(<Rehearse library={library} announce={vi.fn()} searchRequest={0} view={DEFAULT_PANEL_VIEW} updateView={vi.fn()} />);
    const user = userEvent.setup();
    const length = await screen.findByLabelText('Length in minutes');
    await user.clear(length);
    await user.type(length, '20');
    await user.click(screen.getByLabelText('Soft sound when a checkpoint passes'));
    await user.selectOptions(screen.getByLabelText('Practice prompt'), defaultDeck.cards.find((card) => card.kind === 'prompt')!.id);
    await user.type(screen.getByLabelText('2 · Constraint articulation'), '9:99');
    await waitFor(async () => expect(readRehearsalSettings(await rehearsalSettings.getValue())).toMatchObject({ lengthMinutes: 20, sound: true }));
    // A field still wrong holds nothing else back: the length changed after it is remembered too.
    await user.clear(length);
    await user.type(length, '25');
    await waitFor(async () => expect(readRehearsalSettings(await rehearsalSettings.getValue())).toMatchObject({ lengthMinutes: 25 }));
    first.unmount();

    renderSection();
    expect(await screen.findByLabelText('Length in minutes')).toHaveValue(25);
    expect(screen.getByLabelText('Soft sound when a checkpoint passes')).toBeChecked();
    expect(screen.getByLabelText('Practice prompt')).toHaveValue(defaultDeck.cards.find((card) => card.kind === 'prompt')!.id);
    // "9:99" never stood as a choice: the last valid plan did.
    expect(screen.getByLabelText('2 · Constraint articulation')).not.toHaveValue('9:99');
  });

  it('says which checkpoint cannot be read, beside it, and starts nothing', async () => {
    renderSection();
    const user = userEvent.setup();
    const constraints = await screen.findByLabelText('2 · Constraint articulation');
    await user.clear(constraints);
    await user.type(constraints, '0.5');
    await user.click(screen.getByRole('button', { name: 'Start rehearsal' }));
    expect(constraints).toHaveAttribute('aria-invalid', 'true');
    expect(constraints).toHaveAccessibleDescription('Write minutes and seconds, like 2:30, or leave it blank.');
    expect(screen.getByLabelText('1 · Problem definition')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('2 · Constraint articulation');
    expect(readSession(await rehearsalSession.getValue())).toBeNull();
    // Editing the field takes its message away.
    await user.clear(constraints);
    await user.type(constraints, '6:00');
    expect(constraints).not.toHaveAttribute('aria-invalid');
  });

  it('discards an ended run in one click, and Undo brings it back', async () => {
    const { announce } = renderSection();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start rehearsal' }));
    await user.click(await screen.findByRole('button', { name: 'End and score' }));
    const started = readSession(await rehearsalSession.getValue());
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    expect(await screen.findByRole('button', { name: 'Start rehearsal' })).toBeInTheDocument();
    expect(readSession(await rehearsalSession.getValue())).toBeNull();
    expect(await screen.findByText('Rehearsal discarded')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { name: 'Score this rehearsal' })).toBeInTheDocument();
    expect(readSession(await rehearsalSession.getValue())).toEqual(started);
    expect(announce).toHaveBeenCalledWith('Undone');
  });

  it("deletes a past run from its row's menu, and Undo puts it back", async () => {
    // Laid out as releases before issue 18 kept it (one list): the panel moves it to one record per run.
    await rehearsalHistory.setValue([sampleRecord, { ...sampleRecord, id: 'r2', startedAt: sampleRecord.startedAt + 3_600_000 }]);
    renderSection();
    const user = userEvent.setup();
    const rows = await screen.findAllByTestId('rehearsal-row');
    expect(rows).toHaveLength(2);
    // One action in view per row; the rest wait in its menu.
    expect(within(rows[0]!).getAllByRole('button').map((button) => button.textContent?.trim() || button.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Copy/),
      expect.stringMatching(/^More actions for/),
    ]);
    await user.click(within(rows[0]!).getByRole('button', { name: /More actions for/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete from history' }));
    await vi.waitFor(async () => expect((await loadHistory()).map((record) => record.id)).toEqual(['r1']));
    expect(await screen.findAllByTestId('rehearsal-row')).toHaveLength(1);
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await vi.waitFor(async () => expect((await loadHistory()).map((record) => record.id)).toEqual(['r1', 'r2']));
    expect(await screen.findAllByTestId('rehearsal-row')).toHaveLength(2);
  });

  it('two windows score one run: A saves, B\'s note being typed stays, and B\'s save says what A had', async () => {
    const { started, a, b } = await twoWindowsScoringOneRun();
    const user = userEvent.setup();
    const score = async (view: typeof a, values: [number, number, number]) => {
      for (const [index, signal] of ['Impact awareness', 'Feasibility reasoning', 'Trade-off rigor'].entries()) {
        await user.click(within(view.getByRole('group', { name: signal })).getByLabelText(String(values[index])));
      }
    };

    await b.findByRole('heading', { name: 'Score this rehearsal' });
    await user.type(b.getByLabelText('Note (optional)'), 'B is still typing');
    await a.findByRole('heading', { name: 'Score this rehearsal' });
    await score(a, [4, 3, 2]);
    await user.type(a.getByLabelText('Note (optional)'), 'From A');
    await user.click(a.getByRole('button', { name: 'Save to history' }));

    await vi.waitFor(async () => expect(readSession(await rehearsalSession.getValue())).toBeNull());
    await a.findByRole('button', { name: 'Start rehearsal' });
    // B's form and its half-typed note are still there, and B is told why.
    expect(b.getByLabelText('Note (optional)')).toHaveValue('B is still typing');
    expect(b.getByRole('status')).toHaveTextContent('Another window has saved or put away this rehearsal');

    await score(b, [5, 3, 2]);
    await user.click(b.getByRole('button', { name: 'Save to history' }));
    expect(await b.findByText(/^Saved\. Another window scored this rehearsal/)).toHaveTextContent(
      'impact awareness was 4; the note was “From A”',
    );
    await vi.waitFor(async () =>
      expect(await loadHistory()).toEqual([expect.objectContaining({ id: started.id, scores: { impact: 5, feasibility: 3, tradeoff: 2 }, note: 'B is still typing' })]),
    );
  });

  it("B's kept draft outlives A's next run: saving it leaves A's run running", async () => {
    const { started, a, b } = await twoWindowsScoringOneRun();
    const user = userEvent.setup();
    await b.findByRole('heading', { name: 'Score this rehearsal' });
    await user.type(b.getByLabelText('Note (optional)'), 'Kept in B');
    // A puts the run away and starts the next one.
    await user.click(await a.findByRole('button', { name: 'Discard' }));
    await user.click(await a.findByRole('button', { name: 'Start rehearsal' }));
    await vi.waitFor(async () => expect(readSession(await rehearsalSession.getValue())?.id).not.toBe(started.id));
    const next = readSession(await rehearsalSession.getValue());
    expect(b.getByLabelText('Note (optional)')).toHaveValue('Kept in B');
    expect(b.queryByRole('button', { name: 'Continue rehearsing' })).toBeNull();
    for (const signal of ['Impact awareness', 'Feasibility reasoning', 'Trade-off rigor']) {
      await user.click(within(b.getByRole('group', { name: signal })).getByLabelText('3'));
    }
    await user.click(b.getByRole('button', { name: 'Save to history' }));
    await vi.waitFor(async () => expect((await loadHistory()).map((record) => [record.id, record.note])).toEqual([[started.id, 'Kept in B']]));
    expect(readSession(await rehearsalSession.getValue())).toEqual(next);
  });
});
