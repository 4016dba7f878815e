import { defaultDeck } from '../default-deck';
import { readTranscriptText } from './read-transcript';
import { reviewTranscript } from './review';
import { rulesFromDeck } from './review-rules';
import type { TranscriptReview } from './review-schema';
import { fixture } from './transcript.fixtures';

/** The review of the Zoom fixture by Robin, as the live-stream prompt's run would save it. */
export function sampleReview(): TranscriptReview {
  const read = readTranscriptText(fixture('zoom.vtt'));
  if (!read.ok) throw new Error(read.error);
  const result = reviewTranscript({ ...read, speaker: 'Robin Candidate', fileName: 'mock.vtt', rules: rulesFromDeck(defaultDeck, 'prompt-live-stream'), now: Date.UTC(2026, 0, 5, 10) });
  if (!result.ok) throw new Error(result.error);
  return result.review;
}
