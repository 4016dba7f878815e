import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { BROWSER_COMMANDS } from './components/shell/browser-commands';

// The panel's help screen lists the same keys; users can rebind them in the browser.
const OPEN_PANEL_KEY = BROWSER_COMMANDS.openPanel.key;
const LOOKUP_KEY = BROWSER_COMMANDS.openLookup.key;

// Extension pages run our own scripts only, load no plugins, and talk to no
// server (Sidecue sends nothing anywhere). Declared, not left to the default,
// so a change that weakens it shows in review. The dev server (wxt dev) needs
// its own origin, so the policy is set for builds.
const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'self'";

/**
 * The shipped deck is a chunk of its own (cards/shipped-deck.ts loads it on
 * first need), so a user with decks of their own never runs it before the
 * first paint. A new user's first screen does need it, and waiting to request
 * it until storage says so costs that screen 25-50 ms on a busy main thread;
 * a modulepreload link has it fetched and compiled, not run, alongside the
 * panel's own scripts.
 */
function preloadShippedDeck(): Plugin {
  return {
    name: 'sidecue:preload-shipped-deck',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle || !context.filename.endsWith('/sidepanel/index.html')) return;
        const deck = Object.values(context.bundle).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/cards/default-deck.ts'),
        );
        if (!deck) throw new Error('The shipped deck is no longer a chunk of its own: drop or mend preloadShippedDeck.');
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${deck.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

export default defineConfig({
  vite: () => ({
    plugins: [preloadShippedDeck()],
    // Terser rather than esbuild's minifier: two compress passes take the
    // panel's first load (React DOM most of it) about 2.5 KB gzip lower, for a
    // few seconds more per build. Only the size changes, never what runs.
    build: {
      minify: 'terser',
      terserOptions: { module: true, compress: { passes: 2 } },
      // A script loaded later (a section, a menu) preloads only its stylesheets, which it needs
      // before it shows; its own imports load as it runs them, in a moment from the extension's
      // files. The list of every later script's files otherwise sits in the panel's first load
      // (about 1 KB gzip of hashed names). The page's own first scripts still preload together.
      modulePreload: {
        resolveDependencies: (_file: string, deps: string[], { hostType }: { hostType: 'html' | 'js' }) =>
          hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
      },
    },
  }),
  // End-to-end runs build into a folder of their own (see e2e/support/global-setup.ts).
  outDir: process.env.SIDECUE_OUT_DIR ?? '.output',
  // Every file names where its imports come from (no auto-imports).
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Only the keys each browser understands: web-ext lint rejects Chrome's
  // sidePanel permission and _execute_action in a Firefox MV2 build.
  manifest: ({ browser, command }) => {
    const csp = command === 'build';
    const lookup = {
      'open-lookup': {
        description: 'Open Sidecue at the phrasing search',
        suggested_key: { default: LOOKUP_KEY },
      },
    };
    const shared = {
      name: 'Sidecue — interview cue cards',
      short_name: 'Sidecue',
      description:
        "Interview cue cards in the browser's side panel, beside your whiteboard: steps, phrasings, templates and rehearsal.",
      // alarms: the drill's due count on the toolbar badge changes when an
      // item falls due or the day turns, with no panel open and the
      // background asleep; only an alarm wakes it for that (cards/drill/badge.ts).
      permissions: ['storage', 'alarms'],
    };
    if (browser === 'firefox') {
      return {
        ...shared,
        ...(csp ? { content_security_policy: CSP } : {}),
        // A toolbar button to carry the drill's badge (WXT writes it as MV2's
        // browser_action); a click opens the sidebar (entrypoints/background.ts).
        action: { default_title: 'Open Sidecue' },
        browser_specific_settings: {
          gecko: {
            id: 'sidecue@sidecue.dev',
            strict_min_version: '142.0',
            // Sidecue sends nothing anywhere.
            data_collection_permissions: { required: ['none'] },
          },
        },
        commands: {
          _execute_sidebar_action: {
            description: 'Open Sidecue',
            suggested_key: { default: OPEN_PANEL_KEY },
          },
          ...lookup,
        },
      };
    }
    return {
      ...shared,
      ...(csp ? { content_security_policy: { extension_pages: CSP } } : {}),
      permissions: [...shared.permissions, 'sidePanel'],
      action: { default_title: 'Open Sidecue' },
      commands: {
        _execute_action: {
          description: 'Open Sidecue',
          suggested_key: { default: OPEN_PANEL_KEY },
        },
        ...lookup,
      },
    };
  },
  webExt: {
    // `npm run dev` opens the panel's neighbour: a whiteboard to rehearse on
    // (scripts/start.mjs opens the same one for `npm start`).
    startUrls: ['https://excalidraw.com/'],
    binaries: process.env.CHROMIUM_PATH ? { chrome: process.env.CHROMIUM_PATH } : undefined,
  },
});
