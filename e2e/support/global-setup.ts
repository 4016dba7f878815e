import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findBrowser } from '../../browser-tools/find-browser.mjs';
import { ROOT } from './paths';
import { installTestBoards } from './test-board';

declare module 'vitest' {
  export interface ProvidedContext {
    extensionDir: string;
    chromiumPath: string;
  }
}

/**
 * Builds the shipped Chrome extension into a folder of this run's own (so two
 * runs never build over each other), then adds axe-core to the copy under
 * test: extension pages allow only 'self' scripts, so the checker must be a
 * file inside the extension. The shipped build itself stays clean.
 */
export default function setup(project: TestProject) {
  const chromiumPath: string = findBrowser('chromium');
  // The whiteboards the journeys paste into have packages of their own.
  installTestBoards();
  const outDir = join(ROOT, '.output', `e2e-${process.pid}`);
  execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    // Vitest sets NODE_ENV=test, which Vite would carry into the build (React's development
    // build, its warnings among the console errors): the journeys test what users install.
    env: { ...process.env, NODE_ENV: 'production', SIDECUE_OUT_DIR: outDir },
  });
  const extensionDir = join(outDir, 'chrome-mv3');
  const require = createRequire(import.meta.url);
  cpSync(require.resolve('axe-core/axe.min.js'), join(extensionDir, 'axe.min.js'));
  project.provide('extensionDir', extensionDir);
  project.provide('chromiumPath', chromiumPath);
  return () => rmSync(outDir, { recursive: true, force: true });
}
