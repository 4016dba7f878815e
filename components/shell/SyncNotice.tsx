import { useEffect, useState } from 'react';
import { watchSyncStatus, type SyncStatus } from '../../cards/sync/status';

/**
 * Says plainly when browser sync cannot carry everything (or is unavailable);
 * silent while all is well. The syncer in the background writes the status.
 */
export function SyncNotice() {
  const [status, setStatus] = useState<SyncStatus>();
  const [dismissed, setDismissed] = useState<string>();
  useEffect(() => watchSyncStatus(setStatus), []);

  if (!status || (status.state !== 'partial' && status.state !== 'local-only')) return null;
  if (dismissed === status.message) return null;
  return (
    <div className="sync-notice" role="status">
      <p>{status.message}</p>
      <button type="button" onClick={() => setDismissed(status.message)}>
        Got it
      </button>
    </div>
  );
}
