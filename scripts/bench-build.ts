/**
 * Builds the shipped Chrome extension into the bench's own folder (so it never
 * races another engineer's build or the e2e runs), then adds `bare.html` to
 * THAT copy only: a static page with the same words as the panel's first
 * screen and no script, the baseline the panel's cold open is compared with.
 * The shipped build (.output/chrome-mv3) never holds it, nor the control page:
 * the bare page plus CONTROL_WORK_MS of script before its first screen shows,
 * which proves the cold-open clock sees a page's work. The step's title
 * carries the same Element Timing mark as the panel's (bench-first-paint.ts).
 */
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDeck } from '../cards/default-deck';
import type { StepsCard } from '../cards/schema';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface BenchBuild {
  outDir: string;
  extensionDir: string;
  remove(): void;
}

export function buildForBench(): BenchBuild {
  const outDir = join(ROOT, '.output', `bench-${process.pid}`);
  execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SIDECUE_OUT_DIR: outDir },
  });
  const extensionDir = join(outDir, 'chrome-mv3');
  addBaselinePages(extensionDir);
  return { outDir, extensionDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

/**
 * A Chrome build made elsewhere (say, an older commit's, for a before and
 * after), copied so the bare and control pages are added to the copy only.
 */
export function prepareForBench(builtDir: string): BenchBuild {
  const outDir = join(ROOT, '.output', `bench-${process.pid}`);
  const extensionDir = join(outDir, 'chrome-mv3');
  cpSync(builtDir, extensionDir, { recursive: true });
  addBaselinePages(extensionDir);
  return { outDir, extensionDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

function addBaselinePages(extensionDir: string) {
  writeFileSync(join(extensionDir, 'bare.html'), bareHtml());
  writeFileSync(join(extensionDir, 'control.html'), controlHtml());
  writeFileSync(join(extensionDir, 'control.js'), controlScript());
  writeFileSync(join(extensionDir, 'react-floor.html'), reactFloorHtml());
  writeReactFloorScript(join(extensionDir, 'react-floor.js'));
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The panel's first screen as plain HTML: header, tab names, the steps list and the first step in full. */
export function bareHtml(): string {
  const steps = defaultDeck.cards.find((card): card is StepsCard => card.kind === 'steps');
  const first = steps?.steps[0];
  const tabs = ['Steps', 'Follow-ups', 'Phrasings', 'Rehearse', 'Board', 'Customize'];
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="color-scheme" content="light dark" />
    <title>Sidecue (bare baseline)</title>
  </head>
  <body>
    <header><h1 id="bare-title">Sidecue</h1><p>${escape(defaultDeck.name)}</p></header>
    <nav>${tabs.map((tab) => `<span>${tab}</span>`).join(' ')}</nav>
    <main>
      <h2>${escape(steps?.title ?? 'Steps')}</h2>
      <ol>${(steps?.steps ?? []).map((step) => `<li>${escape(step.title)}</li>`).join('')}</ol>
      <article>
        <h3 elementtiming="first-screen">${escape(first?.title ?? '')}</h3>
        <p>${escape(first?.cue ?? '')}</p>
        <ul>${(first?.prompts ?? []).map((prompt) => `<li>${escape(prompt)}</li>`).join('')}</ul>
        <p>${escape(first?.example ?? '')}</p>
      </article>
    </main>
  </body>
</html>
`;
}

/**
 * The React floor: the bare page's words rendered by React alone (React DOM's
 * production build, minified, no storage, no zod, no state). The panel can
 * open no faster than this on the stack it is built on, so the distance
 * between this floor and the bare page is the stack's cost, and the distance
 * from the floor to the panel is ours.
 */
function reactFloorHtml(): string {
  const body = bareHtml().match(/<body>([\s\S]*)<\/body>/)![1]!;
  return bareHtml()
    .replace(body, '\n    <div id="root"></div>\n    <script type="module" src="/react-floor.js"></script>\n  ')
    .replace('<title>Sidecue (bare baseline)</title>', `<title>Sidecue (React floor)</title>\n    <template id="floor-markup">${body}</template>`);
}

/** Bundles a script that turns the template's markup into React elements and renders them, as the panel renders its first screen. */
function writeReactFloorScript(outfile: string) {
  const entry = `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
const toElement = (node, key) => {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  const props = { key };
  for (const attribute of node.attributes) props[attribute.name] = attribute.value;
  return createElement(node.localName, props, ...[...node.childNodes].map(toElement));
};
const markup = document.getElementById('floor-markup').content;
createRoot(document.getElementById('root')).render([...markup.childNodes].map(toElement));
`;
  buildSync({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile,
    logLevel: 'error',
  });
}

/** How long the control page's script keeps the main thread busy before showing its first screen. */
export const CONTROL_WORK_MS = 100;

function controlHtml(): string {
  return bareHtml()
    .replace('<h3 elementtiming="first-screen">', '<h3 id="control-step" hidden elementtiming="first-screen">')
    .replace('</body>', '<script src="control.js"></script>\n  </body>');
}

function controlScript(): string {
  return `const end = performance.now() + ${CONTROL_WORK_MS};
while (performance.now() < end) {}
document.getElementById('control-step').hidden = false;
`;
}
