import type { MatrixCard, MatrixRow } from '../../../cards/schema';
import type { EditorProps } from './editor-props';
import { errorsUnder, hasErrorsUnder } from './field-errors';
import { MatrixRowFields, newMatrixRow } from './MatrixRowFields';
import { newRowId } from './new-row-id';
import { RowList } from './RowList';

export function MatrixEditor({ card, onChange, errors }: EditorProps<MatrixCard>) {
  return (
    <RowList<MatrixRow>
      label="Rows"
      itemName="Row"
      items={card.rows}
      error={errors.rows}
      describe={(row) => row.lever}
      collapsible
      hasError={(index) => hasErrorsUnder(errors, `rows.${index}`)}
      onChange={(rows) => onChange({ ...card, rows })}
      newItem={(rows) => newMatrixRow(newRowId('row', rows))}
      render={(row, index, update) => <MatrixRowFields row={row} update={update} errors={errorsUnder(errors, `rows.${index}`)} />}
    />
  );
}
