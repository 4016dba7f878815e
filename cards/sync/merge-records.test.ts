import { describe, expect, it } from 'vitest';
import { stampFields } from '../storage/field-clock';
import type { CardRecord } from '../storage/stored-records';
import { mergeCardRecords } from './merge-records';
import { cardRecord, note } from './records.fixtures';

// The card as both devices last had it from sync, written whole at time 1.
const shared = cardRecord(note('a', 'Check the clock at each step.', 'Pacing'), 1, 5);

/** What a device stores after the user edits `shared` (or `from`) at `at`. */
function edited(at: number, change: Partial<{ title: string; body: string; order: number }>, from: CardRecord = shared): CardRecord {
  const { order = from.order, ...fields } = change;
  return stampFields(from, cardRecord({ ...from.card, ...fields } as CardRecord['card'], at, order), at);
}

describe('merging two devices’ versions of one card', () => {
  it('keeps both edits when the devices changed different fields, and both devices agree', () => {
    const laptop = edited(10, { title: 'Pacing, revised' });
    const desktop = edited(11, { body: 'Look at the clock after every step.' });
    const onLaptop = mergeCardRecords(laptop, desktop);
    const onDesktop = mergeCardRecords(desktop, laptop);
    expect(onLaptop.record.card).toMatchObject({ title: 'Pacing, revised', body: 'Look at the clock after every step.' });
    expect(onLaptop.record).toEqual(onDesktop.record);
    expect(onLaptop.lost).toEqual([]);
    // A second round changes nothing: the devices stop trading records.
    expect(mergeCardRecords(onLaptop.record, desktop).record).toEqual(onLaptop.record);
    expect(mergeCardRecords(onLaptop.record, onDesktop.record).record).toEqual(onLaptop.record);
  });

  it('keeps a move on one device and an edit on the other', () => {
    const moved = edited(10, { order: 2 });
    const retitled = edited(11, { title: 'Pacing, revised' });
    const merged = mergeCardRecords(moved, retitled).record;
    expect(merged.order).toBe(2);
    expect(merged.card.title).toBe('Pacing, revised');
  });

  it('gives the later edit of one field, and offers the other device its text back', () => {
    const laptop = edited(10, { title: 'Laptop title' });
    const desktop = edited(11, { title: 'Desktop title' });
    const onLaptop = mergeCardRecords(laptop, desktop);
    expect(onLaptop.record.card.title).toBe('Desktop title');
    expect(onLaptop.lost).toEqual([{ field: 'title', mine: 'Laptop title' }]);
    // The desktop's edit won; nothing of its own was lost there.
    expect(mergeCardRecords(desktop, laptop).lost).toEqual([]);
  });

  it('reports nothing when the later edit was made on top of ours', () => {
    const laptop = edited(10, { title: 'Laptop title' });
    const desktopAfterSync = edited(20, { title: 'Desktop, on top of the laptop’s' }, laptop);
    const onLaptop = mergeCardRecords(laptop, desktopAfterSync);
    expect(onLaptop.record.card.title).toBe('Desktop, on top of the laptop’s');
    expect(onLaptop.lost).toEqual([]);
  });

  it('lets a later whole write (an import, a reset) win every field, as before field clocks', () => {
    const laptop = edited(10, { title: 'Laptop title' });
    const imported = cardRecord(note('a', 'Imported body', 'Imported'), 30, 1);
    const merged = mergeCardRecords(laptop, imported);
    expect(merged.record).toEqual(imported);
    expect(merged.lost).toEqual([]);
  });

  it('takes the newer of two records written whole, unchanged (records from before field clocks)', () => {
    const older = cardRecord(note('a', 'old'), 3);
    const newer = cardRecord(note('a', 'new'), 4);
    expect(mergeCardRecords(older, newer).record).toEqual(newer);
    expect(mergeCardRecords(newer, older).record).toEqual(newer);
  });

  it('does not merge cards of different kinds: the later record wins whole', () => {
    const phrasing = cardRecord({ kind: 'phrasing', id: 'a', title: 'Pacing', tags: [], strong: 'Say it so.', why: '' } as CardRecord['card'], 9);
    const laptop = edited(10, { title: 'Laptop title' });
    expect(mergeCardRecords(phrasing, laptop).record).toEqual(laptop);
  });
});
