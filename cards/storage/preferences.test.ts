import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_VIEW, nextView, readPanelView, storedPart } from './preferences';

describe('the panel view', () => {
  it('remembers which section asked Customize to open a card', () => {
    const steps = { ...DEFAULT_PANEL_VIEW, section: 'steps' as const };
    expect(nextView(steps, { section: 'customize', editCardId: 'three-lens' })).toMatchObject({
      section: 'customize',
      editCardId: 'three-lens',
      editFrom: 'steps',
    });
  });

  it('leaves other changes alone', () => {
    const customize = { ...DEFAULT_PANEL_VIEW, section: 'customize' as const };
    expect(nextView(customize, { editCardId: undefined, editFrom: undefined })).toEqual({ ...customize, editCardId: undefined, editFrom: undefined });
    expect(nextView(DEFAULT_PANEL_VIEW, { section: 'board' }).editFrom).toBeUndefined();
  });

  it('reads no edit request back from storage: an older version stored it, and it belongs to one window', () => {
    expect(readPanelView({ section: 'customize', glance: false, editCardId: 'three-lens', editFrom: 'steps' })).toEqual({
      section: 'customize',
      glance: false,
    });
  });

  it('stores all of a view but its edit request', () => {
    expect(storedPart({ section: 'customize', glance: true, stepId: 'levers', editCardId: 'three-lens', editFrom: 'steps' })).toEqual({
      section: 'customize',
      glance: true,
      stepId: 'levers',
    });
  });
});
