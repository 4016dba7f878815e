import type { ReviewRecord } from './review-record';
import { saveReview } from './review-store';

/**
 * Grades given but not yet saved. A grade whose write fails (storage full)
 * stays here, still counts in the drill (the item is not asked again), and
 * is written again with the next grade or when the user asks: it is never
 * dropped silently. A later grade of the same item replaces it.
 */
export class ReviewOutbox {
  private readonly pending = new Map<string, ReviewRecord>();

  /** The records waiting to be saved, by item id. */
  get waiting(): ReadonlyMap<string, ReviewRecord> {
    return this.pending;
  }

  /** Saves `record` and everything still waiting; rejects with the first failure (in words), keeping what failed. */
  async submit(record: ReviewRecord | undefined, now: number): Promise<void> {
    if (record) this.pending.set(record.item, record);
    let failure: unknown;
    for (const [item, waiting] of [...this.pending]) {
      try {
        await saveReview(waiting, now);
        // Only if no newer grade of the same item arrived while this one was being written.
        if (this.pending.get(item) === waiting) this.pending.delete(item);
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure) throw failure;
  }
}
