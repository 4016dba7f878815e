import type { Card, CardKind } from './schema';
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
 * A blank card of `kind` for the editor to open: every text empty, so the
 * editor shows placeholders rather than words the user must delete. It does
 * not pass the schema until its title and required fields are filled, and so
 * is not saved (added to the deck) until then.
 */
export function newCard(kind: CardKind, takenIds: Iterable<string>): Card {
  const id = uniqueId(`my-${kind}`, takenIds);
  const base = { id, title: '', tags: [] };
  switch (kind) {
    case 'steps':
      return { ...base, kind, steps: [{ id: 'step-1', title: '', cue: '', prompts: [], example: '' }] };
    case 'template':
      return { ...base, kind, shape: [], variants: [{ id: 'variant-1', name: '', sentence: '', slots: [] }] };
    case 'phrasing':
      return { ...base, kind, strong: '', weak: '', why: '' };
    case 'prompt':
      return { ...base, kind, domain: '', question: '', hypothesis: '', constraints: [], levers: [], followUps: [] };
    case 'checklist':
      return { ...base, kind, items: [{ id: 'item-1', text: '' }] };
    case 'matrix':
      return { ...base, kind, rows: [] };
    case 'note':
      return { ...base, kind, body: '', points: [] };
  }
}
