import { cardSchema, type Card, type CardKind } from './schema';
import { uniqueId } from './unique-id';

export const CARD_KINDS: { kind: CardKind; label: string }[] = [
  { kind: 'phrasing', label: 'Phrasing' },
  { kind: 'note', label: 'Note' },
  { kind: 'prompt', label: 'Practice prompt' },
  { kind: 'template', label: 'Follow-up template' },
  { kind: 'checklist', label: 'Checklist' },
  { kind: 'matrix', label: 'Decision matrix' },
  { kind: 'steps', label: 'Steps' },
];

export const kindLabel = (kind: CardKind) => CARD_KINDS.find((entry) => entry.kind === kind)?.label ?? kind;

/**
 * A card of `kind` that already passes the schema, so it can be saved the
 * moment it is added; its placeholder words tell the user what to replace.
 */
export function newCard(kind: CardKind, takenIds: Iterable<string>): Card {
  const id = uniqueId(`my-${kind}`, takenIds);
  const title = `New ${kindLabel(kind).toLowerCase()}`;
  const base = { id, title, tags: [] };
  const card = ((): Card => {
    switch (kind) {
      case 'steps':
        return { ...base, kind, steps: [{ id: 'step-1', title: 'First step', cue: 'What to say first.', prompts: [], example: '' }] };
      case 'template':
        return {
          ...base,
          kind,
          shape: [],
          variants: [
            {
              id: 'variant-1',
              name: 'First variant',
              sentence: 'If {failure} happens, we fall back to {fallback}.',
              slots: [
                { id: 'failure', label: 'Failure', hint: '', example: '' },
                { id: 'fallback', label: 'Fallback', hint: '', example: '' },
              ],
            },
          ],
        };
      case 'phrasing':
        return { ...base, kind, strong: 'The sentence to say.', weak: '', why: '' };
      case 'prompt':
        return {
          ...base,
          kind,
          domain: 'Domain',
          question: 'The interview question.',
          hypothesis: 'The product hypothesis, with a number in it.',
          constraints: [],
          levers: [],
          followUps: [],
        };
      case 'checklist':
        return { ...base, kind, items: [{ id: 'item-1', text: 'First thing to check.' }] };
      case 'matrix':
        return { ...base, kind, rows: [] };
      case 'note':
        return { ...base, kind, body: '', points: [] };
    }
  })();
  // Parsed so a change to the schema that these stop meeting fails the tests, not the user.
  return cardSchema.parse(card);
}
