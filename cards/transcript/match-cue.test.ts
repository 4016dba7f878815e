import { describe, expect, it } from 'vitest';
import { compileCue, findCue, firstCue } from './match-cue';
import { hasFigure, speechWords } from './words';

const finds = (cue: string, sentence: string) => findCue(compileCue(cue), speechWords(sentence)) !== undefined;

describe('speech words', () => {
  it('spells contractions out and keeps figures whole', () => {
    expect(speechWords("We'll use Kafka; it won't cost 12,800 $ or 99.9 % of a 30-day MVP.")).toEqual(
      ['we', 'will', 'use', 'kafka', 'it', 'will', 'not', 'cost', '12,800', '$', 'or', '99.9', '%', 'of', 'a', '30', 'day', 'mvp'],
    );
  });

  it('knows a figure from a number word', () => {
    expect(hasFigure(speechWords('about twenty percent'))).toBe(true);
    expect(hasFigure(speechWords('one thing at a time'))).toBe(false);
  });
});

describe('cues', () => {
  it('match whole words, whatever the case or contraction', () => {
    expect(finds("we'll use kafka", 'We will use Kafka here.')).toBe(true);
    expect(finds('use kafka', 'We reuse Kafkaesque ideas.')).toBe(false);
  });

  it('a word ending in * matches by prefix', () => {
    expect(finds('shard*', 'Sharding by seller ID')).toBe(true);
    expect(finds('shard*', 'A hard limit')).toBe(false);
  });

  it('a lone * is a gap of up to three words', () => {
    expect(finds('at the cost of', 'at the cost of consistency')).toBe(true);
    expect(finds('i * accept', 'I fully and gladly accept it')).toBe(true);
    expect(finds('i * accept', 'I would not ever in any way accept')).toBe(false);
  });

  it('a negated cue does not count unless asked', () => {
    const kafka = [compileCue('use kafka')];
    expect(firstCue(kafka, speechWords("We won't use Kafka for streaming."))).toBeUndefined();
    expect(firstCue(kafka, speechWords("We won't use Kafka for streaming."), { allowNegated: true })?.source).toBe('use kafka');
    expect(firstCue(kafka, speechWords("We won't add Redis, we use Kafka."))?.source).toBe('use kafka');
    expect(firstCue(kafka, speechWords('Redis is out. Later on we should simply use Kafka.'))?.source).toBe('use kafka');
  });

  it('a cue of punctuation only matches nothing', () => {
    expect(findCue(compileCue('* ...'), speechWords('anything at all'))).toBeUndefined();
  });
});
