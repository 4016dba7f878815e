import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { likelySpeaker, readSpeakers, rememberedSpeakers, rememberSpeaker, withSpeaker } from './remembered-speakers';

describe('remembered speakers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps each name once, the latest first', () => {
    expect(withSpeaker(['A', 'B'], 'B')).toEqual(['B', 'A']);
  });

  it('offers a name picked before, else whoever said the most', () => {
    const speakers = [{ name: 'Morgan' }, { name: 'Robin' }];
    expect(likelySpeaker(speakers, ['Speaker 2', 'Robin'])).toBe('Robin');
    expect(likelySpeaker(speakers, [])).toBe('Morgan');
  });

  it('survives in storage, and a broken value reads as none', async () => {
    await rememberSpeaker('Robin');
    await rememberSpeaker('Speaker 2');
    expect(readSpeakers(await rememberedSpeakers.getValue())).toEqual(['Speaker 2', 'Robin']);
    expect(readSpeakers('not a list')).toEqual([]);
  });
});
