/**
 * What every transcript format is read into: who spoke (when the file says),
 * when (when the file says), and the words. Times are milliseconds from the
 * start of the recording.
 */
export interface Utterance {
  speaker?: string;
  startMs?: number;
  endMs?: number;
  text: string;
}

export type TranscriptFormat = 'webvtt' | 'srt' | 'sbv' | 'otter-text' | 'meet-text' | 'plain';

export const FORMAT_NAMES: Record<TranscriptFormat, string> = {
  webvtt: 'WebVTT captions',
  srt: 'SRT captions',
  sbv: 'YouTube SBV captions',
  'otter-text': 'Otter text export',
  'meet-text': 'Meet-style transcript text',
  plain: 'plain text',
};

/** A transcript read, or a sentence saying why it could not be. */
export type TranscriptResult =
  | { ok: true; format: TranscriptFormat; utterances: Utterance[]; skipped: number }
  | { ok: false; error: string };
