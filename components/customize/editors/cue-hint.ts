/** How a review cue is written (cards/transcript/match-cue.ts), said once for every field that takes them. */
export const CUE_HINT = 'One phrase a line; a word ending in * matches any word it starts, a lone * stands for up to three words.';
