/** Returns the browser's executable path (CHROMIUM_PATH / FIREFOX_PATH, then the usual places; on Debian as root, installs Debian's package); throws saying what to install. */
export declare function findBrowser(name: 'chromium' | 'firefox'): string;
