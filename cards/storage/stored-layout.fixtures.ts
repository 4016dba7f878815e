import { sampleRecord } from '../rehearsal/sample-record.fixtures';
import { fingerprint } from './same-value';
import { ACTIVE_DECK_STORAGE_NAME, cardKey, deckKey, quarantineKey, rehearsalKey } from './storage-keys';

/**
 * Local storage as releases up to this one leave it, written key by key as
 * the store writes them (no helper of the store is used, so a change to the
 * store cannot change the fixture): three decks, one card per deck broken
 * in its own way, a record set aside by an earlier release, deletion
 * markers, a deck whose record is lost, and a rehearsal history beside them.
 */
export const phrasing = (id: string, strong = `Say ${id}`) => ({ kind: 'phrasing' as const, id, title: id, tags: [], strong, why: '' });

const meta = (id: string, name: string, createdAt: number) => ({ v: 1, id, name, description: '', createdAt, updatedAt: createdAt });
const card = (id: string, order: number) => ({ v: 1, order, updatedAt: 1, card: phrasing(id) });

/** A broken card of the deck "acme" (no updatedAt): set aside when read. */
export const BROKEN_ACME_CARD = { v: 1, order: 3, card: phrasing('c') };
/** A broken card of the deck "globex": set aside only once that deck is read. */
export const BROKEN_GLOBEX_CARD = { v: 1, order: 9, card: { kind: 'phrasing' } };
/** What an earlier release set aside (a card of "acme"), under its quarantine key. */
export const EARLIER_SET_ASIDE = { key: cardKey('acme', 'old'), value: { garbled: true }, reason: 'the saved item is garbled', at: 2 };

export function todaysLayout(): Record<string, unknown> {
  return {
    // The first draft's settings item (a bare string, as @wxt-dev/storage writes it).
    [ACTIVE_DECK_STORAGE_NAME]: 'acme',
    [deckKey('acme')]: meta('acme', 'Acme loop', 10),
    [cardKey('acme', 'a')]: card('a', 1),
    [cardKey('acme', 'b')]: card('b', 2),
    [cardKey('acme', 'c')]: BROKEN_ACME_CARD,
    // Deleted a while ago, kept for sync.
    [cardKey('acme', 'gone')]: { v: 1, deletedAt: 5 },
    // A record written before records carried a version.
    [cardKey('acme', 'legacy')]: { order: 4, updatedAt: 1, card: phrasing('legacy') },
    [quarantineKey(EARLIER_SET_ASIDE.key, fingerprint(EARLIER_SET_ASIDE.value))]: EARLIER_SET_ASIDE,
    [deckKey('globex')]: meta('globex', 'Globex loop', 20),
    [cardKey('globex', 'x')]: card('x', 1),
    [cardKey('globex', 'y')]: BROKEN_GLOBEX_CARD,
    // Cards whose deck record was lost: they still belong to the user.
    [cardKey('initech', 'i')]: card('i', 1),
    [rehearsalKey('r1')]: sampleRecord,
    [rehearsalKey('r2')]: { ...sampleRecord, id: 'r2' },
  };
}
