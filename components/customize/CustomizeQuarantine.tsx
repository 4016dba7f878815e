import type { SetAside } from '../../cards/storage/store';
import { downloadFile } from '../shared/download-file';
import { PENDING_EDIT_PREFIX, rehearsalIdOfKey, REHEARSAL_HISTORY_KEY } from '../../cards/storage/storage-keys';

/**
 * Records the store could not read were set aside, never deleted; here the
 * user sees why, can take them away as a file, and discards each when done.
 */
export function CustomizeQuarantine({
  entries,
  onDiscard,
}: {
  entries: readonly SetAside[];
  /** Drops the copy kept under `storageKey`. */
  onDiscard(storageKey: string): void;
}) {
  if (entries.length === 0) return null;
  const count = entries.length === 1 ? '1 saved item' : `${entries.length} saved items`;
  return (
    <section className="quarantine" aria-labelledby="quarantine-heading">
      <h3 id="quarantine-heading">
        {count} could not be read and {entries.length === 1 ? 'was' : 'were'} set aside
      </h3>
      <p className="hint">Nothing was deleted. Export them to keep a copy, then discard each one you no longer need.</p>
      <ul>
        {entries.map((entry) => {
          // The same record can be set aside more than once; the time tells the copies apart.
          const when = new Date(entry.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
          return (
            <li key={entry.storageKey}>
              <span className="quarantine-key">{recordName(entry.key)}</span> <span className="hint">set aside {when}</span>
              <p className="quarantine-reason">{entry.reason}</p>
              <button
                type="button"
                className="secondary"
                onClick={() => onDiscard(entry.storageKey)}
                aria-label={`Discard ${recordName(entry.key).toLowerCase()}, set aside ${when}`}
              >
                Discard
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="secondary"
        onClick={() =>
          downloadFile(
            `sidecue-set-aside-${new Date().toISOString().slice(0, 10)}.json`,
            `${JSON.stringify(entries.map(({ storageKey: _, ...entry }) => entry), null, 2)}\n`,
          )
        }
      >
        Export set-aside items
      </button>
    </section>
  );
}

/** A storage key in words ("card:acme:x" → "A card from deck “acme”"); the key itself stays in the export. */
function recordName(key: string): string {
  const card = /^card:([^:]+):/.exec(key);
  if (card) return `A card from deck “${card[1]}”`;
  const deck = /^deck:(.+)$/.exec(key);
  if (deck) return `The deck “${deck[1]}”`;
  if (rehearsalIdOfKey(key) !== undefined) return 'A past rehearsal';
  if (key === REHEARSAL_HISTORY_KEY) return 'Part of the rehearsal history';
  if (key.startsWith(PENDING_EDIT_PREFIX)) return 'An edit made as the panel closed';
  return 'A saved setting';
}
