import { describe, expect, it } from 'vitest';
import { SECTIONS } from '../../cards/storage/preferences';
import { SECTION_DIGITS } from './shortcuts';
import { SECTION_LIST } from './sections';

describe('the section list', () => {
  it('shows every section the stored view can name, in the domain’s order, opened by digits 1 to 6', () => {
    expect(SECTION_LIST.map((entry) => entry.id)).toEqual([...SECTIONS]);
    expect(SECTION_DIGITS).toHaveLength(SECTION_LIST.length);
    expect(SECTION_LIST.map((entry) => entry.label)).toEqual(['Steps', 'Follow-ups', 'Phrasings', 'Rehearse', 'Board', 'Customize']);
  });
});
