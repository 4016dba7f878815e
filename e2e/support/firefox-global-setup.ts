import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findBrowser } from '../../browser-tools/find-browser.mjs';
import { ROOT } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    firefoxPath: string;
    /** The test-only build (`--mode e2e`): its background opens the panel page in a tab. */
    firefoxExtensionDir: string;
    /** The build users get, to prove it holds no test-only code. */
    firefoxShippedDir: string;
  }
}

function build(outDir: string, mode?: string) {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', ...(mode ? ['--mode', mode] : [])], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    // Vitest sets NODE_ENV=test, which Vite would carry into the build (React's development
    // build, its warnings among the console errors): the journeys test what users install.
    env: { ...process.env, NODE_ENV: 'production', SIDECUE_OUT_DIR: outDir },
  });
  // WXT names the folder after the mode when it is not production.
  return join(outDir, mode ? `firefox-mv2-${mode}` : 'firefox-mv2');
}

/**
 * Finds Firefox (on Debian as root, installs firefox-esr), then builds the
 * extension twice into this run's own folder: the shipped build, and the
 * test-only one. WebDriver BiDi refuses to navigate to moz-extension:// pages,
 * so only the test build's background opens the panel, in a tab.
 */
export default function setup(project: TestProject) {
  const firefoxPath: string = findBrowser('firefox');
  const outDir = join(ROOT, '.output', `firefox-e2e-${process.pid}`);
  project.provide('firefoxPath', firefoxPath);
  project.provide('firefoxShippedDir', build(join(outDir, 'shipped')));
  project.provide('firefoxExtensionDir', build(join(outDir, 'e2e'), 'e2e'));
  return () => rmSync(outDir, { recursive: true, force: true });
}
