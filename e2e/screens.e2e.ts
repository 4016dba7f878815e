import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, seriousA11yViolations, type ExtensionSession } from './support/extension';
import { outsideThePanel } from './support/layout';
import { SCREENSHOTS } from './support/paths';

// A tour of every section as the user first meets it: the viewport only, at
// the side panel's usual 400 x 700 and at its narrowest, 320 px, in light and
// dark. The pictures are for a person to look at (.output/screenshots/tour);
// the test itself asserts only what must hold on every one of them.
const SECTIONS = ['1', '2', '3', '4', '5', '6'] as const;
const SIZES = [
  { width: 400, height: 700 },
  { width: 320, height: 700 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const TOUR = join(SCREENSHOTS, 'tour');

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  mkdirSync(TOUR, { recursive: true });
});
afterAll(() => session.close());

describe('the panel, section by section', () => {
  it.each(SCHEMES)('fits every section at 400 and 320 px without sideways scrolling, with no serious accessibility violation (%s)', async (scheme) => {
    const page = await session.openPanel({ width: 400, colorScheme: scheme });
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const key of SECTIONS) {
        await page.keyboard.press('Escape');
        await page.locator('body').focus();
        await page.keyboard.press(key);
        await page.locator('.panel-main :is(h2, h3, button, input)').first().waitFor();
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(TOUR, `${key}-${size.width}-${scheme}.png`) });
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        expect(sideways, `section ${key} at ${size.width} px`).toBe(false);
        expect(await outsideThePanel(page), `section ${key} at ${size.width} px`).toEqual([]);
        if (size.width === 400) expect(await seriousA11yViolations(page), `section ${key}, ${scheme}`).toEqual([]);
      }
    }
    await page.close();
  });
});
