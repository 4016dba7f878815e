/**
 * Every name Sidecue stores something under, in one place. These strings are
 * the storage format: existing installs read them back, so a name here never
 * changes without a migration. Other modules import the names; none spells one.
 */

// ---------------------------------------------------------------------------
// Decks and cards (browser.storage.local, written by store.ts). Each card is
// its own key, so two windows editing different cards never overwrite each
// other, and a broken card can be set aside without touching its neighbours.

export const deckKey = (deckId: string) => `deck:${deckId}`;
export const cardKey = (deckId: string, cardId: string) => `card:${deckId}:${cardId}`;
/**
 * Where a record set aside is kept: one key per distinct value (`stamp` is
 * its fingerprint; older releases used the time), so a key set aside twice
 * with different values keeps both copies, and the same value once.
 */
export const quarantineKey = (key: string, stamp: string | number) => `quarantine:${key}@${stamp}`;

export type ParsedKey =
  | { type: 'deck'; deckId: string }
  | { type: 'card'; deckId: string; cardId: string }
  | { type: 'quarantine'; key: string }
  | { type: 'other' };

// Ids never contain ':' (see idSchema), so splitting on it is safe.
export function parseKey(key: string): ParsedKey {
  const [type, ...rest] = key.split(':');
  if (type === 'deck' && rest.length === 1) return { type, deckId: rest[0]! };
  if (type === 'card' && rest.length === 2) return { type, deckId: rest[0]!, cardId: rest[1]! };
  if (type === 'quarantine' && rest.length > 0) return { type, key: rest.join(':') };
  return { type: 'other' };
}

/** Whether `key` holds one of `deckId`'s records (its deck record or a card). */
export function isDeckRecordKey(key: string, deckId: string): boolean {
  const parsed = parseKey(key);
  return (parsed.type === 'deck' || parsed.type === 'card') && parsed.deckId === deckId;
}

// ---------------------------------------------------------------------------
// Settings and state, as @wxt-dev/storage names its items ("area:key"). None
// parses as a deck or card key, so the store and the syncer pass them by.

/** The section, step and glance mode the panel was left on (preferences.ts). */
export const PANEL_VIEW_KEY = 'local:panelView';
/** The same, as browser.storage.local itself names it (for readers without @wxt-dev/storage). */
export const PANEL_VIEW_STORAGE_NAME = PANEL_VIEW_KEY.replace(/^local:/, '');
/** Pinned phrasing ids (preferences.ts). */
export const FAVORITES_KEY = 'local:favorites';
/** The words the user put in a follow-up template's blanks, per card and variant (follow-up-fills.ts). */
export const FOLLOW_UP_FILLS_KEY = 'local:followUpFills';
/** The deck the panel shows (preferences.ts). */
export const ACTIVE_DECK_KEY = 'local:activeDeckId';
/** The same, as browser.storage.local itself names it (for readers without @wxt-dev/storage). */
export const ACTIVE_DECK_STORAGE_NAME = ACTIVE_DECK_KEY.replace(/^local:/, '');
/**
 * The active deck's record keys, as the last panel with the whole library saw
 * them ({ deckId, keys }; active-deck-index.ts). Only a hint for the first
 * screen's read, so it need not list every key of every deck: a stale or
 * missing one costs a moment, never a card (the whole library is read after).
 */
export const ACTIVE_DECK_INDEX_KEY = 'local:activeDeckIndex';
/** The same, as browser.storage.local itself names it (for readers without @wxt-dev/storage). */
export const ACTIVE_DECK_INDEX_STORAGE_NAME = ACTIVE_DECK_INDEX_KEY.replace(/^local:/, '');
/** The background's stamp asking the panel to focus phrasing search; per session (lookup-request.ts). */
export const LOOKUP_REQUEST_KEY = 'session:lookupRequest';
/** The rehearsal under way, if any (rehearsal/session.ts). */
export const REHEARSAL_SESSION_KEY = 'local:rehearsalSession';
/** The same, as browser.storage.local itself names it (for readers without @wxt-dev/storage). */
export const REHEARSAL_SESSION_STORAGE_NAME = REHEARSAL_SESSION_KEY.replace(/^local:/, '');
/** Length, checkpoints, sound and prompt of the next rehearsal (rehearsal/settings.ts). */
export const REHEARSAL_SETTINGS_KEY = 'local:rehearsalSettings';
/**
 * Finished rehearsals as one list, as releases before issue 18 kept them
 * (rehearsal/history.ts). Bare, as browser.storage names it. Read only to be
 * migrated into one record per rehearsal (rehearsal/history-migration.ts),
 * then removed; a history that cannot be read is set aside under
 * quarantineKey of it.
 */
export const REHEARSAL_HISTORY_KEY = 'rehearsalHistory';
/**
 * One finished rehearsal (rehearsal/history.ts), bare in browser.storage.local:
 * each its own key, so two windows saving two runs never overwrite each
 * other, and an unreadable one is set aside alone. parseKey passes these by
 * (the deck store and the syncer leave them alone); rehearsalIdOfKey reads them.
 */
export const REHEARSAL_PREFIX = 'rehearsal:';
export const rehearsalKey = (rehearsalId: string) => `${REHEARSAL_PREFIX}${rehearsalId}`;
/** The rehearsal id a key names, or undefined when it is no rehearsal's key. */
export const rehearsalIdOfKey = (key: string) =>
  key.startsWith(REHEARSAL_PREFIX) && key.length > REHEARSAL_PREFIX.length ? key.slice(REHEARSAL_PREFIX.length) : undefined;
/**
 * One drill item's schedule (drill/review-record.ts), bare in
 * browser.storage.local as `review:<deck>:<card>:<item kind>`: one record per
 * item, so two windows grading two items never overwrite each other and an
 * unreadable one is set aside alone. parseKey passes these by (the deck store
 * and the syncer leave them alone); the drill reads them by prefix.
 */
export const REVIEW_PREFIX = 'review:';
export const reviewKey = (itemId: string) => `${REVIEW_PREFIX}${itemId}`;
/** Every review key of one deck starts with this. */
export const reviewDeckPrefix = (deckId: string) => `${REVIEW_PREFIX}${deckId}:`;
/** The item id a key names, or undefined when it is no review's key. */
export const reviewItemIdOfKey = (key: string) =>
  key.startsWith(REVIEW_PREFIX) && key.length > REVIEW_PREFIX.length ? key.slice(REVIEW_PREFIX.length) : undefined;
/**
 * An editor's draft not yet saved when the panel closed or reloaded
 * (storage/pending-edit.ts), bare in browser.storage.local as
 * `pendingEdit:<deck>:<card>:<panel>`: a save is several storage calls, and a
 * page going away finishes none of them, so the draft is kept in one call and
 * saved at the next start. One key per panel, so two panels closing with
 * drafts of one card keep both. parseKey passes these by (the deck store and
 * the syncer leave them alone).
 */
export const PENDING_EDIT_PREFIX = 'pendingEdit:';
export const pendingEditKey = (deckId: string, cardId: string, panelId: string) => `${PENDING_EDIT_PREFIX}${deckId}:${cardId}:${panelId}`;
/** Desired retention and new items a day (drill/drill-settings.ts). */
export const DRILL_SETTINGS_KEY = 'local:drillSettings';
/** The names the user picked as theirs in transcripts, most recent first (transcript/remembered-speakers.ts). */
export const TRANSCRIPT_SPEAKERS_KEY = 'local:transcriptSpeakers';
/** What the user typed into one calculator: one key per calculator (calculators/remembered-inputs.ts). */
export const calculatorInputsKey = (calculatorId: string) => `local:calculator:${calculatorId}` as const;

// ---------------------------------------------------------------------------
// Sync's bookkeeping on this device (browser.storage.local).

/** What the panel says about sync, written by the background (sync/status.ts). */
export const SYNC_STATUS_KEY = 'sync-status';
/** The sync notice the user answered "Got it" to (its words), so it stays away until sync says something new (SyncNotice.tsx). */
export const SYNC_NOTICE_SEEN_KEY = 'local:syncNoticeSeen';
/** Deletion markers of this device, kept until they have reached sync and expired (sync/sync.ts). */
export const TOMBSTONES_KEY = 'sync-tombstones';
/**
 * Edits this device made that another device's edit replaced without having
 * seen them (sync/lost-edits.ts): kept until the user puts them back or
 * dismisses them, so the text is never simply gone.
 */
export const LOST_EDITS_KEY = 'sync-lost-edits';

// ---------------------------------------------------------------------------
// browser.storage.sync mirrors the local record keys under a "sync:" prefix:
//   sync:deck:<deck>              the deck record (name, description, times)
//   sync:card:<deck>:<card>       a card record, or the manifest of a chunked one
//   sync:card:<deck>:<card>#<n>   the n-th piece of a chunked card's JSON
//   sync:gone:<local key>         a deletion marker { at } (a tombstone)
// Ids never hold ':' or '#' (see idSchema), so these parse back unambiguously
// (parseSyncKey in sync/keys.ts).

export const SYNC_PREFIX = 'sync:';
export const SYNC_GONE_PREFIX = `${SYNC_PREFIX}gone:`;

export const syncKey = (localKey: string) => `${SYNC_PREFIX}${localKey}`;
export const syncChunkKey = (localKey: string, index: number) => `${syncKey(localKey)}#${index}`;
export const syncGoneKey = (localKey: string) => `${SYNC_GONE_PREFIX}${localKey}`;
