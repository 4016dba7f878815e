import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { defaultDeck } from '../../cards/default-deck';
import { loadHistory } from '../../cards/rehearsal/history';
import { createSession, rehearsalSession } from '../../cards/rehearsal/session';
import { endTimer } from '../../cards/rehearsal/timer';
import { DEFAULT_PANEL_VIEW } from '../../cards/storage/preferences';
import { rememberedSpeakers } from '../../cards/transcript/remembered-speakers';
import { fixture } from '../../cards/transcript/transcript.fixtures';
import type { LibraryApi } from '../shell/use-library';
import { RehearseSection } from './RehearseSection';

const library = { deck: defaultDeck, activeId: 'default', library: { decks: [], quarantined: [] } } as unknown as LibraryApi;

/** A live-stream run that just ended, scored and saved from the section as a user does. */
async function saveARun() {
  const started = createSession({
    now: Date.now() - 60_000,
    lengthMs: 35 * 60_000,
    deckId: 'default',
    prompt: { id: 'prompt-live-stream', title: 'Live-stream event orchestration', question: 'Design it.' },
    steps: [{ id: 'problem', title: 'Problem' }],
    checkpoints: [],
    sound: false,
  });
  await rehearsalSession.setValue({ ...started, timer: endTimer(started.timer, Date.now()) });
  const updateView = vi.fn();
  const announce = vi.fn();
  render(<RehearseSection library={library} announce={announce} searchRequest={0} view={DEFAULT_PANEL_VIEW} updateView={updateView} offerUndo={vi.fn()} />);
  const user = userEvent.setup();
  await screen.findByRole('heading', { name: 'Score this rehearsal' });
  for (const signal of ['Impact awareness', 'Feasibility reasoning', 'Trade-off rigor']) {
    await user.click(within(screen.getByRole('group', { name: signal })).getByLabelText('3'));
  }
  await user.click(screen.getByRole('button', { name: 'Save to history' }));
  return { started, user, updateView, announce };
}

const vtt = (name = 'zoom.vtt') => new File([fixture(name)], name, { type: 'text/vtt' });

describe('transcript review in Rehearse', () => {
  it('takes a .vtt picked after a run, asks which speaker is you, and saves the review with the run', async () => {
    await rememberedSpeakers.setValue([]);
    const { started, user, updateView, announce } = await saveARun();
    await user.click(await screen.findByRole('button', { name: 'Review a transcript' }));
    await user.upload(await screen.findByLabelText('Transcript file', {}, { timeout: 5000 }), vtt());

    // Robin said the most, so Robin is offered first; the other speaker is one click away.
    const who = await screen.findByRole('group', { name: 'Which speaker is you?' });
    expect(within(who).getByRole('radio', { name: /^Robin Candidate/ })).toBeChecked();
    const report = await screen.findByTestId('review-report');
    expect(report).toHaveTextContent('A rule-based check of the words against your deck, not a judge of the answer.');
    expect(within(report).getByRole('table')).toHaveTextContent('Problem and hypothesis0:073:00');
    expect(within(report).getByTestId('signal-tradeoff')).toHaveTextContent('Heard Trade-off (a choice with its price) at 7:58');
    const weak = within(report).getAllByTestId('weak-phrasing')[1]!;
    expect(weak).toHaveTextContent("We'll use Kafka for streaming.");
    expect(weak).toHaveTextContent('Say instead Kafka, because at-least-once delivery');
    await user.click(within(weak).getByRole('button', { name: 'Open card: Judgment, not recommendation (Kafka)' }));
    expect(updateView).toHaveBeenCalledWith({ section: 'customize', editCardId: 'phr-kafka-judgment' });
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith('Review saved with this rehearsal.'));
    const [saved] = await loadHistory();
    expect(saved!.id).toBe(started.id);
    expect(saved!.review?.source).toEqual({ format: 'webvtt', fileName: 'zoom.vtt', speaker: 'Robin Candidate', skipped: 0 });
    expect(await rememberedSpeakers.getValue()).toEqual(['Robin Candidate']);

    // Picking the other speaker reviews again, and that is saved instead.
    await user.click(within(who).getByRole('radio', { name: /^Morgan Interviewer/ }));
    await vi.waitFor(async () => expect((await loadHistory())[0]!.review?.source.speaker).toBe('Morgan Interviewer'));

    await user.click(screen.getByRole('button', { name: 'Done' }));
    const line = await screen.findByText(/^Transcript: \d of 3 signals on time/);
    await user.click(within(line.parentElement!).getByRole('button', { name: 'Show review' }));
    expect(await screen.findByTestId('review-report')).toBeInTheDocument();
  });

  it('takes a file dropped anywhere on the panel for the run just saved, and says what was skipped', async () => {
    const { announce } = await saveARun();
    await screen.findByRole('button', { name: 'Review a transcript' });
    const files = [vtt('broken.vtt')];
    // The panel's drop, as a file manager makes it; the review (loaded lazily) then takes it.
    fireEvent.drop(document.body, { dataTransfer: { files, types: ['Files'] } });
    expect(await screen.findByTestId('review-report')).toHaveTextContent('2 unreadable cues skipped');
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith('Review saved with this rehearsal. 2 unreadable cues were skipped.'));
  });

  it('lets a deck file dropped after a run go on to the deck import', async () => {
    await saveARun();
    await screen.findByRole('button', { name: 'Review a transcript' });
    const deckFile = new File(['{"format":"sidecue-deck"}'], 'acme.json', { type: 'application/json' });
    const passedOn = vi.fn();
    document.addEventListener('drop', passedOn);
    fireEvent.drop(document.body, { dataTransfer: { files: [deckFile], types: ['Files'] } });
    document.removeEventListener('drop', passedOn);
    expect(passedOn).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('transcript-review')).toBeNull();
  });

  it('says in a sentence why a file cannot be reviewed, and reviews pasted notes without timing', async () => {
    const { user } = await saveARun();
    await user.click(await screen.findByRole('button', { name: 'Review a transcript' }));
    await user.upload(await screen.findByLabelText('Transcript file', {}, { timeout: 5000 }), new File([''], 'empty.vtt'));
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is empty: there are no words to review.');

    await user.click(screen.getByRole('button', { name: 'Paste text instead' }));
    await user.type(screen.getByLabelText('Transcript or notes'), "My hypothesis is that faster joins lift conversion by 2 %. We'll use Kafka for streaming.");
    await user.click(screen.getByRole('button', { name: 'Review this text' }));
    const report = await screen.findByTestId('review-report');
    expect(report).toHaveTextContent('This transcript has no times');
    expect(within(report).getByTestId('signal-impact')).toHaveTextContent('Heard Impact');
    expect(within(report).getByTestId('weak-phrasing')).toHaveTextContent("We'll use Kafka for streaming.");
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reviews a transcript on its own, saved nowhere, and copies it as Markdown', async () => {
    const announce = vi.fn();
    render(<RehearseSection library={library} announce={announce} searchRequest={0} view={DEFAULT_PANEL_VIEW} updateView={vi.fn()} offerUndo={vi.fn()} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Review a transcript on its own' }));
    await user.upload(await screen.findByLabelText('Transcript file', {}, { timeout: 5000 }), new File([fixture('otter.srt')], 'otter.srt'));
    const report = await screen.findByTestId('review-report');
    expect(report).toHaveTextContent('otter.srt · SRT captions · ');
    expect(announce).toHaveBeenCalledWith('Review ready. It belongs to no rehearsal, so copy it to keep it.');
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await navigator.clipboard.readText()).toMatch(/^### Transcript review\n/);
    expect(await loadHistory()).toEqual([]);
  });
});
