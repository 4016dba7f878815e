import type { PanelView } from '../../cards/storage/preferences';

interface Props {
  cardId: string;
  title: string;
  updateView(patch: Partial<PanelView>): void;
}

/** Opens this card in Customize's editor, from wherever the user met it. */
export function EditCardButton({ cardId, title, updateView }: Props) {
  return (
    <button
      type="button"
      className="edit-card"
      aria-label={`Edit “${title}”`}
      title="Edit this card"
      onClick={() => updateView({ section: 'customize', glance: false, editCardId: cardId })}
    >
      Edit
    </button>
  );
}
