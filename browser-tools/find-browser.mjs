#!/usr/bin/env node
// Finds a real browser for the end-to-end tests, the benchmarks, `npm start`
// and the icon drawing; never downloads one (browser downloads are not
// possible here, and `playwright install` is banned). Plain JavaScript (typed
// by find-browser.d.mts) so node scripts can use it without a loader;
// `node browser-tools/find-browser.mjs chromium firefox` prints what it finds.
// Order: the env variable, the Debian path, the usual places; then, on Debian
// as root, installs Debian's package; else says exactly what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const BROWSERS = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    debianPackage: 'chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    debianPackage: 'firefox-esr',
  },
};

function isDebianRoot() {
  return existsSync('/etc/debian_version') && process.getuid?.() === 0;
}

function locate({ env, paths }) {
  const fromEnv = process.env[env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return paths.find((path) => existsSync(path));
}

/** Returns the browser's executable path, installing Debian's package if it may. */
export function findBrowser(name) {
  const spec = BROWSERS[name];
  const found = locate(spec);
  if (found) return found;
  if (isDebianRoot()) {
    console.log(`Installing Debian's ${spec.debianPackage} for the end-to-end tests…`);
    const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    execFileSync('apt-get', ['update'], quiet);
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', spec.debianPackage], quiet);
    const installed = locate(spec);
    if (installed) return installed;
  }
  throw new Error(
    `No ${name} found. Install one (Debian/Ubuntu: sudo apt-get install ${spec.debianPackage}) ` +
      `or point ${spec.env} at its executable.`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const name of process.argv.slice(2)) {
    try {
      console.log(`${name}: ${findBrowser(name)}`);
    } catch (error) {
      console.error(error.message);
      process.exit(1);
    }
  }
}
