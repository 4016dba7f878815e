/**
 * The abbreviations a system-design interview is full of, each with the words
 * it stands for. Search treats every phrase of a group as the others: "qps"
 * finds "requests per second", "uptime" finds the SLA card, "gdpr" finds the
 * data-residency phrasings.
 *
 * Phrases are lower case, words separated by spaces, singular (a query's
 * plural "percentiles" matches "percentile"). Percentiles written like "p99"
 * are not listed here: search links every pNN word of the deck to
 * "percentile" itself, and never one pNN to another (p99 is not p80).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['qps', 'rps', 'request per second', 'query per second'],
  ['gdpr', 'data residency', 'residency'],
  ['sla', 'uptime', 'service level agreement'],
  ['slo', 'service level objective'],
  ['mvp', 'minimum viable product', 'minimum viable', 'first version'],
  ['kpi', 'key performance indicator', 'key metric'],
  ['ab test', 'a b test', 'split test', 'experiment'],
  ['ms', 'millisecond'],
  ['db', 'database'],
  ['pm', 'product manager'],
  ['dau', 'daily active user'],
  ['cdn', 'content delivery network'],
  ['tb', 'terabyte'],
];

/** "p99", "p80", "p999": a percentile written the short way. */
export const PERCENTILE_WORD = /^p\d{2,3}$/;
export const PERCENTILE = 'percentile';
