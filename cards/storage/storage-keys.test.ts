import { describe, expect, it } from 'vitest';
import * as keys from './storage-keys';

// These strings are the storage format: an install from any earlier version
// reads its decks and settings back through them. A change here breaks that.
describe('the storage format', () => {
  it('keeps every name an existing install has written', () => {
    expect(keys.deckKey('acme')).toBe('deck:acme');
    expect(keys.cardKey('acme', 'a')).toBe('card:acme:a');
    expect(keys.quarantineKey('card:acme:a', 5)).toBe('quarantine:card:acme:a@5');
    expect(keys.PANEL_VIEW_KEY).toBe('local:panelView');
    expect(keys.FAVORITES_KEY).toBe('local:favorites');
    expect(keys.ACTIVE_DECK_KEY).toBe('local:activeDeckId');
    expect(keys.LOOKUP_REQUEST_KEY).toBe('session:lookupRequest');
    expect(keys.REHEARSAL_SESSION_KEY).toBe('local:rehearsalSession');
    expect(keys.REHEARSAL_SETTINGS_KEY).toBe('local:rehearsalSettings');
    expect(keys.REHEARSAL_HISTORY_KEY).toBe('rehearsalHistory');
    expect(keys.rehearsalKey('r1')).toBe('rehearsal:r1');
    expect(keys.TRANSCRIPT_SPEAKERS_KEY).toBe('local:transcriptSpeakers');
    expect(keys.calculatorInputsKey('tam')).toBe('local:calculator:tam');
    expect(keys.reviewKey('acme:a:strong')).toBe('review:acme:a:strong');
    expect(keys.DRILL_SETTINGS_KEY).toBe('local:drillSettings');
    expect(keys.SYNC_STATUS_KEY).toBe('sync-status');
    expect(keys.TOMBSTONES_KEY).toBe('sync-tombstones');
    expect(keys.LOST_EDITS_KEY).toBe('sync-lost-edits');
    expect(keys.syncKey('card:acme:a')).toBe('sync:card:acme:a');
    expect(keys.syncChunkKey('card:acme:a', 2)).toBe('sync:card:acme:a#2');
    expect(keys.syncGoneKey('deck:acme')).toBe('sync:gone:deck:acme');
  });

  it('reads deck, card and set-aside keys back, and passes every other name by', () => {
    expect(keys.parseKey('deck:acme')).toEqual({ type: 'deck', deckId: 'acme' });
    expect(keys.parseKey('card:acme:a')).toEqual({ type: 'card', deckId: 'acme', cardId: 'a' });
    expect(keys.parseKey('quarantine:card:acme:a@5')).toEqual({ type: 'quarantine', key: 'card:acme:a@5' });
    const settings = [
      keys.PANEL_VIEW_KEY,
      keys.FAVORITES_KEY,
      keys.ACTIVE_DECK_KEY,
      keys.REHEARSAL_SESSION_KEY,
      keys.REHEARSAL_SETTINGS_KEY,
      keys.REHEARSAL_HISTORY_KEY,
      keys.rehearsalKey('r1'),
      keys.calculatorInputsKey('tam'),
      keys.reviewKey('acme:a:strong'),
      keys.DRILL_SETTINGS_KEY,
      keys.SYNC_STATUS_KEY,
      keys.LOST_EDITS_KEY,
      keys.TOMBSTONES_KEY,
    ];
    // WXT stores "local:panelView" under "panelView" in browser.storage.local.
    for (const name of settings) expect(keys.parseKey(name.replace(/^local:/, ''))).toEqual({ type: 'other' });
    expect(keys.rehearsalIdOfKey('rehearsal:r1')).toBe('r1');
    expect(keys.rehearsalIdOfKey('rehearsalSession')).toBeUndefined();
    expect(keys.rehearsalIdOfKey('rehearsal:')).toBeUndefined();
  });
});
