#!/usr/bin/env node
// Draws Sidecue's toolbar/store icons: public/icon/{16,32,48,96,128}.png.
//
//   node scripts/draw-icons.mjs                 # write the PNGs
//   node scripts/draw-icons.mjs --preview DIR   # also write DIR/preview-*.png
//                                               # (128 px on light and dark)
//
// The design: a blue rounded tile (the app's accent, #0b5cad) holding a
// white cue card shaped as a speech bubble — a yellow highlighted cue line
// over two text lines — beside a narrow pale strip, the side panel. 16 and
// 32 px get their own pixel-snapped drawings with less detail.
//
// Rendering uses playwright-core with the Chromium browser-tools/ finds
// (CHROMIUM_PATH, then the usual places), started with the shared flags.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../browser-tools/chromium-args.mjs';
import { findBrowser } from '../browser-tools/find-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'public', 'icon');

const BLUE_TOP = '#2a7de0';
const BLUE_BOTTOM = '#0b5cad';
const BLUE_DEEP = '#08427d';
const CARD = '#ffffff';
const CUE = '#ffd447'; // the app's --mark yellow, a shade bolder
const LINE = '#a9c8ee';
const LINE_SMALL = '#7fb0e8'; // darker, so 1-2 px lines survive
const CUE_SMALL = '#ffc52e';
const STRIP = '#ffffff';

const tileDefs = `
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${BLUE_TOP}"/>
      <stop offset="1" stop-color="${BLUE_BOTTOM}"/>
    </linearGradient>
  </defs>`;

// The speech-bubble cue card's outline on the 128 grid: body 17..89 x 20..92
// with an 11 radius, and a tail dropping from its bottom-left edge.
const BUBBLE =
  'M28 20H78A11 11 0 0 1 89 31V81A11 11 0 0 1 78 92H49L32.5 105.2' +
  'A2.5 2.5 0 0 1 28.5 103.2V92H28A11 11 0 0 1 17 81V31A11 11 0 0 1 28 20Z';

// Full design, drawn on a 128 grid; `pad` is transparent margin in the same
// units. The Chrome Web Store asks for 96 px of artwork inside a 128 icon,
// so the 128 gets pad = 64/3 (tile = 96 px); 48 and 96 fill their square.
function detailed(size, pad) {
  const v = 128 + 2 * pad;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${-pad} ${-pad} ${v} ${v}">
  ${tileDefs}
  <rect x="0" y="0" width="128" height="128" rx="28" fill="url(#tile)"/>
  <rect x="1.5" y="1.5" width="125" height="125" rx="26.5" fill="none" stroke="#ffffff" stroke-opacity="0.16" stroke-width="3"/>
  <!-- side panel strip -->
  <rect x="97" y="20" width="14" height="88" rx="7" fill="${STRIP}" fill-opacity="0.55"/>
  <!-- cue card as a speech bubble, with a soft drop shadow -->
  <path d="${BUBBLE}" fill="${BLUE_DEEP}" opacity="0.45" transform="translate(0 5)"/>
  <path d="${BUBBLE}" fill="${CARD}"/>
  <rect x="29" y="34" width="34" height="13" rx="6.5" fill="${CUE}"/>
  <rect x="29" y="56" width="48" height="8" rx="4" fill="${LINE}"/>
  <rect x="29" y="72" width="34" height="8" rx="4" fill="${LINE}"/>
</svg>`;
}

// 32 px, on a 32 grid, edges on whole pixels.
function small32() {
  const bubble =
    'M7 5H19A3 3 0 0 1 22 8V20A3 3 0 0 1 19 23H12L8.2 26.6' +
    'A.7 .7 0 0 1 7 26.1V23A3 3 0 0 1 4 20V8A3 3 0 0 1 7 5Z';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">
  ${tileDefs}
  <rect x="0" y="0" width="32" height="32" rx="7" fill="url(#tile)"/>
  <rect x="25" y="5" width="3" height="22" rx="1.5" fill="${STRIP}" fill-opacity="0.55"/>
  <path d="${bubble}" fill="${BLUE_DEEP}" opacity="0.45" transform="translate(0 1)"/>
  <path d="${bubble}" fill="${CARD}"/>
  <rect x="7" y="8" width="9" height="4" rx="2" fill="${CUE}"/>
  <rect x="7" y="14" width="12" height="2" rx="1" fill="${LINE_SMALL}"/>
  <rect x="7" y="18" width="8" height="2" rx="1" fill="${LINE_SMALL}"/>
</svg>`;
}

// 16 px, on a 16 grid: the bubble, one cue bar, one line, the strip.
function small16() {
  const bubble = 'M3.5 3H9.5A1.5 1.5 0 0 1 11 4.5V9.5A1.5 1.5 0 0 1 9.5 11H6L3 14V11H3.5A1.5 1.5 0 0 1 2 9.5V4.5A1.5 1.5 0 0 1 3.5 3Z';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">
  ${tileDefs}
  <rect x="0" y="0" width="16" height="16" rx="3.5" fill="url(#tile)"/>
  <rect x="12" y="3" width="2" height="11" rx="1" fill="${STRIP}" fill-opacity="0.6"/>
  <path d="${bubble}" fill="${CARD}"/>
  <rect x="4" y="5" width="5" height="2" fill="${CUE_SMALL}"/>
  <rect x="4" y="8" width="5" height="1" fill="${LINE_SMALL}"/>
</svg>`;
}

const icons = [
  { size: 16, svg: small16() },
  { size: 32, svg: small32() },
  { size: 48, svg: detailed(48, 0) },
  { size: 96, svg: detailed(96, 0) },
  { size: 128, svg: detailed(128, 64 / 3) },
];

const page_html = (svg, size, bg = 'transparent') => `<!doctype html>
<html><head><style>
  html, body { margin: 0; padding: 0; background: ${bg}; }
  body { width: ${size}px; height: ${size}px; overflow: hidden; }
  svg { display: block; }
</style></head><body>${svg}</body></html>`;

async function render(browser, svg, size, file, bg) {
  const page = await browser.newPage({
    viewport: { width: size, height: size },
    deviceScaleFactor: 1,
  });
  try {
    await page.setContent(page_html(svg, size, bg));
    const png = await page.screenshot({
      omitBackground: bg === undefined,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await writeFile(file, png);
  } finally {
    await page.close();
  }
}

const args = process.argv.slice(2);
const previewAt = args.indexOf('--preview');
const previewDir = previewAt >= 0 ? args[previewAt + 1] : undefined;
if (previewAt >= 0 && !previewDir) {
  console.error('usage: node scripts/draw-icons.mjs [--preview DIR]');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: findBrowser('chromium'),
  // Headless through the flag, as everywhere else (browser-tools/chromium-args.mjs).
  headless: false,
  args: [...CHROMIUM_FLAGS],
});

try {
  await mkdir(outDir, { recursive: true });
  for (const { size, svg } of icons) {
    const file = path.join(outDir, `${size}.png`);
    await render(browser, svg, size, file);
    console.log(path.relative(root, file));
  }
  if (previewDir) {
    await mkdir(previewDir, { recursive: true });
    // Each size on a light and a dark toolbar-ish background, side by side.
    const strip = (bg) => {
      const cells = icons
        .map(({ size, svg }) => `<div style="display:inline-block;vertical-align:middle;margin:8px">${svg}</div>`)
        .join('');
      return `<div style="background:${bg};padding:8px;white-space:nowrap">${cells}</div>`;
    };
    for (const [name, bg] of [['light', '#f1f3f4'], ['dark', '#202124']]) {
      const file = path.join(previewDir, `preview-128-${name}.png`);
      await render(browser, detailed(128, 64 / 3), 128, file, bg);
      const all = path.join(previewDir, `preview-all-${name}.png`);
      const page = await browser.newPage({ viewport: { width: 420, height: 160 }, deviceScaleFactor: 1 });
      await page.setContent(`<!doctype html><body style="margin:0">${strip(bg)}</body>`);
      await page.screenshot({ path: all, fullPage: true });
      await page.close();
      console.log(file, all);
    }
  }
} finally {
  await browser.close();
}
