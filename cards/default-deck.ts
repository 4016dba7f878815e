import type { Deck, DeckInput } from './schema';
import { DEFAULT_DECK_ID, SHIPPED_DECK_NAME } from './shipped-deck';

/*
 * The deck every new install starts with, written from the seed guide to PM
 * system-design rounds. Everything here is in our own words: the figures carry
 * over from the guide, its sentences must not (default-deck.test.ts checks that
 * no 10-word run of the seed appears here).
 *
 * Ids are a contract: favorites, user edits, rehearsal history and the
 * follow-up drills point at them, so rename a card's text freely but never
 * its id. Figures are spelled one way throughout ("150 ms", "99.9 %",
 * "1 M QPS", "$12,800") so search and the figure test find them.
 *
 * Card order is the order the panel shows by default: the answer's steps first,
 * then what is scored, then the tools used mid-answer, then practice material.
 */
const source = {
  id: DEFAULT_DECK_ID,
  name: SHIPPED_DECK_NAME,
  description:
    'Cue cards for a PM system-design round at a live-stream marketplace: the Three-Lens answer, the three signals, a follow-up template, practice prompts, a decision matrix and a phrasing library. Edit anything; your changes stay yours.',
  cards: [
    {
      id: 'three-lens',
      kind: 'steps',
      title: 'Three-Lens answer',
      tags: ['opening', 'closing', 'judgment'],
      steps: [
        {
          id: 'problem',
          title: '1 · Problem definition',
          cue: 'Lead with the user problem and a product hypothesis. No boxes yet.',
          prompts: [
            'Whose pain is it: seller, buyer or viewer?',
            'What goes wrong for them today, and how would we see it?',
            'Which single metric tells us it is fixed?',
            'Can I say the hypothesis in one sentence, with a number in it?',
          ],
          example:
            "Problem: sellers want to schedule live drops that don't stall when a crowd arrives.\nHypothesis: event orchestration holds 100 k concurrent viewers at < 200 ms end-to-end, so drops start on time and bids land live.",
        },
        {
          id: 'constraints',
          title: '2 · Constraint articulation',
          cue: 'Name the hard limits, with numbers, before drawing anything.',
          prompts: [
            'What must stay up, and at what uptime?',
            'Which latency does the user feel, on which path?',
            'Which rules bind us: compliance, payments, data residency?',
            'What fits inside a 30-day MVP window?',
            'What monthly cost band is acceptable?',
          ],
          example:
            'Hard limits: regulatory compliance · 99.9 % uptime · latency < 150 ms · first version shippable as a 30-day MVP.',
        },
        {
          id: 'levers',
          title: '3 · Leverage identification',
          cue: 'List the levers that move the metric, and what each one costs.',
          prompts: [
            'Which lever removes the biggest bottleneck first?',
            'What does each lever cost: latency, consistency, money?',
            'Which lever can wait until the KPI proves the hypothesis?',
            'If this lever fails, who notices, and how fast?',
          ],
          example:
            'Levers: caching (hot reads) · async processing (slow work off the checkout path) · sharding by seller ID (hot sellers isolated) · Kafka streaming (at-least-once delivery, +10 ms per event).',
        },
        {
          id: 'close',
          title: '4 · Close: every lever → a business metric',
          cue: 'Map each lever to the metric it moves, with an estimate and its source.',
          prompts: [
            'For each lever: which metric, by how much, based on what?',
            'Is the estimate anchored in an A/B test or real traffic data?',
            'Did I say out loud which trade-off I accept?',
            'Do I end on revenue, conversion or seller growth rather than on tech?',
          ],
          example:
            'Caching → faster reads → about +2 % conversion (prior A/B tests).\nSharding by seller ID → time-to-list 4 hours → 2 hours → daily active sellers +5 %.\nCheckout ≤ 120 ms → conversion held → the $8 M Q4 revenue goal protected.',
        },
      ],
    },
    {
      id: 'three-signals',
      kind: 'note',
      title: 'The three signals the panel scores',
      tags: ['judgment', 'impact', 'feasibility', 'trade-off'],
      body: 'Scored on judgment, not on the drawing. Impact beats elegance every time.',
      review: {
        problem: ['problem', 'hypothesis', 'pain point', 'pain', 'users want', 'sellers want', 'buyers want', 'viewers want', 'we believe', 'my bet', 'i bet', 'goes wrong'],
        impact: ['conversion', 'revenue', 'sell through', 'gmv', 'retention', 'churn', 'daily active', 'active sellers', 'active buyers', 'order value', 'sales', 'click through', 'engagement', 'minutes watched', 'time to list', 'seller growth', 'bids per', 'q4 goal', 'revenue goal'],
        feasibility: ['uptime', 'availability', 'downtime', 'stay up', 'stays up', 'latency', 'ms', 'millisecond*', 'second*', 'qps', 'requests per', 'concurrent', 'viewers', 'budget', 'per month', 'a month', 'compliance', 'sla', 'p99', 'p95', 'percentile', 'throughput', 'tb', 'storage', 'cost*', '$', 'team of', 'engineers', 'weeks', 'days'],
        scope: ['mvp', 'minimum viable', 'first version', 'version one', 'v1', 'phase one', 'first phase', 'out of scope', 'scope it', 'scoped to'],
        tradeoff: ['at the cost of', 'i accept', 'we accept', 'i would accept', 'in exchange for', 'the price is', 'the price we pay', 'we give up', 'i give up', 'trade off', 'trading off', 'we pay', 'it costs us', 'costs us', 'at the expense of'],
        close: ['to close', 'to sum up', 'in summary', 'to summarize', 'to summarise', 'to wrap up', 'wrapping up', 'so overall', 'in short', 'bottom line', 'to recap'],
        hedges: ['i think', 'i guess', 'maybe', 'perhaps', 'probably', 'possibly', 'sort of', 'kind of', 'might', 'hopefully', 'i feel like', 'somewhat', 'i suppose', 'i am not sure'],
        fillers: ['um', 'uh', 'erm', 'er', 'uhm', 'you know', 'basically', 'literally', 'i mean', 'so yeah', 'like i said', 'anyway'],
      },
      points: [
        'Impact awareness: name the metric that moves the needle, and by how much.',
        'Feasibility reasoning: defend the stack against the timeline; a 30-day MVP window is the usual frame.',
        'Trade-off articulation: own what you pay, e.g. latency against consistency, cost against speed.',
        'Tool name alone = recommendation. Tool + reason + price paid = judgment.',
        'A flawless load-balancer sketch still scores low on trade-off rigor if no choice is defended.',
      ],
    },
    {
      id: 'pacing',
      kind: 'note',
      title: 'Pacing',
      tags: ['opening', 'follow-up'],
      body: 'Get all three signals on the table within the first ten minutes.',
      points: [
        'Min 0–3: the user problem and a hypothesis with a number (impact).',
        'Min 3–6: hard constraints and the 30-day MVP cut (feasibility).',
        'Min 6–10: levers and what each one costs (trade-off).',
        'After that, follow-ups probe latency, consistency, cost and regulation: answer each with the follow-up template.',
        'Have a mitigation ready for "what if we need sub-second latency?", not a tool name.',
      ],
    },
    {
      id: 'what-panel-wants',
      kind: 'note',
      title: 'What the panel wants',
      tags: ['judgment', 'impact'],
      body: 'A high-level, product-centric architecture. Never line-by-line code. It is a product-judgment exercise dressed as an engineering one.',
      points: [
        'Name the components.',
        'State the constraint each component answers.',
        'Tie every choice to a business metric; skipping this reads as weak product judgment.',
        'Tell a decision narrative; the diagram only supports it.',
        'Most frequent domains: live-stream commerce and auction-style bidding, because both stress real-time scale and seller–buyer matching.',
        'Debrief lesson: opening with a data-flow diagram got the reply that the candidate was solving the wrong problem.',
        'Debrief lesson: a generic microservice sketch for a watch party was rejected; they wanted session persistence and fan-out/fan-in.',
        'Debrief lesson: "shard by user ID" collapsed under "so what does the business get?"',
      ],
    },
    {
      id: 'interview-loop',
      kind: 'note',
      title: 'The interview loop (facts from the guide)',
      tags: ['opening'],
      body: 'For planning only; confirm the details with your recruiter.',
      points: [
        'Five rounds: phone screen → product case → system design → leadership → final hiring-committee debrief.',
        'About 21 days on average from first contact to offer.',
        'Senior PM offers (2026): base $180,000–$195,000.',
        'Equity 0.04 %–0.07 % of the company; sign-on bonus $20,000–$35,000.',
        'Offers are calibrated to impact potential and market benchmarks.',
        'The guide is aimed at final-round candidates on a $170,000–$190,000 base today.',
      ],
    },
    {
      id: 'follow-up-template',
      kind: 'template',
      title: 'Follow-up answer template',
      tags: ['follow-up', 'risk', 'ownership'],
      // One stage a line, in the order the sentence should walk them.
      shape: [
        'Failure: say exactly what breaks.',
        'Fallback: what takes over immediately.',
        'Compensating action: what repairs the damage, and within what time bound.',
        'Bounded impact: the worst-case business cost, derived from stated assumptions.',
      ],
      variants: [
        {
          id: 'cache-failure',
          name: 'Cache invalidation fails',
          sentence:
            'If {failure}, we switch to {fallback}, then {compensation} within {timeBound}; at a {aov} average order, revenue leakage stays {leakage} per incident.',
          slots: [
            {
              id: 'failure',
              label: 'Failure',
              hint: 'What breaks, and when it hurts most.',
              example: 'cache invalidation breaks during a flash sale',
            },
            {
              id: 'fallback',
              label: 'Fallback',
              hint: 'What serves traffic the moment the failure is detected.',
              example: 'write-through, logging every event',
            },
            {
              id: 'compensation',
              label: 'Compensating action',
              hint: 'What repairs orders or data that went wrong.',
              example: 'run a compensating transaction',
            },
            {
              id: 'timeBound',
              label: 'Time bound',
              hint: 'How fast the compensation runs.',
              example: '30 seconds',
            },
            {
              id: 'aov',
              label: 'Average order value',
              hint: 'The assumption the loss estimate rests on.',
              example: '$45',
            },
            {
              id: 'leakage',
              label: 'Worst-case leakage',
              hint: 'Revenue at risk per incident.',
              example: '< $5 k',
            },
          ],
        },
        {
          id: 'cost',
          name: 'Monthly cost',
          sentence:
            'Assuming {storage} stored and {ops} read-writes a day, I would budget about {estimate} a month on {provider}, ±{range}; {driver} is what moves it most.',
          slots: [
            {
              id: 'storage',
              label: 'Storage',
              hint: 'Total data kept.',
              example: '200 TB',
            },
            {
              id: 'ops',
              label: 'Daily read-writes',
              hint: 'Operations per day at expected load.',
              example: '10 M',
            },
            {
              id: 'estimate',
              label: 'Monthly estimate',
              hint: 'A point inside the range, not a promise.',
              example: '$12,800',
            },
            {
              id: 'provider',
              label: 'Provider',
              hint: 'Where the estimate is priced.',
              example: 'AWS',
            },
            {
              id: 'range',
              label: 'Range',
              hint: 'How far the estimate may swing.',
              example: '15 %',
            },
            {
              id: 'driver',
              label: 'Main cost driver',
              hint: 'The assumption to revisit first if the bill runs high.',
              example: 'read-write volume',
            },
          ],
        },
        {
          id: 'latency',
          name: 'Latency budget / sub-second latency',
          sentence:
            'We hold {path} to {target}, set from the {percentile} latency seen in {source} ({observed}); {lever} buys the headroom, and the price we accept is {cost}.',
          slots: [
            {
              id: 'path',
              label: 'Path',
              hint: 'The user-facing path the budget protects.',
              example: 'Add to Cart and checkout',
            },
            {
              id: 'target',
              label: 'Target',
              hint: 'The budget you commit to.',
              example: '120 ms',
            },
            {
              id: 'percentile',
              label: 'Percentile',
              hint: 'Which slice of real traffic the target is based on.',
              example: '80th-percentile',
            },
            {
              id: 'source',
              label: 'Data source',
              hint: 'Where the observed number comes from.',
              example: "last quarter's live drops",
            },
            {
              id: 'observed',
              label: 'Observed',
              hint: 'The measured figure.',
              example: '≈ 150 ms',
            },
            {
              id: 'lever',
              label: 'Lever',
              hint: 'What makes the target reachable.',
              example: 'caching hot listings and moving receipts to async processing',
            },
            {
              id: 'cost',
              label: 'Price paid',
              hint: 'The trade-off you own.',
              example: 'listing pages that may be a few seconds stale',
            },
          ],
        },
        {
          id: 'regulatory',
          name: 'Regulatory change / data residency',
          sentence:
            'If {rule} applies, we move {scope} to {option}; that adds {latencyCost} of latency but keeps us compliant, and we {check} before launch.',
          slots: [
            {
              id: 'rule',
              label: 'Rule',
              hint: 'The regulation that changed.',
              example: 'a data-residency requirement',
            },
            {
              id: 'scope',
              label: 'Scope',
              hint: 'Which data or users it touches.',
              example: "the affected users' data",
            },
            {
              id: 'option',
              label: 'Option',
              hint: 'The architecture you switch to at this decision point.',
              example: 'a regional cluster',
            },
            {
              id: 'latencyCost',
              label: 'Latency cost',
              hint: 'What compliance costs the user.',
              example: '20 ms',
            },
            {
              id: 'check',
              label: 'Check',
              hint: 'How you prove the budget still holds.',
              example: 're-test against the 150 ms budget',
            },
          ],
        },
        {
          id: 'consistency',
          name: 'Consistency vs latency',
          sentence:
            'For {data} we choose {model} because {reason}; it costs {cost}, and the side effect is handled by {guard}.',
          slots: [
            {
              id: 'data',
              label: 'Data',
              hint: 'What must not be lost or double-counted.',
              example: 'bids and order events',
            },
            {
              id: 'model',
              label: 'Model',
              hint: 'The delivery or consistency guarantee.',
              example: 'at-least-once delivery on Kafka',
            },
            {
              id: 'reason',
              label: 'Reason',
              hint: 'The product requirement behind it.',
              example: 'seller trust depends on no event going missing',
            },
            {
              id: 'cost',
              label: 'Cost',
              hint: 'What the guarantee costs.',
              example: '10 ms of overhead per event',
            },
            {
              id: 'guard',
              label: 'Guard',
              hint: 'What handles the side effect of the choice.',
              example: 'idempotent consumers that drop duplicates',
            },
          ],
        },
      ],
    },
    {
      id: 'prompt-live-stream',
      kind: 'prompt',
      title: 'Practice: live-stream event orchestration',
      tags: ['scalability', 'latency'],
      domain: 'Live-stream event orchestration',
      question: 'Design the backend that lets sellers schedule and run live drops.',
      hypothesis:
        'Orchestration that holds 100 k concurrent viewers at < 200 ms end-to-end keeps drops on time and bids live, which lifts sell-through per show.',
      constraints: [
        '100 k concurrent viewers per show at peak',
        '< 200 ms end-to-end for viewers',
        '99.9 % uptime while a show is live',
        'Payments and regulatory compliance',
        'First version as a 30-day MVP',
      ],
      levers: [
        {
          id: 'edge-cache',
          lever: 'Caching show and listing metadata',
          kpi: 'Viewer join time → conversion',
          effect: 'Hot reads skip the database; about +2 % conversion from faster reads',
          risk: 2,
          mitigation: 'Short TTLs; write-through fallback if invalidation fails',
          cues: ['cach*'],
          metricCues: ['join time', 'conversion'],
        },
        {
          id: 'kafka-events',
          lever: 'Kafka for bid and show events',
          kpi: 'Seller trust (no lost bids)',
          effect: 'At-least-once delivery',
          risk: 2,
          mitigation: 'Budget the +10 ms; idempotent consumers absorb duplicates',
          cues: ['kafka'],
          metricCues: ['seller trust', 'lost bids', 'no lost', 'bid loss'],
        },
        {
          id: 'shard-seller',
          lever: 'Sharding by seller ID',
          kpi: 'Daily active sellers',
          effect: 'A hot seller cannot slow other shows',
          risk: 3,
          mitigation: 'Split or move hot shards; alert on per-shard latency',
          cues: ['shard*', 'partition*'],
          metricCues: ['daily active sellers', 'active sellers', 'time to list'],
        },
        {
          id: 'async-side-work',
          lever: 'Async processing for receipts and analytics',
          kpi: 'End-to-end latency',
          effect: 'Keeps the live path inside 200 ms',
          risk: 1,
          mitigation: 'Queue-depth alarms; retries with idempotency keys',
          cues: ['async*', 'asynchronous*', 'queue*', 'off the live path', 'background job*'],
          metricCues: ['end to end latency', 'end to end', '200 ms'],
        },
      ],
      followUps: [
        {
          id: 'sub-second',
          question: 'What if we need sub-second latency everywhere?',
          answerWith: 'follow-up-template/latency',
        },
        {
          id: 'monthly-cost',
          question: 'What does this cost to run each month?',
          answerWith: 'follow-up-template/cost',
        },
        {
          id: 'residency',
          question: 'What if a market starts requiring data residency?',
          answerWith: 'follow-up-template/regulatory',
        },
        {
          id: 'duplicate-bids',
          question: 'What happens if a bid event is delivered twice?',
          answerWith: 'follow-up-template/consistency',
        },
      ],
    },
    {
      id: 'prompt-flash-sale',
      kind: 'prompt',
      title: 'Practice: flash-sale inventory allocation',
      tags: ['consistency', 'latency', 'risk'],
      domain: 'Real-time inventory allocation for flash sales',
      question: 'Design inventory allocation for a flash sale where stock is gone within seconds.',
      hypothesis:
        'Checkout ≤ 120 ms with zero oversold units at peak keeps conversion up and sellers trusting the platform.',
      constraints: [
        'Peak of 1 M QPS when the sale opens',
        'Checkout < 120 ms',
        'Never oversell a unit',
        '99.9 % uptime during the sale',
      ],
      levers: [
        {
          id: 'stock-cache',
          lever: 'Caching stock counts',
          kpi: 'Checkout conversion',
          effect: 'Reads stay fast at 1 M QPS',
          risk: 4,
          mitigation:
            'Invalidation failure → write-through + log; compensating transaction within 30 seconds; leakage < $5 k per incident',
          cues: ['cach*'],
          metricCues: ['conversion'],
        },
        {
          id: 'shard-seller',
          lever: 'Sharding inventory by seller ID',
          kpi: 'Checkout latency',
          effect: "Contention stays inside one seller's shard",
          risk: 3,
          mitigation: 'Pre-split shards for sellers with a scheduled sale',
          cues: ['shard*', 'partition*'],
          metricCues: ['checkout latency', 'checkout'],
        },
        {
          id: 'async-orders',
          lever: 'Async order processing after the reservation',
          kpi: 'Checkout latency',
          effect: 'Only the reservation sits on the 120 ms path',
          risk: 2,
          mitigation: 'Reservation expires and stock returns if the order fails',
          cues: ['async*', 'asynchronous*', 'queue*'],
          metricCues: ['checkout latency', 'checkout'],
        },
      ],
      followUps: [
        {
          id: 'cache-invalidation',
          question: 'What if cache invalidation fails in the middle of the sale?',
          answerWith: 'follow-up-template/cache-failure',
        },
        {
          id: 'peak-latency',
          question: 'How does checkout stay under 120 ms at 1 M QPS?',
          answerWith: 'follow-up-template/latency',
        },
        {
          id: 'stock-consistency',
          question: 'Strong or eventual consistency for stock counts?',
          answerWith: 'follow-up-template/consistency',
        },
        {
          id: 'sale-cost',
          question: 'What does the estimated monthly bill look like?',
          answerWith: 'follow-up-template/cost',
        },
      ],
    },
    {
      id: 'prompt-recommendations',
      kind: 'prompt',
      title: 'Practice: collectible recommendations during a stream',
      tags: ['impact', 'latency'],
      domain: 'Recommendations that surface collectibles during a stream',
      question: 'Design a recommendation engine that surfaces collectibles while a stream is live.',
      hypothesis:
        'Showing a relevant collectible while the viewer is still watching raises conversion per stream, provided recommendations arrive inside the < 150 ms budget.',
      constraints: [
        'Recommendations render in < 150 ms',
        'Viewer data stays where residency rules say',
        'MVP in 30 days: precomputed candidates first, live ranking later',
      ],
      levers: [
        {
          id: 'candidate-cache',
          lever: 'Caching precomputed candidates per stream',
          kpi: 'Conversion per stream',
          effect: 'Fast reads; about +2 % conversion from lower latency',
          risk: 2,
          mitigation: 'Fall back to the best sellers of the stream if the cache is stale',
          cues: ['cach*', 'precompute*'],
          metricCues: ['conversion'],
        },
        {
          id: 'signal-stream',
          lever: 'Kafka stream of viewer signals',
          kpi: 'Recommendation relevance (click-through)',
          effect: 'Fresh signals with at-least-once delivery',
          risk: 2,
          mitigation: 'Dedupe signals; accept the +10 ms off the render path',
          cues: ['kafka', 'stream of viewer signals', 'event stream*'],
          metricCues: ['relevance', 'click through', 'ctr'],
        },
        {
          id: 'regional',
          lever: 'Regional cluster for viewer data',
          kpi: 'Compliance / market access',
          effect: 'Meets residency rules',
          risk: 2,
          mitigation: 'Absorb the +20 ms inside the 150 ms budget',
          cues: ['regional cluster*', 'region*', 'data residency'],
          metricCues: ['compliance', 'market access', 'markets'],
        },
      ],
      followUps: [
        {
          id: 'rec-latency',
          question: 'What if recommendations have to be real time, under a second?',
          answerWith: 'follow-up-template/latency',
        },
        {
          id: 'rec-residency',
          question: 'What if viewer data must stay in its home region?',
          answerWith: 'follow-up-template/regulatory',
        },
        {
          id: 'rec-cost',
          question: 'What does serving these recommendations cost a month?',
          answerWith: 'follow-up-template/cost',
        },
        {
          id: 'rec-stale-cache',
          question: 'What if the candidate cache goes stale during a hot stream?',
          answerWith: 'follow-up-template/cache-failure',
        },
      ],
    },
    {
      id: 'prompt-watch-party',
      kind: 'prompt',
      title: 'Practice: live-stream watch party',
      tags: ['scalability', 'consistency'],
      domain: 'Watch-party session persistence and fan-out/fan-in',
      question: 'Design the backend for a live-stream watch-party feature.',
      hypothesis:
        'Parties that survive reconnects and keep chat and reactions in sync hold viewers in the stream longer; that needs session persistence plus fan-out/fan-in at < 200 ms.',
      constraints: [
        'Session state survives a dropped connection',
        'Fan-out: one host event reaches every guest in < 200 ms',
        'Fan-in: reactions aggregate before they reach the host',
        '99.9 % uptime while the stream is live',
      ],
      levers: [
        {
          id: 'session-store',
          lever: 'Persistent session store',
          kpi: 'Party retention (minutes watched)',
          effect: 'Rejoin lands back in the same party',
          risk: 2,
          mitigation: 'Replicate sessions; expire idle parties',
          cues: ['session store*', 'persistent session*'],
          metricCues: ['retention', 'minutes watched'],
        },
        {
          id: 'fan-out',
          lever: 'Fan-out service per party',
          kpi: 'End-to-end latency',
          effect: 'Guests see the host within 200 ms',
          risk: 3,
          mitigation: 'Shard by party; cap guests per fan-out node',
          cues: ['fan out', 'fanout'],
          metricCues: ['end to end latency', 'latency'],
        },
        {
          id: 'fan-in',
          lever: 'Fan-in aggregation of reactions',
          kpi: 'Host experience / cost',
          effect: 'The host sees one count, not a flood of messages',
          risk: 1,
          mitigation: 'Eventual consistency is fine for counts; say so',
          cues: ['fan in', 'aggregat*'],
          metricCues: ['host experience', 'cost'],
        },
      ],
      followUps: [
        {
          id: 'party-latency',
          question: 'What if guests need sub-second sync with the host?',
          answerWith: 'follow-up-template/latency',
        },
        {
          id: 'party-consistency',
          question: 'Do all guests have to see the same reaction count?',
          answerWith: 'follow-up-template/consistency',
        },
        {
          id: 'party-cost',
          question: 'What does fan-out cost at 100 k viewers a month?',
          answerWith: 'follow-up-template/cost',
        },
        {
          id: 'party-residency',
          question: 'What if chat logs fall under data-residency rules?',
          answerWith: 'follow-up-template/regulatory',
        },
      ],
    },
    {
      id: 'decision-matrix',
      kind: 'matrix',
      title: 'Decision matrix: lever → KPI → risk',
      tags: ['trade-off', 'risk', 'impact'],
      rows: [
        {
          id: 'caching',
          lever: 'Caching (read path)',
          kpi: 'Conversion',
          effect: 'Lower read latency; about +2 % conversion (prior A/B tests)',
          risk: 3,
          mitigation:
            'Invalidation failure → write-through + log; compensating transaction within 30 seconds; leakage < $5 k per incident at a $45 average order',
          cues: ['cach*'],
          metricCues: ['conversion'],
        },
        {
          id: 'async-processing',
          lever: 'Async processing',
          kpi: 'Checkout latency',
          effect: 'Slow work leaves the hot path; checkout stays ≤ 120 ms, protecting the $8 M Q4 goal',
          risk: 2,
          mitigation: 'Queue-depth alarms; retries with idempotency keys',
          cues: ['async*', 'asynchronous*', 'queue*'],
          metricCues: ['checkout latency', 'checkout'],
        },
        {
          id: 'shard-seller-id',
          lever: 'Sharding by seller ID',
          kpi: 'Daily active sellers',
          effect: 'Hot sellers isolated; time-to-list 4 hours → 2 hours; daily active sellers +5 %',
          risk: 3,
          mitigation: 'Rebalance hot shards; alert on per-shard p80 latency',
          cues: ['shard*', 'partition*'],
          metricCues: ['daily active sellers', 'active sellers', 'time to list'],
        },
        {
          id: 'kafka-streaming',
          lever: 'Kafka streaming',
          kpi: 'Seller trust (no lost events)',
          effect: 'At-least-once delivery for +10 ms overhead',
          risk: 2,
          mitigation: 'Idempotent consumers absorb duplicates; keep the 10 ms inside the budget',
          cues: ['kafka'],
          metricCues: ['seller trust', 'lost events', 'no lost'],
        },
        {
          id: 'regional-cluster',
          lever: 'Regional cluster',
          kpi: 'Compliance / market access',
          effect: 'Data residency met for +20 ms latency',
          risk: 2,
          mitigation: 'Re-test the 150 ms budget per region before launch',
          cues: ['regional cluster*', 'data residency'],
          metricCues: ['compliance', 'market access'],
        },
        {
          id: 'monolith-first',
          lever: 'Monolith first',
          kpi: 'Time to validate the hypothesis (30-day MVP)',
          effect: 'Ships fastest; one thing to operate',
          risk: 3,
          mitigation: 'Extract services once seller growth reaches the 5 % KPI',
          cues: ['monolith*'],
          metricCues: ['time to validate', 'validate the hypothesis', 'seller growth'],
        },
        {
          id: 'scale-out',
          lever: 'Horizontal scale-out',
          kpi: 'Checkout conversion at peak',
          effect: '1 M QPS with checkout still < 120 ms',
          risk: 3,
          mitigation: 'Load-test to peak; monthly bill tracked against $12,800 ±15 %',
          cues: ['scale out', 'horizontal scal*', 'scale horizontally'],
          metricCues: ['checkout conversion', 'conversion'],
        },
      ],
    },
    {
      id: 'prep-checklist',
      kind: 'checklist',
      title: 'Preparation checklist',
      tags: ['opening'],
      items: [
        {
          id: 'three-domains',
          text: 'Run the Three-Lens answer on at least three domains: live stream, flash sale, recommendations.',
        },
        {
          id: 'one-page-hypothesis',
          text: 'Write a one-page hypothesis for live-stream commerce: impact metrics plus the constraint list.',
        },
        {
          id: 'own-matrix',
          text: 'Build your own decision matrix: each lever → a business KPI → a risk score.',
        },
        {
          id: 'numbers-drill',
          text: 'Drill follow-ups with real numbers: latency budgets, cost estimates, revenue-impact ranges.',
        },
        {
          id: 'mock-interview',
          text: 'Book a mock with a senior PM who has sat on hiring committees; ask to be scored on the impact signal and on trade-off rigor.',
        },
        {
          id: 'rehearsal-mode',
          text: "Do timed runs in Sidecue's rehearsal mode: random prompt, follow-up drills, then self-score the three signals and watch the trend.",
        },
        {
          id: 'what-if-scripts',
          text: 'Memorize two short what-if scripts in the follow-up shape: failure → fallback → compensation → bounded impact.',
        },
      ],
    },

    // Phrasing library. Each `strong` line is meant to be said aloud; `weak`
    // is the version the panel marks down.
    {
      id: 'phr-kafka-judgment',
      kind: 'phrasing',
      title: 'Judgment, not recommendation (Kafka)',
      tags: ['judgment', 'trade-off', 'consistency'],
      weak: "We'll use Kafka for streaming.",
      strong:
        'Kafka, because at-least-once delivery is what seller trust demands, and I accept the extra 10 ms it adds.',
      why: 'A tool name alone is a recommendation. Tool + reason + price paid is a judgment.',
      weakPatterns: ['we will use kafka', 'let us use kafka', 'we could use kafka', 'we can use kafka', 'we should use kafka', 'just use kafka'],
      weakUnless: ['because', 'so that', 'which means', 'at the cost of', 'i accept', 'in exchange for', 'the price is'],
    },
    {
      id: 'phr-monolith-first',
      kind: 'phrasing',
      title: 'Monolith first, with an exit trigger',
      tags: ['mvp', 'feasibility', 'trade-off'],
      weak: "A monolith, since it's simpler.",
      strong:
        'Monolith first, so we validate the hypothesis quickly; we split out services once seller growth hits the 5 % KPI.',
      why: '"Simpler" is not a reason. A validation plan with a measurable exit is.',
      weakPatterns: ['monolith * simpler', 'monolith * easier'],
      weakUnless: ['validate', 'until', 'once', 'exit'],
    },
    {
      id: 'phr-latency-is-conversion',
      kind: 'phrasing',
      title: 'Latency is conversion',
      tags: ['latency', 'impact'],
      weak: "Latency isn't a worry here; throughput is what matters.",
      strong:
        'Latency moves conversion, so checkout stays ≤ 120 ms; that is what our $8 M Q4 revenue goal rests on.',
      why: 'Dismissing latency ignores what buyers feel; tie the budget to revenue.',
      weakPatterns: ['latency is not a * concern', 'latency is not a worry', 'latency does not matter', 'do not care about latency', 'not worried about latency'],
    },
    {
      id: 'phr-own-constraints',
      kind: 'phrasing',
      title: 'Own the constraints and the final call',
      tags: ['ownership', 'trade-off'],
      weak: 'Engineering can pick the tech stack.',
      strong:
        "I'll set the constraints (regulatory, latency, cost), steer engineering toward options that satisfy them, and own the final trade-off.",
      why: 'Handing the stack to engineers reads as having no product judgment.',
      weakPatterns: ['engineering can pick', 'engineering can decide', 'engineering can choose', 'let engineering pick', 'let engineering decide', 'leave the stack to engineering', 'leave it to engineering'],
    },
    {
      id: 'phr-shard-seller-id',
      kind: 'phrasing',
      title: 'Sharding by seller ID, in business terms',
      tags: ['scalability', 'impact'],
      weak: "We'll shard by user ID for horizontal scale.",
      strong:
        'Sharding on seller ID walls off hot sellers, contention drops, and time-to-list goes from 4 hours to 2 hours: about +5 % daily active sellers.',
      why: 'Scale claims need a business metric; seller onboarding time is the one here.',
      weakPatterns: ['shard by user id', 'shard on user id'],
      weakUnless: ['because', 'so that', 'which means', 'time to list'],
    },
    {
      id: 'phr-scale-with-latency',
      kind: 'phrasing',
      title: 'Scale that keeps conversion',
      tags: ['scalability', 'latency', 'impact'],
      weak: 'We can scale to 1 M QPS.',
      strong:
        "We handle 1 M QPS and checkout still answers in under 120 ms, so the scale doesn't cost us conversion.",
      why: 'A throughput number alone says nothing about the buyer.',
      weakPatterns: ['we can scale to', 'it scales to', 'we will scale to', 'scale to infinity', 'scales infinitely'],
      weakUnless: ['ms', 'millisecond*', 'latency', 'conversion', 'checkout'],
    },
    {
      id: 'phr-latency-budget-source',
      kind: 'phrasing',
      title: 'Where the latency budget comes from',
      tags: ['latency'],
      strong:
        "Add to Cart gets a 120 ms budget. Last quarter's live drops ran about 150 ms at the 80th percentile, so that is the gap we are closing.",
      why: 'A budget derived from real data is defensible; a round number is not.',
    },
    {
      id: 'phr-cost-range',
      kind: 'phrasing',
      title: 'Monthly cost as a range',
      tags: ['cost'],
      weak: "It shouldn't cost much.",
      strong:
        "At 200 TB stored and 10 M read-writes a day, I'd put the AWS bill near $12,800 a month, ±15 %.",
      why: 'Assumptions plus a range show you can reason about money without false precision.',
      weakPatterns: ['should not cost much', 'will not cost much', 'does not cost much', 'cheap enough', 'pretty cheap'],
    },
    {
      id: 'phr-residency-switch',
      kind: 'phrasing',
      title: 'Data residency decision point',
      tags: ['regulatory', 'latency', 'trade-off'],
      strong:
        'If residency becomes a requirement, that data moves to a regional cluster: +20 ms, fully compliant, still inside budget.',
      why: 'Name the decision point and its price before you are asked.',
    },
    {
      id: 'phr-own-risk',
      kind: 'phrasing',
      title: 'Owning the risk',
      tags: ['ownership', 'risk'],
      weak: "We'll check with engineering.",
      strong: 'We own the mitigation plan, and we set the SLA thresholds that trigger it.',
      why: 'Deferring risk to engineering is the opposite of the ownership signal.',
      weakPatterns: ['check with engineering', 'ask engineering', 'ask the engineers', 'check with the engineers'],
    },
    {
      id: 'phr-sla-thresholds',
      kind: 'phrasing',
      title: 'Define SLA thresholds',
      tags: ['ownership', 'risk', 'latency'],
      strong:
        'Our SLA: 99.9 % uptime and p80 under 150 ms. Crossing either one pages us and starts the fallback.',
      why: 'Thresholds turn "we will monitor it" into a plan someone can run.',
    },
    {
      id: 'phr-caching-conversion',
      kind: 'phrasing',
      title: 'Caching → conversion',
      tags: ['impact', 'latency'],
      weak: "We'll add a cache to make it faster.",
      strong: 'Caching cuts read latency, and earlier A/B tests put that at roughly +2 % conversion.',
      why: 'Every lever ends on a metric, with the evidence behind the estimate.',
      weakPatterns: ['add a cache to make it faster', 'add a cache', 'add caching', 'throw a cache', 'put a cache'],
      weakUnless: ['because', 'so that', 'which means', 'at the cost of', 'i accept', 'in exchange for', 'the price is', 'conversion', 'revenue'],
    },
    {
      id: 'phr-open-problem',
      kind: 'phrasing',
      title: 'Open with the problem, not the diagram',
      tags: ['opening', 'impact'],
      weak: 'Let me start with the data flow.',
      strong:
        'Before I draw anything: sellers need live drops that hold up under a crowd. My hypothesis is 100 k concurrent viewers at < 200 ms end-to-end.',
      why: 'Jumping to boxes signals you are solving the wrong problem.',
      weakPatterns: ['start with the data flow', 'start with the architecture', 'start by drawing', 'start with the database', 'jump into the architecture'],
    },
    {
      id: 'phr-constraints-up-front',
      kind: 'phrasing',
      title: 'Constraints up front',
      tags: ['opening', 'feasibility'],
      strong:
        'Three hard limits before we design: regulatory compliance, 99.9 % uptime, and latency below 150 ms.',
      why: 'Constraints shape every later choice; say them first.',
    },
    {
      id: 'phr-mvp-scope',
      kind: 'phrasing',
      title: 'What fits the 30-day MVP',
      tags: ['mvp', 'feasibility'],
      strong:
        'For the 30-day MVP: one region, one cache tier, no live recommendations. Those wait until conversion proves the hypothesis.',
      why: 'Feasibility means cutting scope to the timeline, out loud.',
    },
    {
      id: 'phr-close-levers',
      kind: 'phrasing',
      title: 'Closing: levers to metrics',
      tags: ['closing', 'impact'],
      strong:
        'To wrap up, each lever against its metric: caching for conversion, seller-ID sharding for seller activity, the checkout budget for Q4 revenue.',
      why: 'The close is where the decision narrative lands.',
    },
    {
      id: 'phr-cache-failure-answer',
      kind: 'phrasing',
      title: 'Cache invalidation fails mid-sale',
      tags: ['follow-up', 'risk'],
      weak: "We'll add a fallback to the DB.",
      strong:
        'If invalidation breaks mid-sale, we switch to write-through and log it, compensate within 30 seconds, and cap leakage below $5 k per incident at a $45 average order.',
      why: 'A single fallback is not a mitigation hierarchy; give every stage.',
      weakPatterns: ['fallback to the db', 'fall back to the db', 'fall back to the database', 'fallback to the database'],
      weakUnless: ['within', 'seconds', 'compensat*', 'bounded'],
    },
    {
      id: 'phr-sub-second',
      kind: 'phrasing',
      title: 'Sub-second latency follow-up',
      tags: ['latency', 'follow-up'],
      strong:
        "Sub-second isn't one number: checkout needs 120 ms, the stream needs < 200 ms end-to-end, and the feed can live with more.",
      why: 'Split the budget by path instead of promising speed everywhere.',
    },
    {
      id: 'phr-consistency-for-stock',
      kind: 'phrasing',
      title: 'Pay latency for consistency where money is',
      tags: ['consistency', 'trade-off'],
      strong:
        "For stock counts I'll pay latency for consistency; an oversold item costs more trust than a few milliseconds cost conversion.",
      why: 'Owning which side of the trade-off you take is the signal.',
    },
    {
      id: 'phr-eventual-is-fine',
      kind: 'phrasing',
      title: 'Where eventual consistency is fine',
      tags: ['consistency', 'trade-off', 'cost'],
      strong:
        'Viewer counts and likes can be eventually consistent; nobody loses money when they lag a second, and it is much cheaper.',
      why: 'Choosing weaker guarantees on purpose shows judgment, not laziness.',
    },
    {
      id: 'phr-impact-over-elegance',
      kind: 'phrasing',
      title: 'Impact over elegance',
      tags: ['judgment', 'impact'],
      strong: 'The plainer design wins here because it moves the metric sooner; elegance can come later.',
      why: 'Panels score impact first.',
    },
    {
      id: 'phr-what-it-buys',
      kind: 'phrasing',
      title: 'What scale buys the business',
      tags: ['scalability', 'impact'],
      weak: 'This gives us horizontal scalability.',
      strong:
        "Horizontal scale isn't the goal in itself; what it buys us is faster seller onboarding, measured as time-to-list.",
      why: 'Expect "what does that do for the business?" and answer it first.',
      weakPatterns: ['gives us horizontal scalability', 'gives us scalability', 'for scalability', 'makes it scalable', 'more scalable'],
      weakUnless: ['so that', 'which means', 'conversion', 'sellers', 'buyers', 'revenue'],
    },
    {
      id: 'phr-fan-out',
      kind: 'phrasing',
      title: 'Watch party: fan-out and persistence',
      tags: ['scalability', 'consistency'],
      strong:
        'A watch party is a fan-out problem: one host event, many guests. I persist the session so a reconnect puts you back in the same party.',
      why: 'Names the pattern the panel is listening for.',
    },
    {
      id: 'phr-fan-in',
      kind: 'phrasing',
      title: 'Watch party: fan-in',
      tags: ['scalability', 'cost'],
      strong:
        'Reactions fan in: we aggregate per party before broadcasting, so the host sees one number instead of a flood.',
      why: 'Shows you thought about both directions of traffic, and their cost.',
    },
    {
      id: 'phr-risk-score',
      kind: 'phrasing',
      title: "Scoring a lever's risk",
      tags: ['risk', 'trade-off'],
      strong: "I'd score caching a 3 out of 5 on risk; here is the mitigation that brings it down.",
      why: 'A risk score invites the follow-up you have already prepared.',
    },
    {
      id: 'phr-state-assumption',
      kind: 'phrasing',
      title: 'State the assumption',
      tags: ['risk', 'follow-up'],
      strong: 'My assumption, so you can push on it: a $45 average order value.',
      why: 'A bounded impact is only as good as the assumption it comes from.',
    },
    {
      id: 'phr-range-not-point',
      kind: 'phrasing',
      title: 'Ranges, not points',
      tags: ['cost', 'judgment'],
      weak: 'It will cost exactly this much.',
      strong:
        'I give a range rather than a point because the assumptions will drift; ±15 % covers the likely swing in read-write volume.',
      why: 'False precision undermines trust in every other number.',
      weakPatterns: ['cost exactly', 'exactly this much', 'costs precisely'],
    },
    {
      id: 'phr-first-cost-lever',
      kind: 'phrasing',
      title: 'First cost lever',
      tags: ['cost', 'trade-off'],
      strong:
        "If that's over budget, the first lever is tiering cold data out of the 200 TB, not shrinking the cache that earns conversion.",
      why: 'Cut cost where it does not touch the metric.',
    },
    {
      id: 'phr-async-off-path',
      kind: 'phrasing',
      title: 'Async off the hot path',
      tags: ['latency', 'scalability'],
      strong:
        "Anything the buyer doesn't wait for goes async (receipts, seller analytics) so checkout keeps its 120 ms.",
      why: 'Async processing is a latency lever only if you say which path it protects.',
    },
    {
      id: 'phr-compliance-constraint',
      kind: 'phrasing',
      title: 'Compliance as a constraint',
      tags: ['regulatory', 'feasibility'],
      strong: 'Compliance is a constraint, not a feature: it decides where data lives from day one.',
      why: 'Regulation retrofitted later costs far more than designed in.',
    },
    {
      id: 'phr-uptime-meaning',
      kind: 'phrasing',
      title: 'What 99.9 % uptime means',
      tags: ['risk', 'feasibility'],
      strong:
        '99.9 % uptime still allows roughly 43 minutes down a month; during a live show that is costly, so failover ships in the MVP.',
      why: 'Translating an SLA into minutes shows you know what it costs.',
    },
    {
      id: 'phr-named-trade',
      kind: 'phrasing',
      title: 'Name the trade you are making',
      tags: ['trade-off', 'judgment'],
      strong: 'Here is the trade: +10 ms per event in exchange for never losing a bid. I would make it again.',
      why: 'Saying the price out loud is trade-off articulation.',
    },
    {
      id: 'phr-decision-point',
      kind: 'phrasing',
      title: 'Decision point, not a guess',
      tags: ['regulatory', 'judgment'],
      strong:
        'Decision point: if residency becomes law we go regional; until then one cluster keeps latency lowest.',
      why: 'A clear trigger beats building for every possible rule now.',
    },
    {
      id: 'phr-extract-on-data',
      kind: 'phrasing',
      title: 'Extract services on data, not taste',
      tags: ['mvp', 'scalability'],
      weak: "We'll use microservices from the start.",
      strong:
        'We split out a service when the data says so, at 5 % seller growth, not when the diagram looks crowded.',
      why: 'Architecture changes should follow the KPI.',
      weakPatterns: ['microservices from the start', 'microservices from day one', 'start with microservices', 'microservices from the beginning'],
    },
    {
      id: 'phr-hot-seller',
      kind: 'phrasing',
      title: 'Why the shard key is the seller',
      tags: ['scalability'],
      strong: "One hot seller should never slow anyone else's drop; that is why the shard key is the seller.",
      why: 'Justify the key by the failure it prevents.',
    },
    {
      id: 'phr-define-thresholds',
      kind: 'phrasing',
      title: 'I define, engineering sizes',
      tags: ['ownership'],
      weak: 'Engineering will tell us what is possible.',
      strong: 'I define the thresholds; engineering tells me what it takes to hold them, and we decide together.',
      why: 'Ownership without overreach.',
      weakPatterns: ['engineering will tell us', 'engineers will tell us', 'engineering will figure', 'engineering will decide'],
    },
    {
      id: 'phr-metric-anchor',
      kind: 'phrasing',
      title: 'Anchor the estimate',
      tags: ['impact'],
      strong: "That 2 % isn't a guess; it comes from earlier A/B tests on read latency.",
      why: 'Estimates with a source survive the follow-up.',
    },
    {
      id: 'phr-confirm-goal',
      kind: 'phrasing',
      title: 'Confirm the goal',
      tags: ['opening', 'judgment'],
      strong:
        'Quick check before I start: are we optimising for seller onboarding or buyer conversion? It changes the design.',
      why: 'One clarifying question shows product focus; ten shows stalling.',
    },
    {
      id: 'phr-follow-up-bridge',
      kind: 'phrasing',
      title: 'Bridge into a follow-up',
      tags: ['follow-up', 'risk'],
      strong: 'Good question. Let me walk it as failure, fallback, compensation, then the worst-case cost.',
      why: 'Announcing the shape buys a second to think and shows structure.',
    },
    {
      id: 'phr-bounded-impact',
      kind: 'phrasing',
      title: 'Bounded impact',
      tags: ['risk', 'impact'],
      strong:
        'The worst case is bounded: under $5 k an incident, because the compensating transaction runs inside 30 seconds.',
      why: 'A risk with a ceiling is a risk the business can accept.',
    },
    {
      id: 'phr-closing-summary',
      kind: 'phrasing',
      title: 'Closing summary',
      tags: ['closing', 'risk'],
      strong:
        'So: one hypothesis, three constraints, four levers each tied to a metric. The biggest risk is cache invalidation, and it is bounded.',
      why: 'End by repeating the decision, not the diagram.',
    },
    {
      id: 'phr-latency-vs-throughput',
      kind: 'phrasing',
      title: 'Throughput vs latency',
      tags: ['latency', 'impact', 'trade-off'],
      strong:
        'Throughput keeps us up; latency keeps us selling. I budget both, but latency is what buyers feel.',
      why: 'Shows you know which one the business pays for.',
    },
    {
      id: 'phr-time-box',
      kind: 'phrasing',
      title: 'Time-box the opening',
      tags: ['opening'],
      strong:
        "I'll take two minutes on problem and constraints, then go to levers. Stop me wherever you want depth.",
      why: 'Keeps all three signals inside the first ten minutes.',
    },
    {
      id: 'phr-say-not-yet',
      kind: 'phrasing',
      title: 'Saying "not yet"',
      tags: ['mvp', 'judgment'],
      strong:
        'I would leave real-time recommendations out of the MVP: the lift is unproven and it adds latency risk to every stream.',
      why: 'What you leave out is a judgment too.',
    },
    {
      id: 'phr-revenue-tie',
      kind: 'phrasing',
      title: 'Tie milliseconds to revenue',
      tags: ['latency', 'impact'],
      strong:
        'Every millisecond we keep off checkout protects conversion, and conversion is what the $8 M Q4 target runs on.',
      why: 'Latency framed as money lands with business-minded panelists.',
    },
    {
      id: 'phr-idempotent',
      kind: 'phrasing',
      title: 'At-least-once means duplicates',
      tags: ['consistency', 'risk'],
      strong:
        'At-least-once means a duplicate can arrive, so consumers are idempotent. I would rather dedupe than drop a bid.',
      why: 'Shows you know the side effect of the guarantee you picked.',
    },
    {
      id: 'phr-regional-fits-budget',
      kind: 'phrasing',
      title: 'Regional cluster fits the budget',
      tags: ['regulatory', 'latency'],
      strong:
        "The regional cluster costs 20 ms, and our 150 ms budget has that room, so compliance doesn't break the experience.",
      why: 'Check the compliance cost against the budget you already stated.',
    },
    {
      id: 'phr-why-this-stack',
      kind: 'phrasing',
      title: 'Why this stack',
      tags: ['feasibility', 'mvp'],
      strong:
        'Why this stack: the team can ship it in 30 days, and it carries the first 100 k viewers without a rewrite.',
      why: 'Feasibility is the stack measured against the timeline.',
    },
    {
      id: 'phr-how-we-know',
      kind: 'phrasing',
      title: 'How we will know it works',
      tags: ['ownership', 'impact'],
      strong: "We'll know it works from p80 latency and conversion per show, on one dashboard from launch day.",
      why: 'Ownership includes measuring the outcome.',
    },
    {
      id: 'phr-concurrency-anchor',
      kind: 'phrasing',
      title: 'The number that drives the design',
      tags: ['scalability', 'latency'],
      strong:
        'The hard number is 100 k concurrent viewers; everything else follows from keeping them under 200 ms.',
      why: 'One anchoring number makes the rest of the design easy to follow.',
    },
    {
      id: 'phr-mitigation-ladder',
      kind: 'phrasing',
      title: 'A ladder, not a single fallback',
      tags: ['risk', 'follow-up', 'ownership'],
      strong:
        'A fallback is only the first rung; I will give you the compensation step and the cap on loss as well.',
      why: 'Panels mark down a single tech choice offered as a mitigation.',
    },
  ],
} satisfies DeckInput;

// Written complete (every default spelled out), so it is a Deck as it stands
// and the panel spends no parse on it at start-up; default-deck.test.ts checks
// that the schema accepts it and would change nothing.
export const defaultDeck: Deck = source;
