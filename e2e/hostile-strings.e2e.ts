import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, snap, type ExtensionSession } from './support/extension';

/**
 * Hostile text through every view: markup, scripts, handlers, javascript:
 * links, 5,000-character words, right-to-left overrides, emoji and a 100 KB
 * field, written straight into storage as the user's own deck. Nothing may
 * run, no dialog may open, and at 320 px nothing may push the panel wider
 * than its window (long text wraps or scrolls inside its box).
 */

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> } } };

const PWN = 'window.__pwned=1';
const SCRIPT = `<script>${PWN}</script>`;
const IMG = `<img src=x onerror="${PWN}">`;
const LINK = `javascript:${PWN}`;
const MARKUP = `<b>bold</b> <a href="${LINK}">link</a> <iframe src="${LINK}"></iframe> &amp; &lt;`;
const LONG_WORD = 'Supercalifragilistic'.repeat(250); // 5,000 characters, no break
const RTL = '\u202Eevil.exe\u202C مرحبا بالعالم שלום עולם';
const EMOJI = '👩🏽‍💻🚀🇺🇦 e\u0301 🧑‍🤝‍🧑';
const BIG = `${'A 100 KB field keeps going. '.repeat(3571)}`.slice(0, 99_990); // just under the schema's 100,000
const all = (label: string) => `${label} ${SCRIPT} ${IMG} ${LINK} ${RTL} ${EMOJI}`;

const DECK_ID = 'hostile';
const row = (id: string) => ({ id, lever: all('Lever'), kpi: LONG_WORD, effect: MARKUP, risk: 3, mitigation: BIG });

const cards = [
  {
    kind: 'steps',
    id: 'h-steps',
    title: `Steps ${SCRIPT}`.slice(0, 200),
    tags: ['<b>tag</b>', 'javascript:x', '👩🏽‍💻'],
    steps: [
      { id: 's1', title: `${IMG} ${EMOJI}`.slice(0, 200), cue: all('Cue'), prompts: [SCRIPT, IMG, LINK, RTL, EMOJI, LONG_WORD], example: BIG },
      { id: 's2', title: RTL, cue: LONG_WORD, prompts: [MARKUP], example: LONG_WORD },
    ],
  },
  { kind: 'note', id: 'three-signals', title: `Signals ${IMG}`.slice(0, 200), tags: [], body: `${MARKUP}\n${LONG_WORD}`, points: [SCRIPT, RTL, LONG_WORD] },
  { kind: 'note', id: 'pacing', title: EMOJI, tags: [], body: BIG, points: [EMOJI] },
  {
    kind: 'template',
    id: 'h-template',
    title: `Template ${MARKUP}`.slice(0, 200),
    tags: [],
    shape: [SCRIPT, LONG_WORD],
    variants: [
      {
        id: 'v1',
        name: `Variant ${IMG}`.slice(0, 200),
        sentence: `If {failure} then ${SCRIPT} {fallback} ${LONG_WORD}`,
        slots: [
          { id: 'failure', label: `Failure ${IMG}`.slice(0, 200), hint: RTL, example: LONG_WORD },
          { id: 'fallback', label: EMOJI, hint: MARKUP, example: BIG },
        ],
      },
    ],
  },
  {
    kind: 'prompt',
    id: 'h-prompt',
    title: `Prompt ${SCRIPT}`.slice(0, 200),
    tags: [],
    domain: RTL.slice(0, 200),
    question: all('Question'),
    hypothesis: LONG_WORD,
    constraints: [SCRIPT, LONG_WORD, BIG],
    levers: [row('l1'), row('l2')],
    followUps: [{ id: 'f1', question: all('Follow-up'), answerWith: 'h-template/v1' }, { id: 'f2', question: LONG_WORD, answerWith: `${LINK}` }],
  },
  ...[all('Strong'), LONG_WORD, `${MARKUP} ${RTL}`].map((strong, index) => ({
    kind: 'phrasing',
    id: `h-phrasing-${index}`,
    title: [`Phrasing ${SCRIPT}`, EMOJI, RTL][index]!.slice(0, 200),
    tags: ['<script>', 'javascript:', '👩🏽‍💻'],
    strong,
    weak: index === 0 ? BIG : IMG,
    why: LONG_WORD,
  })),
  { kind: 'checklist', id: 'h-checklist', title: `Checklist ${IMG}`.slice(0, 200), tags: [], items: [{ id: 'i1', text: all('Item') }, { id: 'i2', text: LONG_WORD }] },
  { kind: 'matrix', id: 'h-matrix', title: `Matrix ${MARKUP}`.slice(0, 200), tags: [], rows: [row('m1'), row('m2')] },
];

const storageItems = () => {
  const now = Date.now();
  const items: Record<string, unknown> = {
    [`deck:${DECK_ID}`]: { v: 1, id: DECK_ID, name: `Hostile ${SCRIPT} ${EMOJI}`.slice(0, 200), description: BIG, createdAt: now, updatedAt: now },
    activeDeckId: DECK_ID,
  };
  cards.forEach((card, index) => (items[`card:${DECK_ID}:${card.id}`] = { v: 1, order: index + 1, updatedAt: now, card }));
  return items;
};

const SECTIONS = ['Steps', 'Follow-ups', 'Phrasings', 'Rehearse', 'Board', 'Customize'];

async function expectNothingRanOrOverflowed(page: Page, where: string) {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    injected: document.querySelectorAll('main script, main img[onerror], main iframe, main a[href^="javascript:"]').length,
  }));
  expect(state.pwned, `${where}: a payload ran`).toBeUndefined();
  expect(state.injected, `${where}: markup from a card became elements`).toBe(0);
  expect(state.scrollWidth, `${where}: wider than the panel`).toBeLessThanOrEqual(state.clientWidth + 1);
}

describe('hostile strings in every view', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('nothing runs, no dialog opens, and nothing is wider than a 320 px panel', async () => {
    const dialogs: string[] = [];
    const page = await session.openPanel({ width: 320 });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.evaluate(async (items) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(items);
    }, storageItems());
    await page.reload();
    await page.locator('.app[data-ready]').waitFor();
    // The hostile deck is the one shown, its markup as text.
    await expect.poll(() => page.locator('#current-step-title').textContent()).toContain('<img src=x onerror=');

    for (const [index, name] of SECTIONS.entries()) {
      await page.getByRole('tab', { name }).click();
      await page.waitForTimeout(400);
      await expect.poll(() => page.locator('main').textContent().then((text) => (text ?? '').length)).toBeGreaterThan(0);
      await expectNothingRanOrOverflowed(page, name);
      if (index < 3 || name === 'Board') await snap(page, `hostile-${name.toLowerCase()}-320`);
    }

    // Search with markup as the query: highlights stay text.
    await page.getByRole('tab', { name: 'Phrasings' }).click();
    const search = page.getByRole('combobox', { name: 'Search phrasings' });
    await search.fill('<script>');
    await page.waitForTimeout(200);
    await expectNothingRanOrOverflowed(page, 'Phrasings search');
    await search.fill(LONG_WORD.slice(0, 40));
    await expect.poll(() => page.locator('.phrasing').count()).toBeGreaterThan(0);
    await expectNothingRanOrOverflowed(page, 'Phrasings search, long word');
    await snap(page, 'hostile-phrasings-search-320');

    // Customize: open the editor on the hostile steps card; the fields hold the text as values.
    await page.getByRole('tab', { name: 'Customize' }).click();
    const edit = page.locator('.card-row[data-card-id="h-steps"] [data-action="edit"]');
    await edit.click();
    await page.waitForTimeout(400);
    await expectNothingRanOrOverflowed(page, 'Customize editor');
    await snap(page, 'hostile-customize-editor-320');

    // Dark theme, glance mode and the other steps.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('tab', { name: 'Steps' }).click();
    await page.keyboard.press('j');
    await page.keyboard.press('g');
    await page.waitForTimeout(300);
    await expectNothingRanOrOverflowed(page, 'Glance mode');
    await snap(page, 'hostile-glance-320-dark');

    expect(dialogs).toEqual([]);
    // CSP would report an inline script it refused; nothing should even have tried.
    expect(session.consoleErrors.filter((error) => /Content Security Policy|Refused to/i.test(error))).toEqual([]);
  });
});
