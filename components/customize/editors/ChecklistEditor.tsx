import type { ChecklistCard } from '../../../cards/schema';
import type { EditorProps } from './editor-props';
import { TextField } from './fields';
import { newRowId } from './new-row-id';
import { RowList } from './RowList';

type Item = ChecklistCard['items'][number];

export function ChecklistEditor({ card, onChange, errors }: EditorProps<ChecklistCard>) {
  return (
    <RowList<Item>
      label="Items"
      itemName="Item"
      items={card.items}
      error={errors.items}
      onChange={(items) => onChange({ ...card, items })}
      newItem={(items) => ({ id: newRowId('item', items), text: 'Something to check.' })}
      render={(item, index, update) => (
        <TextField label="Text" placeholder="Something to check" value={item.text} error={errors[`items.${index}.text`]} onChange={(text) => update({ ...item, text })} />
      )}
    />
  );
}
