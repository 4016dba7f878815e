/** A storage failure worded for the user; what was saved before is intact. */
export class StoreError extends Error {
  override name = 'StoreError';
}

const QUOTA = /quota/i;

/** Wraps a failed storage call in a message that says what happened and what is safe. */
export function toStoreError(error: unknown, action: string): StoreError {
  if (error instanceof StoreError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (QUOTA.test(detail)) {
    return new StoreError(
      `Storage is full, so ${action} was not saved. Everything saved before is intact. ` +
        'Export and delete a deck you no longer need to make room.',
    );
  }
  return new StoreError(`The browser refused to save ${action} (${detail}). Everything saved before is intact.`);
}
