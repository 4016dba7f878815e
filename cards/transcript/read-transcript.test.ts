import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format';
import { MAX_TRANSCRIPT_BYTES, readTranscriptFile, readTranscriptText } from './read-transcript';
import { fixture } from './transcript.fixtures';
import type { TranscriptResult } from './utterance';

function read(name: string) {
  const result = readTranscriptText(fixture(name));
  if (!result.ok) throw new Error(result.error);
  return result;
}
const errorOf = (result: TranscriptResult) => (result.ok ? '' : result.error);

describe('format detection', () => {
  it.each([
    ['zoom.vtt', 'webvtt'],
    ['teams.vtt', 'webvtt'],
    ['youtube.vtt', 'webvtt'],
    ['otter.srt', 'srt'],
    ['youtube.sbv', 'sbv'],
    ['otter.txt', 'otter-text'],
    ['meet.txt', 'meet-text'],
    ['notes.txt', 'plain'],
  ])('%s reads as %s', (name, format) => {
    expect(detectFormat(fixture(name))).toBe(format);
  });

  it('knows WebVTT behind a byte-order mark and SRT with Windows line ends', () => {
    expect(detectFormat('\uFEFFWEBVTT\n\n00:00.000 --> 00:01.000\nhi')).toBe('webvtt');
    expect(detectFormat('1\r\n00:00:01,000 --> 00:00:02,000\r\nhi\r\n')).toBe('srt');
  });
});

describe('reading each format', () => {
  it('Zoom: the name before the colon is the speaker', () => {
    const { utterances } = read('zoom.vtt');
    expect(utterances).toHaveLength(12);
    expect(utterances[0]).toEqual({
      speaker: 'Morgan Interviewer',
      startMs: 1200,
      endMs: 7900,
      text: "Let's design the backend that lets sellers schedule and run live drops.",
    });
    expect(utterances[7]).toMatchObject({ speaker: 'Robin Candidate', startMs: 390_000, text: "We'll use Kafka for streaming." });
  });

  it('Teams: GUID cue ids are ignored, the voice tag names the speaker, entities are decoded', () => {
    const { utterances } = read('teams.vtt');
    expect(utterances.map((u) => u.speaker)).toEqual(['Morgan Interviewer', 'Robin Candidate', 'Robin Candidate', 'Robin Candidate', 'Robin Candidate']);
    expect(utterances[3]!.text).toBe('The hard limits are 99.9 % uptime and under 150 ms on the bid path & checkout.');
    expect(utterances.every((u) => !u.text.includes('<'))).toBe(true);
  });

  it('YouTube: headers skipped, inline timings stripped, each rolled-up line said once', () => {
    const { utterances } = read('youtube.vtt');
    expect(utterances.map((u) => u.text)).toEqual([
      'so the user problem is',
      'sellers want drops that start on time',
      "we'll use Kafka for streaming",
    ]);
    expect(utterances[1]!.startMs).toBe(3200);
  });

  it('SRT: times with a comma, italics tags dropped', () => {
    const { utterances, skipped } = read('otter.srt');
    expect(skipped).toBe(0);
    expect(utterances).toHaveLength(4);
    expect(utterances[2]).toEqual({ startMs: 200_000, endMs: 218_000, text: 'The hard limits are 99.9 % uptime and under 150 ms on the bid path.' });
  });

  it('SBV: two-line captions become one utterance', () => {
    const { utterances } = read('youtube.sbv');
    expect(utterances[1]).toEqual({ startMs: 22_000, endMs: 40_000, text: 'My hypothesis is that holding 100 k concurrent viewers lifts sell-through by about 3 %.' });
  });

  it('Otter text: "Speaker 1  0:03" turns, hours included', () => {
    const { utterances } = read('otter.txt');
    expect(utterances.map((u) => [u.speaker, u.startMs])).toEqual([
      ['Speaker 1', 1000],
      ['Speaker 2', 9000],
      ['Speaker 2', 200_000],
      ['Speaker 1', 355_000],
      ['Speaker 2', 390_000],
      ['Speaker 2', 3_725_000],
    ]);
    expect(utterances[1]!.text).toMatch(/^So the user problem .* by about 3 %\.$/);
  });

  it('Meet text: title and footer left out, times spread between the stamps', () => {
    const { utterances } = read('meet.txt');
    expect(utterances.map((u) => u.speaker)).toEqual(['Morgan Interviewer', 'Robin Candidate', 'Robin Candidate', 'Robin Candidate', 'Morgan Interviewer', 'Robin Candidate']);
    expect(utterances[0]!.startMs).toBe(0);
    expect(utterances[1]!.startMs).toBeGreaterThan(0);
    expect(utterances[2]!.startMs).toBeLessThan(300_000);
    expect(utterances[3]!.startMs).toBe(300_000);
    expect(utterances[5]!.startMs).toBe(600_000);
    expect(utterances[5]!.endMs).toBe(662_000);
    expect(utterances.some((u) => /Transcription ended/.test(u.text))).toBe(false);
  });

  it('plain notes: one utterance a line, no speaker, no times', () => {
    const { utterances, format } = read('notes.txt');
    expect(format).toBe('plain');
    expect(utterances).toHaveLength(3);
    expect(utterances.every((u) => u.speaker === undefined && u.startMs === undefined)).toBe(true);
  });

  it('plain notes keep a colon that is not after a name', () => {
    const result = readTranscriptText('Hypothesis: faster joins lift conversion by 2 %.\nRobin: we start with caching.');
    expect(result.ok && result.utterances).toEqual([
      { text: 'Hypothesis: faster joins lift conversion by 2 %.' },
      { speaker: 'Robin', text: 'we start with caching.' },
    ]);
  });
});

describe('bad input gets a sentence', () => {
  it('an empty file or blank text', async () => {
    expect(errorOf(readTranscriptText('  \n\n'))).toMatch(/empty/);
    expect(errorOf(await readTranscriptFile(new Blob([])))).toMatch(/empty/);
  });

  it('a 50 MB file is refused by its size, before it is read', async () => {
    const huge = { size: 50 * 1024 * 1024, type: 'text/vtt', text: () => Promise.reject(new Error('read it')) } as unknown as Blob;
    expect(errorOf(await readTranscriptFile(huge))).toBe(
      'This file is 50 MB; Sidecue reviews transcripts up to 2 MB. Export the meeting transcript as .vtt, .srt, .sbv or .txt and drop that.',
    );
    expect(errorOf(readTranscriptText('a'.repeat(MAX_TRANSCRIPT_BYTES + 1)))).toMatch(/up to 2 MB/);
  });

  it('a binary file (a recording dropped by mistake)', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    expect(errorOf(await readTranscriptFile(new Blob([bytes])))).toMatch(/^This is not a text file/);
    expect(errorOf(await readTranscriptFile(new Blob(['x'], { type: 'audio/mp4' })))).toMatch(/^This is not a text file/);
  });

  it('a VTT with broken cues keeps the good ones and counts the rest', () => {
    const { utterances, skipped } = read('broken.vtt');
    expect(skipped).toBe(2);
    expect(utterances.map((u) => u.text)).toEqual([
      'The user problem is drops that stall.',
      'Checkout has to stay under 120 ms.',
      "We'll use Kafka for streaming.",
    ]);
  });

  it('a VTT whose every cue is broken', () => {
    expect(errorOf(readTranscriptText('WEBVTT\n\n00:00:xx.000 --> 00:01.000\nhello\n\n1\n00:02.000 -> 00:03.000\nthere\n'))).toBe(
      'None of the 2 cues in this WebVTT captions could be read, so there is nothing to review.',
    );
  });

  it('captions with times but no words', () => {
    expect(errorOf(readTranscriptText('WEBVTT\n'))).toMatch(/holds no words/);
  });
});
