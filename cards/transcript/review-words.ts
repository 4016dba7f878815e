import type { SignalId } from './find-in-sentence';

/** What the report says about itself, wherever it is shown or copied. */
export const REVIEW_DISCLAIMER = 'A rule-based check of the words against your deck, not a judge of the answer.';

export const SIGNAL_LABELS: Record<SignalId, string> = {
  impact: 'Impact (a business metric with a number)',
  feasibility: 'Feasibility (a limit with a number, or an MVP scope)',
  tradeoff: 'Trade-off (a choice with its price)',
};
