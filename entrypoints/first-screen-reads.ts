import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startRawFirstScreen } from '../cards/storage/raw-first-screen';

/*
 * A classic script in the panel's <head>: it starts the first screen's storage
 * reads before the panel's modules are fetched and run (see
 * cards/storage/raw-first-screen.ts). The browser's own API, no polyfill:
 * Chrome's and Firefox's storage.local both answer with promises.
 */
export default defineUnlistedScript(() => {
  const globals = globalThis as { browser?: unknown; chrome?: unknown };
  startRawFirstScreen((globals.browser ?? globals.chrome) as Parameters<typeof startRawFirstScreen>[0]);
});
