import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, snap, type ExtensionSession } from './support/extension';
import { sidePanelDriver } from '../browser-tools/side-panel';

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

  it("opens in Chromium's real side panel from a click, on the first step, with its keys live", async () => {
    const sidePanel = await sidePanelDriver(session.context, `chrome-extension://${session.extensionId}/sidepanel.html`);
    try {
      // No path given: the side panel shows the manifest's own page.
      const panel = await sidePanel.open();
      const readyTitle = `new Promise((resolve) => {
        const check = () => {
          const title = document.querySelector('.app[data-ready] #current-step-title');
          if (title) resolve({ page: location.pathname, title: title.textContent });
          else setTimeout(check, 20);
        };
        check();
      })`;
      expect(await panel.evaluate(readyTitle)).toEqual({ page: '/sidepanel.html', title: '1 · Problem definition' });
      // Opened, the panel rests its focus on the section, so / and j need no click first.
      expect(await panel.evaluate(`document.activeElement && document.activeElement.id`)).toBe('panel-steps');
      // j moves to the next step, as on the whiteboard beside it.
      const next = `new Promise((resolve) => {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
        setTimeout(() => resolve(document.querySelector('#current-step-title').textContent), 200);
      })`;
      expect(await panel.evaluate(next)).toBe('2 · Constraint articulation');
      await sidePanel.closePanel();
    } finally {
      await sidePanel.dispose();
    }
    expect(session.consoleErrors).toEqual([]);
  });
});
