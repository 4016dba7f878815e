import { uniqueId } from '../../../cards/unique-id';

/** An id for a new item in a list ("step-3"), unique among its siblings. */
export const newRowId = (prefix: string, items: readonly { id: string }[]) =>
  uniqueId(`${prefix}-${items.length + 1}`, items.map((item) => item.id));
