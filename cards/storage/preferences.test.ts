import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_VIEW, nextView, readPanelView } from './preferences';

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

  it('drops an origin it does not know', () => {
    expect(readPanelView({ section: 'customize', glance: false, editFrom: 'nowhere' }).editFrom).toBeUndefined();
  });
});
