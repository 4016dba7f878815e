import { describe, it, expect } from 'vitest';
import { highlight } from './highlight';

/** Compact view of segments: marked parts in [brackets]. */
const show = (text: string, terms: string[]) =>
  highlight(text, terms)
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('highlight(text, terms)', () => {
  it('returns plain segments, matches flagged', () => {
    expect(highlight('Kafka consumer lag', ['lag'])).toEqual([
      { text: 'Kafka consumer ', match: false },
      { text: 'lag', match: true },
    ]);
  });

  it('gives one unmarked segment when nothing matches, and none for empty text', () => {
    expect(highlight('Kafka consumer lag', ['redis'])).toEqual([{ text: 'Kafka consumer lag', match: false }]);
    expect(highlight('Kafka consumer lag', [])).toEqual([{ text: 'Kafka consumer lag', match: false }]);
    expect(highlight('', ['kafka'])).toEqual([]);
  });

  it('ignores case, keeping the text as written', () => {
    expect(show('KAFKA and Kafka and kafka', ['kafka'])).toBe('[KAFKA] and [Kafka] and [kafka]');
    expect(show('kafka', ['KAFKA'])).toBe('[kafka]');
  });

  it('ignores accents', () => {
    expect(show('Data résidency in the EU', ['residency'])).toBe('Data [résidency] in the EU');
    expect(show('Data residency', ['Résidency'])).toBe('Data [residency]');
    // A decomposed accent stays inside the mark with its letter.
    expect(show('re\u0301sidency!', ['residency'])).toBe('[re\u0301sidency]!');
  });

  it('matches at the start of words, not inside them', () => {
    expect(show('data at least once', ['at'])).toBe('data [at] least once');
    expect(show('sharding by seller', ['shard'])).toBe('[shard]ing by seller');
    expect(show('resharding', ['shard'])).toBe('resharding');
  });

  it('marks each part of a hyphenated phrase', () => {
    expect(show('at-least-once delivery', ['at', 'least', 'once'])).toBe('[at]-[least]-[once] delivery');
  });

  it('marks a joined word across the hyphens the text writes', () => {
    expect(show('Name the trade-off first', ['tradeoff'])).toBe('Name the [trade-off] first');
    expect(show('Trade-offs, at-least-once', ['tradeoff', 'atleastonce'])).toBe('[Trade-off]s, [at-least-once]');
    expect(show('a trade-off or a tradeoff', ['tradeoff'])).toBe('a [trade-off] or a [tradeoff]');
    expect(show('pre-trade-off', ['tradeoff'])).toBe('pre-trade-off'); // still a word start only
  });

  it('merges overlapping and touching matches', () => {
    expect(show('sharding keys', ['shard', 'sharding'])).toBe('[sharding] keys');
    expect(show('at-least-once', ['at-least', 'least-once'])).toBe('[at-least-once]');
    expect(show('p99 latency', ['p99 ', 'latency'])).toBe('[p99 latency]');
  });

  it('treats regex characters in terms as plain text', () => {
    expect(show('C++ (or .NET) at $45 [avg]', ['c++', '(or', '.net', '$45', '[avg]'])).toBe(
      '[C++] [(or] [.NET]) at [$45] [[avg]]',
    );
    expect(show('a.b axb', ['a.b'])).toBe('[a.b] axb');
    expect(show('anything', ['.*'])).toBe('anything');
  });

  it('gives back the text exactly when the segments are joined', () => {
    const text = 'Ownership: “I own the 150 ms budget” — not “we could consider…” (99.9 %)';
    const segments = highlight(text, ['own', 'ms', '99', 'we', 'budget']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.every((s) => s.text.length > 0)).toBe(true);
  });

  it('ignores empty terms', () => {
    expect(show('kafka', ['', 'kafka'])).toBe('[kafka]');
  });
});
