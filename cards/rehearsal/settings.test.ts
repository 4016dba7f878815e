import { describe, expect, it } from 'vitest';
import { DEFAULT_REHEARSAL_SETTINGS, readRehearsalSettings, rehearsalSettings } from './settings';

describe('rehearsal settings', () => {
  it('default to 35 minutes, deck checkpoints, no sound, surprise prompt', async () => {
    expect(readRehearsalSettings(await rehearsalSettings.getValue())).toEqual(DEFAULT_REHEARSAL_SETTINGS);
  });

  it('keep good fields when one is bad', () => {
    expect(readRehearsalSettings({ lengthMinutes: -4, sound: true, checkpoints: 'x', promptId: 'p' })).toEqual({
      lengthMinutes: 35,
      checkpoints: [],
      sound: true,
      promptId: 'p',
    });
  });

  it('accept a one-minute run with checkpoints in seconds', () => {
    const value = { lengthMinutes: 1, checkpoints: [{ stepId: 'problem', atSeconds: 3 }], sound: false, promptId: 'surprise' };
    expect(readRehearsalSettings(value)).toEqual(value);
  });

  it('fall back entirely on garbage', () => {
    expect(readRehearsalSettings('garbage')).toEqual(DEFAULT_REHEARSAL_SETTINGS);
    expect(readRehearsalSettings(null)).toEqual(DEFAULT_REHEARSAL_SETTINGS);
  });
});
