/**
 * The two keys that work from any tab: the browser, not the panel, listens for
 * them. wxt.config.ts writes them into the manifest and the help screen lists
 * them, so both read this one list. Users can rebind them in the browser.
 */
export const BROWSER_COMMANDS = {
  openPanel: { key: 'Alt+Shift+S', description: 'Open Sidecue (from any tab)' },
  openLookup: { key: 'Alt+Shift+F', description: 'Open Sidecue at the phrasing search (from any tab)' },
} as const;
