import { detectFormat } from './detect-format';
import { parseMeetText } from './parse-meet-text';
import { parseOtterText } from './parse-otter-text';
import { parsePlain } from './parse-plain';
import { parseSbv } from './parse-sbv';
import { parseSrt } from './parse-srt';
import { parseWebVtt } from './parse-webvtt';
import { FORMAT_NAMES, type TranscriptFormat, type TranscriptResult, type Utterance } from './utterance';

/**
 * A transcript, from a dropped file or pasted text, read into utterances.
 * Never throws: every way the input can be wrong gets a sentence. An hour's
 * captions are about 100 KB, so 2 MB is generous; a recording dropped by
 * mistake is refused by its size before a byte is read.
 */
export const MAX_TRANSCRIPT_BYTES = 2 * 1024 * 1024;

const PARSERS: Record<TranscriptFormat, (text: string) => { utterances: Utterance[]; skipped: number }> = {
  webvtt: parseWebVtt,
  srt: parseSrt,
  sbv: parseSbv,
  'otter-text': parseOtterText,
  'meet-text': parseMeetText,
  plain: parsePlain,
};

export function readTranscriptText(text: string): TranscriptResult {
  if (text.trim() === '') return { ok: false, error: 'This transcript is empty: there are no words to review.' };
  if (text.length > MAX_TRANSCRIPT_BYTES) {
    return { ok: false, error: `This text is ${megabytes(text.length)}; Sidecue reviews transcripts up to ${megabytes(MAX_TRANSCRIPT_BYTES)}.` };
  }
  if (looksBinary(text)) return { ok: false, error: BINARY };
  const format = detectFormat(text);
  let parsed: { utterances: Utterance[]; skipped: number };
  try {
    parsed = PARSERS[format](text);
  } catch (error) {
    return { ok: false, error: `Sidecue could not read this ${FORMAT_NAMES[format]} (${error instanceof Error ? error.message : String(error)}).` };
  }
  const utterances = parsed.utterances.filter((utterance) => /\p{L}/u.test(utterance.text));
  if (utterances.length === 0) {
    return {
      ok: false,
      error:
        parsed.skipped > 0
          ? `None of the ${parsed.skipped} cues in this ${FORMAT_NAMES[format]} could be read, so there is nothing to review.`
          : `This ${FORMAT_NAMES[format]} holds no words to review.`,
    };
  }
  return { ok: true, format, utterances, skipped: parsed.skipped };
}

/** Checks size and type before reading, so a 50 MB recording is refused at once. */
export async function readTranscriptFile(file: Blob): Promise<TranscriptResult> {
  if (file.size > MAX_TRANSCRIPT_BYTES) {
    return { ok: false, error: `This file is ${megabytes(file.size)}; Sidecue reviews transcripts up to ${megabytes(MAX_TRANSCRIPT_BYTES)}. ${EXPORT_HINT}` };
  }
  if (file.size === 0) return { ok: false, error: 'This file is empty: there are no words to review.' };
  if (/^(audio|video|image)\//.test(file.type)) return { ok: false, error: BINARY };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, error: `The browser could not read this file (${error instanceof Error ? error.message : String(error)}).` };
  }
  return readTranscriptText(text);
}

/** A few replacement characters, NULs or control bytes in the first 8 KB mark a file that is not text. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  const odd = head.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return odd > Math.max(2, head.length / 100);
}

const EXPORT_HINT = 'Export the meeting transcript as .vtt, .srt, .sbv or .txt and drop that.';
const BINARY = `This is not a text file (a recording or an image?), so there is nothing to read. ${EXPORT_HINT}`;
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
