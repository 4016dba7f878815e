import { useEffect, useId, useRef, useState } from 'react';
import { attachReview, type RehearsalRecord } from '../../cards/rehearsal/history';
import type { Deck } from '../../cards/schema';
import { readTranscriptFile, readTranscriptText } from '../../cards/transcript/read-transcript';
import { likelySpeaker, readSpeakers, rememberedSpeakers, rememberSpeaker } from '../../cards/transcript/remembered-speakers';
import { reviewTranscript } from '../../cards/transcript/review';
import { rulesFromDeck } from '../../cards/transcript/review-rules';
import type { TranscriptReview } from '../../cards/transcript/review-schema';
import { listSpeakers } from '../../cards/transcript/speakers';
import type { TranscriptResult } from '../../cards/transcript/utterance';
import { ReviewReport } from './ReviewReport';
import { transcriptReviewToMarkdown } from '../../cards/rehearsal/markdown';
import { copyText } from '../shared/copy-text';
import './TranscriptReviewPanel.css';

interface Props {
  /** The run the review belongs to and is saved with; none for a transcript reviewed on its own. */
  record: RehearsalRecord | undefined;
  deck: Deck;
  /** A file dropped on the panel for this run; a new object each drop. */
  dropped: File | undefined;
  announce(message: string): void;
  openCard(cardId: string): void;
  onClose(): void;
}

type Read = Extract<TranscriptResult, { ok: true }> & { fileName?: string };

/**
 * Review a transcript of one rehearsal: a file dropped on the panel or
 * picked, or pasted text. Several speakers: the user says which one is them
 * (remembered by name), and changing it reviews again. Each review is saved
 * with the run at once; nothing leaves the device.
 */
export function TranscriptReviewPanel({ record, deck, dropped, announce, openCard, onClose }: Props) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string>();
  const [read, setRead] = useState<Read>();
  const [speaker, setSpeaker] = useState<string>();
  const [review, setReview] = useState<TranscriptReview>();
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const speakers = read ? listSpeakers(read.utterances) : [];

  const run = async (next: Read, who: string | undefined) => {
    const result = reviewTranscript({
      ...next,
      speaker: who,
      rules: rulesFromDeck(deck, record?.promptId),
      ...(record ? { checkpoints: record.checkpoints } : {}),
      ...(next.fileName ? { fileName: next.fileName } : {}),
      now: Date.now(),
    });
    setSpeaker(who);
    if (!result.ok) {
      setReview(undefined);
      setProblem(result.error);
      return;
    }
    setProblem(undefined);
    setReview(result.review);
    if (who) rememberSpeaker(who).catch((error: unknown) => console.warn('Sidecue: could not remember the speaker', error));
    if (!record) {
      announce('Review ready. It belongs to no rehearsal, so copy it to keep it.');
      return;
    }
    try {
      const saved = await attachReview(record.id, result.review);
      const skipped = next.skipped > 0 ? ` ${next.skipped} unreadable ${next.skipped === 1 ? 'cue was' : 'cues were'} skipped.` : '';
      announce(saved ? `Review saved with this rehearsal.${skipped}` : 'This rehearsal is no longer in the history; the review was not saved.');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Could not save the review.');
    }
  };

  const take = async (result: TranscriptResult, fileName?: string) => {
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    const next: Read = { ...result, ...(fileName ? { fileName } : {}) };
    setRead(next);
    setPasting(false);
    const remembered = readSpeakers(await rememberedSpeakers.getValue().catch(() => []));
    await run(next, likelySpeaker(listSpeakers(next.utterances), remembered));
  };

  const copyReview = async (made: TranscriptReview) => {
    try {
      await copyText(transcriptReviewToMarkdown(made));
      announce('Review copied as Markdown');
    } catch {
      announce('Could not copy the review');
    }
  };

  const takeFile = async (file: File) => take(await readTranscriptFile(file), file.name);

  useEffect(() => {
    if (dropped) void takeFile(dropped);
    // Each drop is a new File: this runs once per drop.
  }, [dropped]);

  return (
    <section className="transcript-review" aria-labelledby={`${id}-title`} data-testid="transcript-review">
      <div className="transcript-review-head">
        <h5 id={`${id}-title`}>Transcript review</h5>
        <button type="button" className="rehearse-quiet-button" onClick={onClose}>
          {review ? 'Done' : 'Cancel'}
        </button>
      </div>
      {!review && (
        <div className="transcript-drop">
          <p>Drop the call’s transcript on the panel (.vtt, .srt, .sbv or .txt), or</p>
          <div className="transcript-actions">
            <button type="button" className="rehearse-primary" onClick={() => fileInput.current?.click()}>
              Choose a file
            </button>
            <button type="button" className="rehearse-quiet-button" aria-expanded={pasting} onClick={() => setPasting(!pasting)}>
              Paste text instead
            </button>
          </div>
        </div>
      )}
      <input
        ref={fileInput}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Transcript file"
        accept=".vtt,.srt,.sbv,.txt,text/vtt,text/plain"
        data-testid="transcript-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void takeFile(file);
        }}
      />
      {pasting && (
        <form
          className="transcript-paste"
          onSubmit={(event) => {
            event.preventDefault();
            void take(readTranscriptText(pasted));
          }}
        >
          <label htmlFor={`${id}-paste`}>Transcript or notes</label>
          <textarea id={`${id}-paste`} rows={6} value={pasted} onChange={(event) => setPasted(event.target.value)} />
          <button type="submit" className="rehearse-primary">
            Review this text
          </button>
        </form>
      )}
      {problem && (
        <p role="alert" className="rehearse-problem">
          {problem}
        </p>
      )}
      {read && speakers.length > 1 && (
        <fieldset className="transcript-speakers">
          <legend>Which speaker is you?</legend>
          {speakers.map((entry) => (
            <label key={entry.name}>
              <input type="radio" name={`${id}-speaker`} checked={speaker === entry.name} onChange={() => void run(read, entry.name)} />
              {entry.name} <span className="review-count">({entry.words} words)</span>
            </label>
          ))}
        </fieldset>
      )}
      {review && <ReviewReport review={review} openCard={openCard} />}
      {review && !record && (
        <button type="button" className="rehearse-primary" onClick={() => void copyReview(review)}>
          Copy as Markdown
        </button>
      )}
      {review && (
        <button type="button" className="rehearse-quiet-button" onClick={() => fileInput.current?.click()}>
          Review another file
        </button>
      )}
    </section>
  );
}
