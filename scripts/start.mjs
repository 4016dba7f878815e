#!/usr/bin/env node
// `npm start`: build Sidecue, then open it in a browser with WXT's runner and
// a whiteboard as the start page. Where no browser or no screen is found,
// say exactly where the built extension is and how to load it.
import { spawn, execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findBrowser } from './find-browser.mjs';

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

console.log(`Opening ${browserPath} with Sidecue loaded; press Alt+Shift+S or the toolbar icon for the panel.`);
const runner = spawn('npx', ['wxt'], { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: browserPath } });
runner.on('exit', (code) => process.exit(code ?? 0));
