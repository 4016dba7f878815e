import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outsideThePanel } from './support/layout';
import { launchExtension, snap, type ExtensionSession } from './support/extension';

describe('a 360 px panel at 200 % zoom', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('keeps every section readable without sideways scrolling', async () => {
    // 200 % zoom of a 360 px panel lays the page out 180 CSS pixels wide.
    const page = await session.openPanel({ width: 180 });
    for (const [key, ready] of [
      ['1', '#current-step-title'],
      ['2', '.template-card'],
      ['3', '.phrasing'],
      ['4', '.rehearse, section'],
      ['5', 'section'],
      ['6', 'section'],
    ] as const) {
      await page.keyboard.press(key);
      await page.locator(ready).first().waitFor();
      expect(await outsideThePanel(page), `section ${key}`).toEqual([]);
    }
    await page.keyboard.press('1');
    await page.locator('#current-step-title').waitFor();
    await snap(page, 'steps-zoom-200');
  });
});
