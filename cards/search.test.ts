import { describe, it, expect } from 'vitest';
import { cardText } from './card-text';
import { defaultDeck } from './default-deck';
import { cardSchema, type Card, type CardInput } from './schema';
import { createSearchIndex, transpositions } from './search';

const card = (input: CardInput): Card => cardSchema.parse(input);

const phrasing = (id: string, title: string, strong: string, more: Partial<CardInput> = {}): Card =>
  card({ id, kind: 'phrasing', title, strong, ...more } as CardInput);

const cards: Card[] = [
  phrasing('kafka-lag', 'Kafka consumer lag as a business number', 'I alarm on consumer lag above 30 seconds, because a stale bid costs the seller the auction.', {
    tags: ['streaming', 'latency'],
    weak: 'We should monitor the queue.',
  }),
  phrasing('delivery', 'Delivery guarantees', 'We accept at-least-once delivery and make the order write idempotent, so a retry never charges twice.', {
    tags: ['reliability'],
  }),
  phrasing('sharding', 'Sharding inventory by seller', 'Hot sellers get their own partition, so a flash sale never slows anyone else down.', {
    tags: ['scalability'],
  }),
  card({
    id: 'regulatory',
    kind: 'note',
    title: 'Regulatory follow-ups',
    tags: ['regulatory'],
    body: 'Name the rule first: EU data résidency keeps buyer records in-region for +20 ms.',
    points: ['Say which market, which data, which deadline.'],
  }),
  card({
    id: 'three-lens',
    kind: 'steps',
    title: 'Three-Lens answer',
    steps: [
      { id: 'problem', title: 'Problem definition', cue: 'Lead with the user problem.', prompts: ['Whose pain is it: seller, buyer or viewer?'], example: 'Sellers want drops that never freeze.' },
    ],
  }),
  card({
    id: 'follow-up',
    kind: 'template',
    title: 'Follow-up response',
    shape: ['failure', 'fallback', 'compensating action'],
    variants: [
      {
        id: 'latency',
        name: 'Latency follow-up',
        sentence: 'If {part} slows down, we degrade to {fallback}.',
        slots: [{ id: 'part', label: 'Slow part', hint: 'the dependency that can stall', example: 'the recommender' }],
      },
    ],
  }),
  card({
    id: 'flash-sale',
    kind: 'prompt',
    title: 'Flash-sale inventory',
    domain: 'Inventory allocation',
    question: 'Design inventory allocation for a flash sale during a stream.',
    hypothesis: 'Reserving stock per viewer cohort keeps oversells under 0.1 %.',
    constraints: ['99.9 % uptime'],
    levers: [{ id: 'reserve', lever: 'Soft reservations', kpi: 'Oversell rate', risk: 2, mitigation: 'Expire holds after 90 seconds' }],
    followUps: [{ id: 'cost', question: 'What if the cache bill doubles?' }],
  }),
  card({ id: 'prep', kind: 'checklist', title: 'Preparation', items: [{ id: 'numbers', text: 'Memorise the $45 average order' }] }),
  card({
    id: 'matrix',
    kind: 'matrix',
    title: 'Decision matrix',
    rows: [{ id: 'cache', lever: 'Read-through caching', kpi: 'Conversion', effect: 'Faster product pages', risk: 1 }],
  }),
];

const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id);
const index = createSearchIndex(cards);
const top = (query: string) => index.search(query)[0]?.id;

describe('createSearchIndex(cards).search(query)', () => {
  it('gives no hits for an empty or blank query (the panel lists every card itself)', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search(' -- / ')).toEqual([]);
  });

  it('finds the card a word belongs to', () => {
    expect(top('kafka')).toBe('kafka-lag');
    expect(top('at least once')).toBe('delivery');
    expect(top('sharding')).toBe('sharding');
    expect(top('residency')).toBe('regulatory');
  });

  it('survives one typo: a wrong, missing, extra or swapped letter', () => {
    expect(top('kafak')).toBe('kafka-lag'); // swapped
    expect(top('shardign')).toBe('sharding'); // swapped
    expect(top('residnecy')).toBe('regulatory'); // swapped
    expect(top('at lest once')).toBe('delivery'); // missing
    expect(top('consummer')).toBe('kafka-lag'); // extra
    expect(top('idempotant')).toBe('delivery'); // wrong
  });

  it('splits words at hyphens and punctuation, both in cards and in queries', () => {
    expect(top('at least once')).toBe('delivery'); // the card says "at-least-once"
    expect(top('in region')).toBe('regulatory'); // the card says "in-region"
    expect(top('three lens')).toBe('three-lens');
    expect(top('at-least-once')).toBe('delivery');
  });

  it('matches word starts, so results follow each keystroke', () => {
    expect(top('shar')).toBe('sharding');
    expect(top('kaf')).toBe('kafka-lag');
    expect(top('at least on')).toBe('delivery');
  });

  it('waits for a second letter before matching word starts', () => {
    expect(ids(index.search('k'))).toEqual([]); // no card has the word "k"
    expect(ids(index.search('at least o'))).toEqual(ids(index.search('at least'))); // "o" is still being typed
    const plans = createSearchIndex([phrasing('plan', 'Plans', 'Plan ahead.'), phrasing('plan-b', 'Fallbacks', 'Keep a plan B.')]);
    expect(ids(plans.search('plan b')).sort()).toEqual(['plan', 'plan-b']); // "b" may be the start of "budget"
    expect(ids(plans.search('plan b '))).toEqual(['plan-b']); // a finished one-letter word must match
  });

  it('never takes one figure for another', () => {
    const figures = createSearchIndex([
      phrasing('fast', 'Checkout budget', 'Checkout stays under 120 ms.'),
      phrasing('slow', 'Stream budget', 'Bids land within 150 ms.'),
    ]);
    expect(ids(figures.search('150 ms'))).toEqual(['slow']);
    expect(ids(figures.search('15'))).toEqual(['slow']); // still a word start
  });

  it('ignores case and accents', () => {
    expect(top('KAFKA')).toBe('kafka-lag');
    expect(top('Résidency')).toBe('regulatory'); // the card says "résidency"
  });

  it('returns the matched words of the card, for highlighting', () => {
    expect(index.search('shardign')[0]?.terms).toEqual(['sharding']);
    expect(index.search('at least once')[0]?.terms.sort()).toEqual(['at', 'least', 'once']);
    expect(index.search('kafak')[0]?.terms).toEqual(['kafka']);
  });

  it('needs every word to match when some card has them all', () => {
    expect(ids(index.search('seller auction'))).toEqual(['kafka-lag']);
  });

  it('falls back to cards holding some of the words, most words first', () => {
    expect(ids(index.search('kafka idempotent'))).toEqual(expect.arrayContaining(['kafka-lag', 'delivery']));
    expect(top('kafka consumer idempotent')).toBe('kafka-lag');
  });

  it('finds nothing for a word no card is near', () => {
    expect(index.search('zebra')).toEqual([]);
  });

  it('searches every text field of every kind of card', () => {
    expect(top('viewer')).toBe('three-lens'); // step prompt
    expect(top('freeze')).toBe('three-lens'); // step example
    expect(top('dependency')).toBe('follow-up'); // template slot hint
    expect(top('compensating')).toBe('follow-up'); // template shape
    expect(top('oversells')).toBe('flash-sale'); // prompt hypothesis
    expect(top('bill doubles')).toBe('flash-sale'); // prompt follow-up
    expect(top('holds')).toBe('flash-sale'); // lever mitigation
    expect(top('memorise')).toBe('prep'); // checklist item
    expect(top('faster product pages')).toBe('matrix'); // matrix row
    expect(top('deadline')).toBe('regulatory'); // note point
    expect(top('queue')).toBe('kafka-lag'); // weak phrasing
    expect(top('45')).toBe('prep'); // "$45": digits are words too
  });
});

describe('search that forgives how a word is written', () => {
  const written = createSearchIndex([
    phrasing('hyphen', 'Name the trade-off', 'Every choice has a trade-off: say what you pay.'),
    phrasing('spaced', 'Trade off out loud', 'We trade off freshness for speed, and say so.'),
    phrasing('joined', 'The tradeoff sentence', 'The tradeoff is two seconds of staleness.'),
    phrasing('other', 'Checkout budget', 'Checkout answers in 120 ms, or we trade nothing off.'),
  ]);
  const found = (query: string) => ids(written.search(query)).slice(0, 3).sort();

  it('finds hyphenated, spaced and joined words alike', () => {
    for (const query of ['tradeoff', 'trade-off', 'trade off', 'Trade-Off', 'tradeoffs']) {
      expect(found(query), query).toEqual(['hyphen', 'joined', 'spaced']);
    }
  });

  it('finds the joined word while it is still being typed', () => {
    expect(ids(createSearchIndex(cards.slice(0, 3)).search('atleas'))).toEqual(['delivery']); // "at-least-once"
    expect(ids(written.search('tradeof'))).toEqual(expect.arrayContaining(['hyphen', 'joined', 'spaced']));
  });

  it('splits a word only when the deck does not hold it whole', () => {
    const words = createSearchIndex([
      phrasing('whole', 'Checkout', 'Checkout stays fast.'),
      phrasing('apart', 'Check it', 'Check the queue, then log out.'),
    ]);
    expect(ids(words.search('checkout'))).toEqual(['whole']);
    expect(ids(words.search('into'))).toEqual([]); // "in" and "to" are not "into"
  });

  it('marks the words that matched, across the hyphen', () => {
    expect(written.search('tradeoff').find((hit) => hit.id === 'hyphen')?.terms).toContain('tradeoff');
    expect(written.search('tradeoff').find((hit) => hit.id === 'spaced')?.terms.sort()).toEqual(['off', 'trade']);
    // A word start matches the joined compound too, but only the word typed is marked.
    expect(written.search('trade').find((hit) => hit.id === 'hyphen')?.terms).toEqual(['trade']);
  });

  it('never joins a range of figures into a number', () => {
    const ranges = createSearchIndex([phrasing('range', 'Pacing', 'Spend 2-3 minutes on scope.')]);
    expect(ids(ranges.search('23'))).toEqual([]);
  });
});

describe('abbreviations and the words they stand for', () => {
  const deck = createSearchIndex([
    phrasing('p99', 'Tail latency', 'Checkout holds p99 under 150 ms.'),
    phrasing('percentile', 'Percentiles', 'Latency percentiles, not averages, show what buyers feel.'),
    phrasing('p80', 'Live drops', 'Drop latency ran 150 ms at p80.'),
    phrasing('qps', 'Peak load', 'Peak of 1 M QPS when the sale opens.'),
    phrasing('rps', 'Requests', 'About 20,000 requests per second at the door.'),
    phrasing('residency', 'Regulation', 'Data residency keeps EU records in the EU.'),
    phrasing('gdpr', 'GDPR', 'GDPR decides where logs live.'),
    phrasing('sla', 'Thresholds', 'Our SLA pages us when we cross it.'),
    phrasing('uptime', 'Nines', '99.9 % uptime allows 43 minutes down a month.'),
    phrasing('mvp', 'Scope', 'The 30-day MVP ships one region.'),
    phrasing('minimum', 'Smallest', 'The minimum viable version proves the hypothesis.'),
  ]);
  const found = (query: string) => ids(deck.search(query)).sort();

  it.each([
    ['p99', ['p99', 'percentile']],
    ['latency percentiles', ['p80', 'p99', 'percentile']],
    ['qps', ['qps', 'rps']],
    ['rps', ['qps', 'rps']],
    ['requests per second', ['qps', 'rps']],
    ['gdpr', ['gdpr', 'residency']],
    ['data residency', ['gdpr', 'residency']],
    ['sla', ['sla', 'uptime']],
    ['uptime', ['sla', 'uptime']],
    ['mvp', ['minimum', 'mvp']],
    ['minimum viable', ['minimum', 'mvp']],
  ])('"%s" finds %j', (query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it('ranks the word typed above the one it stands for', () => {
    expect(deck.search('qps')[0]?.id).toBe('qps');
    expect(deck.search('uptime')[0]?.id).toBe('uptime');
    expect(deck.search('p99')[0]?.id).toBe('p99');
  });

  it('still never takes one percentile for another', () => {
    expect(found('p99')).not.toContain('p80');
  });

  it('returns the abbreviation as a matched word, so it is marked', () => {
    expect(deck.search('requests per second').find((hit) => hit.id === 'qps')?.terms).toEqual(['qps']);
  });
});

describe('ranking', () => {
  const fanout = createSearchIndex([
    phrasing('in-body', 'Watch parties', 'When a host starts a party we fan out the invite; fanout cost grows with guests, so we cap it at 50 per node.'),
    phrasing('in-title', 'Fanout for watch parties', 'Cap guests per node so one party cannot starve the others.'),
    phrasing('in-tags', 'Watch-party guests', 'Cap guests per node so one party cannot starve the others.', { tags: ['fanout'] }),
  ]);

  it('ranks a title match above a tag match above a body match', () => {
    expect(ids(fanout.search('fanout'))).toEqual(['in-title', 'in-tags', 'in-body']);
  });

  it('ranks an exact word above a typo of it', () => {
    const both = createSearchIndex([
      phrasing('typo-near', 'Shading the map', 'Colour by region.'),
      phrasing('exact', 'Sharding the map', 'Split by region.'),
    ]);
    expect(ids(both.search('sharding'))).toEqual(['exact', 'typo-near']);
  });

  it('gives higher scores first', () => {
    const scores = index.search('seller').map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('filters', () => {
  it('keeps only cards of the given kinds', () => {
    expect(ids(index.search('seller', { kinds: ['steps'] }))).toEqual(['three-lens']);
    expect(ids(index.search('seller', { kinds: ['note', 'checklist'] }))).toEqual([]);
  });

  it('keeps only cards carrying every given tag, whatever its case', () => {
    expect(ids(index.search('seller', { tags: ['Scalability'] }))).toEqual(['sharding']);
    expect(ids(index.search('seller', { tags: ['streaming', 'latency'] }))).toEqual(['kafka-lag']);
    expect(ids(index.search('seller', { tags: ['streaming', 'reliability'] }))).toEqual([]);
  });

  it('treats empty filters as no filter', () => {
    expect(index.search('seller', { tags: [], kinds: [] })).toEqual(index.search('seller'));
  });
});

describe('keeping the index up to date', () => {
  it('replace() re-indexes an edited card, and adds a new one', () => {
    const live = createSearchIndex(cards);
    live.replace(phrasing('sharding', 'Partitioning inventory by seller', 'Hot sellers get their own partition.'));
    expect(ids(live.search('sharding'))).toEqual([]);
    expect(ids(live.search('partitioning'))).toEqual(['sharding']);

    live.replace(phrasing('new-card', 'Cost ranges', 'Quote cost as a range: ±15 % around $12,800 a month.'));
    expect(ids(live.search('cost range'))).toContain('new-card');
    expect(live.size).toBe(cards.length + 1);
  });

  it('remove() forgets a card; unknown ids are ignored', () => {
    const live = createSearchIndex(cards);
    live.remove('kafka-lag');
    live.remove('no-such-card');
    expect(ids(live.search('kafka'))).toEqual([]);
    expect(live.size).toBe(cards.length - 1);
  });

  it('keeps the last of two cards with the same id', () => {
    const live = createSearchIndex([phrasing('same', 'Old words', 'Old.'), phrasing('same', 'New words', 'New.')]);
    expect(ids(live.search('new'))).toEqual(['same']);
    expect(ids(live.search('old'))).toEqual([]);
  });
});

describe('transpositions(word)', () => {
  it('lists the word with each neighbouring pair swapped, from four letters on', () => {
    expect(transpositions('kafak')).toEqual(['akfak', 'kfaak', 'kaafk', 'kafka']);
    expect(transpositions('abb')).toEqual([]);
    expect(transpositions('book')).toEqual(['obok', 'boko']);
  });
});

describe('cardText(card)', () => {
  it('flattens a phrasing card to its title, strong, weak and why, one a line', () => {
    expect(
      cardText(phrasing('p', 'Ownership', 'I own the 150 ms budget.', { weak: 'Someone should look at latency.', why: 'Owners get hired.' })),
    ).toBe('Ownership\nI own the 150 ms budget.\nSomeone should look at latency.\nOwners get hired.');
  });

  it('can leave the title out, and skips empty fields', () => {
    expect(cardText(phrasing('p', 'Ownership', 'I own it.'), { title: false })).toBe('I own it.');
  });

  it('reads every textual field of a prompt card', () => {
    expect(cardText(cards.find((c) => c.id === 'flash-sale')!).split('\n')).toEqual([
      'Flash-sale inventory',
      'Inventory allocation',
      'Design inventory allocation for a flash sale during a stream.',
      'Reserving stock per viewer cohort keeps oversells under 0.1 %.',
      '99.9 % uptime',
      'Soft reservations',
      'Oversell rate',
      'Expire holds after 90 seconds',
      'What if the cache bill doubles?',
    ]);
  });
});

describe('over the default deck', () => {
  const deck = createSearchIndex(defaultDeck.cards);
  const texts = new Map(defaultDeck.cards.map((c) => [c.id, cardText(c).toLowerCase()]));
  const topTexts = (query: string) => deck.search(query).slice(0, 3).map((hit) => texts.get(hit.id) ?? '');

  it.each([
    ['kafka', 'kafka'],
    ['kafak', 'kafka'],
    ['at least once', 'at-least-once'],
    ['at lest once', 'at-least-once'],
    ['sharding', 'sharding'],
    ['shardign', 'sharding'],
    ['residency', 'residency'],
    ['residnecy', 'residency'],
    ['tradeoff', 'trade-off'],
    ['trade off', 'trade-off'],
  ])('"%s" finds cards saying "%s"', (query, word) => {
    const found = topTexts(query);
    expect(found.length).toBeGreaterThan(0);
    for (const text of found) expect(text).toContain(word);
  });
});
