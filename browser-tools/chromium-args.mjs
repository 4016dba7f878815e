// Chromium's command-line flags, in one place for everything that starts it:
// the end-to-end tests, the benchmarks and the icon drawing. Plain JavaScript
// (typed by chromium-args.d.mts) so node scripts can use it without a loader.

/**
 * Debian's Chromium, headless (PLATFORM.md's recipe). Without the
 * background-networking flags this closed network refuses Chromium's own
 * connections many times a start.
 */
export const CHROMIUM_FLAGS = Object.freeze([
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
]);

/** The same, with one unpacked extension loaded (and no other). */
export function chromiumArgs(extensionDir) {
  return [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}
