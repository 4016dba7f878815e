import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { storeSyncStatus, describeSyncError } from '../../cards/sync/status';
import { SyncNotice } from './SyncNotice';

describe('the sync notice', () => {
  it('words a full sync without the browser’s internals, and stays dismissed after the panel reopens until sync says something new', async () => {
    const full = describeSyncError(new Error('Resource::kQuotaBytes quota exceeded'));
    expect(full.message).not.toMatch(/kQuotaBytes/);
    await storeSyncStatus(full);
    const first = render(<SyncNotice />);
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toMatch(/^Browser sync is full\. Your decks are all saved on this device/);
    await userEvent.click(screen.getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    first.unmount();

    // A new panel: the same words stay away.
    render(<SyncNotice />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByRole('status')).toBeNull();

    // Something new from sync shows again.
    await act(() => storeSyncStatus(describeSyncError(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'))));
    expect((await screen.findByRole('status')).textContent).toMatch(/^Browser sync is pausing Sidecue/);
  });
});
