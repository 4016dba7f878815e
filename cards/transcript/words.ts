/**
 * Speech as the review compares it: lower case, contractions spelled out
 * ("we'll" → "we will", "won't" → "will not"), hyphens as spaces, so a cue
 * written one way finds the sentence said the other way. "%" and "$" are words
 * of their own; "99.9" and "12,800" stay one number.
 */
export function speechWords(text: string): string[] {
  return spellOut(text).match(/[\p{L}\p{N}]+(?:[.,]\p{N}+)*|[%$€£]/gu) ?? [];
}

export function spellOut(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bshan't\b/g, 'shall not')
    .replace(/\blet's\b/g, 'let us')
    .replace(/n't\b/g, ' not')
    .replace(/'ll\b/g, ' will')
    .replace(/'re\b/g, ' are')
    .replace(/'ve\b/g, ' have')
    .replace(/'m\b/g, ' am')
    .replace(/'d\b/g, ' would')
    .replace(/\b(it|that|what|there|here|he|she|who)'s\b/g, '$1 is')
    .replace(/(\p{L})[-–—/](?=\p{L}|\p{N})/gu, '$1 ')
    .replace(/(\p{N})-(?=\p{L})/gu, '$1 ');
}

// Spoken numbers that carry a figure (a bare "one" or "two" rarely does).
const NUMBER_WORDS = new Set(['ten', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'million', 'billion', 'percent', 'double', 'triple', 'half', 'twice']);

/** Whether the words hold a figure: a digit, or a number word that sizes something. */
export function hasFigure(words: readonly string[]): boolean {
  return words.some((word) => /\p{N}/u.test(word) || NUMBER_WORDS.has(word));
}
