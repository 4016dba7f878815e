import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, snap, type ExtensionSession } from './support/extension';

describe('the panel opens in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('shows its header and first section with no console error', async () => {
    const page = await session.openPanel();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Sidecue');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await snap(page, 'shell-light');
    const dark = await session.openPanel({ colorScheme: 'dark' });
    await dark.getByRole('heading', { level: 1 }).waitFor();
    await snap(dark, 'shell-dark');
    expect(session.consoleErrors).toEqual([]);
  });
});
