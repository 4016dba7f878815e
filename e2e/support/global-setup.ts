import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
// @ts-expect-error plain ESM script without types
import { findBrowser } from '../../scripts/find-browser.mjs';
import { CHROME_UNDER_TEST, ROOT } from './paths';

/**
 * Builds the shipped Chrome extension once, then copies it for the tests and
 * adds axe-core: extension pages allow only 'self' scripts, so the checker
 * must be a file inside the extension, and the shipped build stays clean.
 */
export default function setup() {
  process.env.CHROMIUM_PATH = findBrowser('chromium');
  execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: ROOT, stdio: 'inherit' });
  rmSync(CHROME_UNDER_TEST, { recursive: true, force: true });
  cpSync(join(ROOT, '.output/chrome-mv3'), CHROME_UNDER_TEST, { recursive: true });
  const require = createRequire(import.meta.url);
  cpSync(require.resolve('axe-core/axe.min.js'), join(CHROME_UNDER_TEST, 'axe.min.js'));
}
