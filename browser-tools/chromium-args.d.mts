/** Headless Debian Chromium's flags, with no extension. */
export declare const CHROMIUM_FLAGS: readonly string[];
/** The same flags, with the unpacked extension in `extensionDir` loaded (and no other). */
export declare function chromiumArgs(extensionDir: string): string[];
