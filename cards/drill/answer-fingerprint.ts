import { fingerprint } from '../storage/same-value';

/**
 * A short name for what an item asks the user to say. Case, spacing and
 * punctuation are left out, so fixing a typo or a comma keeps the item's
 * schedule; a changed word is a changed answer, and the item starts over.
 * Figures and symbols (≤, %, $) are kept: "≤ 120 ms" and "≤ 200 ms" differ.
 */
export function answerFingerprint(answer: string): string {
  const meaning = answer
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s%$€£≤≥<>~+]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return fingerprint(meaning);
}
