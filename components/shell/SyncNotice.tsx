import { useEffect, useState } from 'react';
import { readSyncNoticeSeen, syncNoticeSeen, watchSyncStatus, type SyncStatus } from '../../cards/sync/status';
import { useStoredItem } from '../shared/use-stored-item';

/**
 * Says plainly when browser sync cannot carry everything (or is unavailable);
 * silent while all is well. The syncer in the background writes the status.
 * "Got it" is remembered (in every window, after a restart) until sync has
 * something new to say.
 */
export function SyncNotice() {
  const [status, setStatus] = useState<SyncStatus>();
  const [seen, setSeen] = useStoredItem(syncNoticeSeen, readSyncNoticeSeen);
  useEffect(() => watchSyncStatus(setStatus), []);

  if (!status || (status.state !== 'partial' && status.state !== 'local-only')) return null;
  if (seen === undefined || seen === status.message) return null;
  return (
    <div className="sync-notice" role="status">
      <p>{status.message}</p>
      <button type="button" className="secondary" onClick={() => setSeen(status.message)}>
        Got it
      </button>
    </div>
  );
}
