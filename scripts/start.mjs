#!/usr/bin/env node
// `npm start`: build Sidecue, then open the production build in Chromium with
// a whiteboard as the start page. Where no browser or no screen is found, say
// exactly where the built extension is and how to load it.
//
// The browser is driven by web-ext on the production build rather than by
// `wxt` dev mode: dev mode builds a second time and its panel loads from a
// local dev server, so the extension breaks when that server stops; this way
// the user tries exactly what they would load by hand. (`npm run dev` keeps
// WXT's runner, with hot reload, for working on Sidecue.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import webExt from 'web-ext';
import { findBrowser } from '../browser-tools/find-browser.mjs';

// The same board as wxt.config.ts's webExt.startUrls (used by `npm run dev`).
const WHITEBOARD_URL = 'https://excalidraw.com/';

execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { stdio: 'inherit' });
execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });

const hasScreen = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
let browserPath;
try {
  browserPath = hasScreen ? findBrowser('chromium') : undefined;
} catch (error) {
  console.log(error.message);
}

if (!browserPath) {
  console.log(`
Sidecue is built. ${hasScreen ? 'No Chromium-based browser was found' : 'There is no screen here'}, so load it by hand:

  Chrome / Edge / Chromium: open chrome://extensions, turn on Developer mode,
    click "Load unpacked" and choose ${resolve('.output/chrome-mv3')}
  Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…"
    and choose ${resolve('.output/firefox-mv2/manifest.json')}

Then click the Sidecue icon (or press Alt+Shift+S) to open the panel.
To have this script open a browser itself, set CHROMIUM_PATH to its executable.`);
  process.exit(0);
}

// A fresh profile of our own, deleted on exit: web-ext's own temporary
// profile is never removed, so every run would leave one in the temp folder.
const profile = mkdtempSync(join(tmpdir(), 'sidecue-start-'));
// Chromium refuses to start as root without --no-sandbox (containers, CI
// machines); a normal user keeps the sandbox.
const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

console.log(`Opening ${browserPath} with Sidecue loaded; press Alt+Shift+S or the toolbar icon for the panel.`);
const runner = await webExt.cmd.run(
  {
    target: 'chromium',
    sourceDir: resolve('.output/chrome-mv3'),
    chromiumBinary: browserPath,
    chromiumProfile: profile,
    keepProfileChanges: true,
    startUrl: [WHITEBOARD_URL],
    args,
    noReload: true,
    noInput: true,
  },
  { shouldExitProgram: false },
);

let closing = false;
async function close(code) {
  if (closing) return;
  closing = true;
  await runner.exit();
  rmSync(profile, { recursive: true, force: true });
  process.exit(code);
}

// Chromium runs in its own process group, so a signal to `npm start` never
// reaches it: close it ourselves on Ctrl+C, kill or a closed terminal. The
// launcher's own Ctrl+C handler exits at once, before the profile is removed,
// so ours replaces it.
process.removeAllListeners('SIGINT');
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => close(0));
// The user closed the browser window: we are done too.
runner.registerCleanup(() => close(0));
