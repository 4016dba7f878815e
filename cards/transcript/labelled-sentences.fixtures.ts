/**
 * Sentences a candidate might say in a live-stream answer, written for
 * Sidecue, each marked with what the review should find by the shipped deck
 * and the "live-stream event orchestration" prompt: weak phrasings (by
 * phrasing card id), signals, levers named, and levers named with a metric
 * tied to them. Near-misses (a negation, a tool with its reason, a number that
 * is not a metric) are marked with what they do NOT show as much as with what
 * they do. Marked by what a listener would hear, not by what the rules catch.
 */
export interface Labelled {
  sentence: string;
  weak?: string[];
  signals?: ('impact' | 'feasibility' | 'tradeoff')[];
  levers?: string[];
  metric?: string[];
}

export const LABELLED: Labelled[] = [
  // Weak phrasings, said plainly or nearly.
  { sentence: "We'll use Kafka for streaming.", weak: ['phr-kafka-judgment'], levers: ['kafka-events'] },
  { sentence: "Let's just use Kafka for the bid events.", weak: ['phr-kafka-judgment'], levers: ['kafka-events'] },
  { sentence: 'A monolith, since it is simpler to start with.', weak: ['phr-monolith-first'] },
  { sentence: "Honestly latency isn't a worry here, throughput is what matters.", weak: ['phr-latency-is-conversion'] },
  { sentence: 'Engineering can pick the tech stack once we agree on the features.', weak: ['phr-own-constraints'] },
  { sentence: "We'll shard by user ID for horizontal scale.", weak: ['phr-shard-seller-id'], levers: ['shard-seller'] },
  { sentence: 'We can scale to a million requests a second, no problem.', weak: ['phr-scale-with-latency'], signals: ['feasibility'] },
  { sentence: "It shouldn't cost much to run.", weak: ['phr-cost-range'] },
  { sentence: "For the payment edge cases we'll check with engineering.", weak: ['phr-own-risk'] },
  { sentence: "We'll add a cache to make it faster.", weak: ['phr-caching-conversion'], levers: ['edge-cache'] },
  { sentence: 'Let me start with the data flow and then the services.', weak: ['phr-open-problem'] },
  { sentence: "If the cache dies we'll fall back to the database.", weak: ['phr-cache-failure-answer'], levers: ['edge-cache'] },
  { sentence: 'Splitting the service gives us horizontal scalability.', weak: ['phr-what-it-buys'] },
  { sentence: "We'll use microservices from the start so each team owns one.", weak: ['phr-extract-on-data'] },
  { sentence: 'Engineering will tell us what is possible in the time we have.', weak: ['phr-define-thresholds'] },

  // Near-misses: close to a weak phrasing, but not it.
  { sentence: "We won't just use Kafka for streaming; the bids also need ordering per show.", levers: ['kafka-events'] },
  // Seller trust is the Kafka lever's KPI in the deck: naming it ties the metric.
  { sentence: 'Kafka, because seller trust needs at-least-once delivery, and I accept the extra 10 ms.', signals: ['tradeoff'], levers: ['kafka-events'], metric: ['kafka-events'] },
  { sentence: 'We use Kafka for bid events so that no bid is lost, which is what keeps seller trust.', levers: ['kafka-events'], metric: ['kafka-events'] },
  { sentence: 'Monolith first, so we validate the hypothesis within the 30-day MVP, then split it.', signals: ['feasibility'] },
  { sentence: 'I would not leave the stack to engineering alone; I set the constraints.' },
  { sentence: 'Caching show metadata, because faster joins lift conversion by about 2 %.', signals: ['impact'], levers: ['edge-cache'], metric: ['edge-cache'] },
  { sentence: 'There is no cache in the first version at all.', signals: ['feasibility'] },
  { sentence: 'The data flow comes after we agree on the problem.' },
  { sentence: 'We handle a million requests a second and checkout still answers in 120 ms.', signals: ['feasibility'] },

  // Signals.
  { sentence: 'My hypothesis is that reliable drops lift sell-through per show by about 3 %.', signals: ['impact'] },
  { sentence: 'If joins get faster, conversion goes up roughly two percent.', signals: ['impact'] },
  { sentence: 'Daily active sellers should grow 5 % once listing takes two hours instead of four.', signals: ['impact'] },
  { sentence: 'Conversion matters most to this business.' },
  { sentence: 'The show has to stay up 99.9 % of the time while it is live.', signals: ['feasibility'] },
  { sentence: 'Bids need to land in under 150 ms end to end.', signals: ['feasibility'] },
  { sentence: 'We plan for 100 k concurrent viewers on the biggest shows.', signals: ['feasibility'] },
  { sentence: 'The first version is scheduled drops only; replays are out of scope.', signals: ['feasibility'] },
  { sentence: 'Latency is important for viewers.' },
  { sentence: 'I would run this at about $12,800 a month, give or take 15 %.', signals: ['feasibility'] },
  { sentence: 'We get strong consistency for stock at the cost of a slower reservation.', signals: ['tradeoff'] },
  { sentence: 'In exchange for a little staleness we serve every read from memory.', signals: ['tradeoff'] },
  { sentence: 'We give up cross-region writes to keep the bid path simple.', signals: ['tradeoff'] },
  { sentence: 'Kafka or a plain queue both work here.', levers: ['kafka-events', 'async-side-work'] },

  // Levers, with and without their metric.
  { sentence: 'Sharding by seller ID keeps one hot seller from slowing every other show.', levers: ['shard-seller'] },
  { sentence: 'Sharding by seller ID takes time-to-list from four hours to two, and daily active sellers follow.', levers: ['shard-seller'], metric: ['shard-seller'] },
  { sentence: 'Receipts and analytics go async, off the live path.', levers: ['async-side-work'] },
  { sentence: 'Moving receipts to async work keeps end-to-end latency inside 200 ms.', signals: ['feasibility'], levers: ['async-side-work'], metric: ['async-side-work'] },
  { sentence: 'We cache the show page at the edge.', levers: ['edge-cache'] },
  { sentence: 'Without caching, every join hits the database.' },
  { sentence: 'To close, caching moves conversion and sharding moves daily active sellers.', levers: ['edge-cache', 'shard-seller'], metric: ['edge-cache', 'shard-seller'] },
  { sentence: 'The seller dashboard shows how each drop went.' },
  { sentence: 'Viewers join from their phones, mostly in the evening.' },
  { sentence: 'Sellers want drops that start on time and do not stall.' },
];
