import { describe, expect, it } from 'vitest';
import { readTranscriptText } from './read-transcript';
import { listSpeakers, utterancesOf } from './speakers';
import { fixture } from './transcript.fixtures';

const zoom = () => {
  const result = readTranscriptText(fixture('zoom.vtt'));
  if (!result.ok) throw new Error(result.error);
  return result.utterances;
};

describe('speakers', () => {
  it('lists who speaks, the most words first', () => {
    expect(listSpeakers(zoom()).map((s) => s.name)).toEqual(['Robin Candidate', 'Morgan Interviewer']);
  });

  it("keeps the chosen speaker's words only", () => {
    const result = utterancesOf(zoom(), 'Robin Candidate');
    expect(result.ok && result.utterances.every((u) => u.speaker === 'Robin Candidate')).toBe(true);
    expect(result.ok && result.utterances).toHaveLength(10);
  });

  it('says so when the chosen speaker said nothing', () => {
    expect(utterancesOf(zoom(), 'Speaker 3')).toEqual({ ok: false, error: 'Speaker 3 says nothing in this transcript; pick another speaker.' });
  });

  it('a transcript that names nobody is reviewed whole', () => {
    const utterances = [{ text: 'hello there' }];
    expect(utterancesOf(utterances, undefined)).toEqual({ ok: true, utterances });
  });
});
