import type { Card } from './schema';

/**
 * Every piece of text a card holds, flattened to plain lines: the title first
 * (unless `title: false`), then each textual field in reading order. Tags, ids
 * and numbers (matrix risk scores) are not text the user reads, so they are
 * left out; empty fields are skipped.
 *
 * Search indexes this (title and tags are indexed as fields of their own);
 * copy-as-text can reuse it.
 */
export function cardText(card: Card, options: { title?: boolean } = {}): string {
  const lines: (string | undefined)[] = options.title === false ? [] : [card.title];
  switch (card.kind) {
    case 'steps':
      for (const step of card.steps) lines.push(step.title, step.cue, ...step.prompts, step.example);
      break;
    case 'template':
      lines.push(...card.shape);
      for (const variant of card.variants) {
        lines.push(variant.name, variant.sentence);
        for (const slot of variant.slots) lines.push(slot.label, slot.hint, slot.example);
      }
      break;
    case 'phrasing':
      lines.push(card.strong, card.weak, card.why);
      break;
    case 'prompt':
      lines.push(card.domain, card.question, card.hypothesis, ...card.constraints);
      for (const row of card.levers) lines.push(row.lever, row.kpi, row.effect, row.mitigation);
      for (const followUp of card.followUps) lines.push(followUp.question);
      break;
    case 'checklist':
      for (const item of card.items) lines.push(item.text);
      break;
    case 'matrix':
      for (const row of card.rows) lines.push(row.lever, row.kpi, row.effect, row.mitigation);
      break;
    case 'note':
      lines.push(card.body, ...card.points);
      break;
    default: {
      // A new card kind must say what text it holds.
      const unknownKind: never = card;
      throw new Error(`cardText: unknown card kind ${(unknownKind as { kind: string }).kind}`);
    }
  }
  return lines
    .map((line) => line?.trim())
    .filter((line): line is string => !!line)
    .join('\n');
}
