/**
 * Debian's Chromium with one unpacked extension, headless (PLATFORM.md's
 * recipe). Without the background-networking flags this closed network
 * refuses Chromium's own connections many times a start.
 */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    '--headless=new',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ];
}
