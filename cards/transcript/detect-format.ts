import type { TranscriptFormat } from './utterance';

// The shape each format's first lines have. Checked in this order: the
// caption formats have unmistakable time lines; the text exports are told
// apart by their turn headers and stamps; anything else is plain text.
const SRT_TIMING = /^\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2},\d{1,3}\s*-->/;
const SBV_TIMING = /^\s*\d{1,2}:\d{2}:\d{2}\.\d{1,3},\d{1,2}:\d{2}:\d{2}\.\d{1,3}\s*$/m;
export const OTTER_TURN = /^(\S.{0,58}?)(?: {2,}|\t+)(\d{1,2}:\d{2}(?::\d{2})?)\s*$/;
export const MEET_STAMP = /^\s*\d{1,2}:\d{2}:\d{2}\s*$/;
export const MEET_FOOTER = /^\s*Transcription ended after\b/i;

export function detectFormat(text: string): TranscriptFormat {
  const body = text.replace(/^\uFEFF/, '');
  if (/^WEBVTT(?:[ \t].*)?(?:\r?\n|$)/.test(body)) return 'webvtt';
  if (SRT_TIMING.test(body)) return 'srt';
  const firstLine = body.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  if (SBV_TIMING.test(firstLine)) return 'sbv';
  if (OTTER_TURN.test(firstLine)) return 'otter-text';
  const lines = body.split(/\r?\n/);
  if (lines.some((line) => MEET_STAMP.test(line) || MEET_FOOTER.test(line))) return 'meet-text';
  return 'plain';
}
