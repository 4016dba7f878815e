/** A phrasing with one of its figures hidden: what the panel shows and what it asks for. */
export interface Cloze {
  /** The sentence with the figure replaced by "[...]". */
  text: string;
  /** The figure as written ("120 ms", "$8 M", "5 %"). */
  answer: string;
}

export const CLOZE_GAP = '[...]';

// A number with what makes it a figure: a currency before it, a unit or scale
// after it ("120 ms", "$8 M", "5 %", "99.9%", "10x"). Bare small numbers in
// words ("two", "3 steps") are not figures worth drilling, so a figure needs a
// currency, a unit or at least two digits.
const FIGURE =
  /(?<![\p{L}\d])([$€£]\s?)?\d(?:[\d,.]*\d)?(?:\s?(?:%|ms|s|sec|min|h|x|k|K|M|B|GB|MB|TB|KB|rps|qps|QPS|RPS)(?![\p{L}]))?/gu;

/**
 * The figures of a strong phrasing, each as its own cloze: "checkout stays
 * ≤ [...]; that is what our $8 M goal rests on". At most `limit`, so a
 * phrasing full of numbers does not flood the drill.
 */
export function clozeFigures(sentence: string, limit = 3): Cloze[] {
  const clozes: Cloze[] = [];
  for (const match of sentence.matchAll(FIGURE)) {
    const figure = match[0].trim();
    const digits = figure.replace(/\D/g, '');
    const marked = Boolean(match[1]) || /\D$/.test(figure);
    if (!marked && digits.length < 2) continue;
    const start = match.index;
    clozes.push({ text: `${sentence.slice(0, start)}${CLOZE_GAP}${sentence.slice(start + match[0].length)}`, answer: figure });
    if (clozes.length === limit) break;
  }
  return clozes;
}
