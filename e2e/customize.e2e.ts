import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeDeckId, deckAction, deckMenu, fromMenu, fromMenuByKeyboard } from './support/menus';
import { launchExtension, seriousA11yViolations, snap, type ExtensionSession } from './support/extension';

// The extension page's own API, reached inside page.evaluate.
declare const chrome: {
  storage: Record<'local' | 'sync', { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> }>;
};

/** A panel on the Customize section, with storage wiped so each journey starts from the shipped deck. */
async function freshCustomize(session: ExtensionSession, options?: Parameters<ExtensionSession['openPanel']>[0]) {
  // One panel per journey: an earlier journey's panel, its editor still open,
  // would otherwise be a second window acting on this journey's storage.
  for (const earlier of session.context.pages()) if (earlier.url().endsWith('/sidepanel.html')) await earlier.close();
  const page = await session.openPanel(options);
  // Sync first: the background mirrors local into sync, and must not bring an old deck back.
  // The background's syncer lives on across journeys and takes this wipe for the user deleting
  // every deck (it notes deletions and sends them to sync); what a journey writes afterwards is
  // newer and stays, the user's copy of the shipped deck included (its cards carry their creation time).
  await page.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.keyboard.press('6');
  await page.getByRole('list', { name: 'Cards' }).waitFor();
  return page;
}

/** The cards' titles, in list order (without the kind label before each). */
const rowTitles = (page: Page) =>
  page.locator('.card-row-title').evaluateAll((rows) =>
    rows.map((row) => (row.textContent ?? '').slice(row.querySelector('.card-kind')?.textContent?.length ?? 0).trim()),
  );

/** The user's decks and cards as stored, to prove a refused import changed nothing. */
const storedDecks = (page: Page) =>
  page.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.fromEntries(Object.entries(all).filter(([key]) => /^(deck|card):/.test(key)));
  });

/** The deck in use, as stored (the header's deck menu shows its name). */
/** Buttons a person can see in each card row, without hovering or focusing anything. */
const visibleButtonsPerRow = (page: Page) =>
  page.locator('.card-row').evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('button')].filter((button) => {
        const box = button.getBoundingClientRect();
        const style = getComputedStyle(button);
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0;
      }).length,
    ),
  );

const file = (name: string, text: string | Buffer) => ({
  name,
  mimeType: 'application/json',
  buffer: typeof text === 'string' ? Buffer.from(text) : text,
});

const PAYLOADS = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', 'javascript:alert(3)'];

function payloadDeckFile() {
  const [img, script, js] = PAYLOADS as [string, string, string];
  return JSON.stringify({
    format: 'sidecue-deck',
    version: 2,
    deck: {
      id: 'payloads',
      name: `Deck ${img}`,
      cards: [
        {
          kind: 'steps',
          id: 'steps',
          title: `Steps ${script}`,
          steps: [{ id: 's1', title: `Step ${img}`, cue: `Cue ${js}`, prompts: [script], example: js }],
        },
        { kind: 'phrasing', id: 'p1', title: `Phrase ${img}`, tags: ['x'], strong: `Strong ${script}`, weak: img, why: js },
        { kind: 'note', id: 'n1', title: js, body: img, points: [script] },
      ],
    },
  });
}

describe('customizing cue cards', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('edits a card of the shipped deck into the user’s copy, and the edit survives a reload', async () => {
    const page = await freshCustomize(session, { width: 320 });
    await snap(page, 'customize-320-light');
    await page.getByRole('button', { name: 'Edit Pacing' }).click();
    const title = page.getByLabel('Title', { exact: true });
    await title.fill('My pacing plan');
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('Saved');
    // An invalid field is named, and not saved.
    await page.getByLabel('Body').fill('First ten minutes: all three signals.');
    await title.fill('');
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('Not saved yet. Title is empty');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    await snap(page, 'customize-editor-invalid-320-light');
    await title.fill('My pacing plan');
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('Saved');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('list', { name: 'Cards' }).waitFor();
    expect(await rowTitles(page)).toContain('My pacing plan');
    expect(await activeDeckId(page)).toBe('default-mine');
    expect(await deckMenu(page).textContent()).toBe('PM system design (mine)');
    await page.getByRole('button', { name: 'Edit My pacing plan' }).click();
    expect(await page.getByLabel('Body').inputValue()).toBe('First ten minutes: all three signals.');
    expect(session.consoleErrors).toEqual([]);
  });

  it('deletes a card and brings it back with Undo, and moves one by keyboard', async () => {
    const page = await freshCustomize(session, { width: 320 });
    const before = await rowTitles(page);
    await fromMenuByKeyboard(page, 'Pacing', 'Delete');
    await expect.poll(() => rowTitles(page)).not.toContain('Pacing');
    // Focus moves to the next card's Edit, never to the page: the keyboard user goes on from there.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Edit ${before[before.indexOf('Pacing') + 1]}`);
    await snap(page, 'customize-undo-320-light');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rowTitles(page)).toEqual(before);

    await page.getByRole('button', { name: 'Edit Pacing' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await rowTitles(page)).indexOf('Pacing')).toBe(before.indexOf('Pacing') - 1);
    // Focus stayed with the moved card, so the key can be pressed again.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Edit Pacing');
    await page.reload();
    await expect.poll(async () => (await rowTitles(page)).indexOf('Pacing')).toBe(before.indexOf('Pacing') - 1);
    expect(session.consoleErrors).toEqual([]);
  });

  it('exports the deck, and imports the file as a new deck by dropping it on the panel', async () => {
    const page = await freshCustomize(session, { colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Edit Pacing' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Exported pacing');
    await expect.poll(() => page.locator('.save-state').textContent(), { timeout: 10_000 }).toBe('Saved');
    await page.getByRole('button', { name: 'Done' }).first().click();
    await page.getByRole('button', { name: 'Edit Exported pacing' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), deckAction(page, 'Export this deck')]);
    expect(download.suggestedFilename()).toMatch(/^sidecue-pm-system-design-mine-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const exported = JSON.parse(text) as { format: string; version: number; deck: { id: string; cards: unknown[] } };
    expect(exported).toMatchObject({ format: 'sidecue-deck', version: 4, deck: { id: 'default-mine' } });
    // Drill progress goes in only when asked for ("Export with drill progress").
    expect(exported).not.toHaveProperty('drillProgress');

    // Drop the exported file on the panel, as a user would from their file manager.
    await page.evaluate(
      ({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'application/json' }));
        document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { name: download.suggestedFilename(), text },
    );
    const dialog = page.getByRole('dialog', { name: 'Import a deck' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`PM system design (mine) · ${exported.deck.cards.length} cards`);
    expect(await dialog.textContent()).toContain(
      'A deck named “PM system design (mine)” is already in your list. Replace it, or add this one as a new deck.',
    );
    await snap(page, 'customize-import-dialog-dark');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('combobox').selectOption({ label: 'Add as a new deck' });
    await dialog.getByRole('button', { name: 'Import' }).click();

    await expect.poll(() => activeDeckId(page)).toBe('default-mine-2');
    // One file imported beside its own deck: a name of its own, so the two never read alike.
    await expect.poll(() => deckMenu(page).textContent(), { timeout: 5_000 }).toBe('PM system design (mine) (2)');
    expect(await rowTitles(page)).toContain('Exported pacing');
    const ids = await page.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((key) => key.startsWith('deck:')));
    expect(ids.sort()).toEqual(['deck:default-mine', 'deck:default-mine-2']);
    await snap(page, 'customize-dark');
    expect(session.consoleErrors).toEqual([]);
  });

  it('a deck file dropped on any other section is imported there, the section staying in view', async () => {
    const page = await freshCustomize(session, { width: 320 });
    await page.keyboard.press('1');
    await page.locator('#current-step-title').waitFor();
    const text = JSON.stringify({
      format: 'sidecue-deck',
      version: 2,
      deck: { id: 'dropped', name: 'Dropped deck', cards: [{ kind: 'note', id: 'n', title: 'Dropped note' }] },
    });
    const drag = (type: string) =>
      page.evaluate(
        ({ type, text }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
          document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
        },
        { type, text },
      );
    await drag('dragover');
    await page.locator('.drop-overlay').waitFor();
    await drag('drop');
    const dialog = page.getByRole('dialog', { name: 'Import a deck' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Dropped deck · 1 card');
    expect(page.url()).toMatch(/sidepanel\.html$/);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Steps');
  });

  it('refuses each kind of bad file whole, with its own message, and changes nothing', async () => {
    const page = await freshCustomize(session, { width: 320 });
    // Make the user's own copy first, so there is something to keep safe.
    await fromMenu(page, 'Pacing', 'Duplicate');
    await expect.poll(() => rowTitles(page)).toContain('Pacing (copy)');
    const before = await storedDecks(page);
    const titles = await rowTitles(page);
    const valid = JSON.parse(payloadDeckFile()) as { deck: { cards: { steps?: unknown[] }[] } };
    const bad: [string, ReturnType<typeof file>, RegExp][] = [
      ['not JSON', file('notes.json', 'this is { not json'), /This file is not JSON/],
      ['empty', file('empty.json', ''), /This file is empty/],
      ['over 5 MB', file('huge.json', Buffer.alloc(5 * 1024 * 1024 + 1, 32)), /Sidecue imports deck files up to 5 MB/],
      [
        'newer version',
        file('future.json', JSON.stringify({ format: 'sidecue-deck', version: 99, deck: {} })),
        /made by a newer Sidecue \(format 99\)/,
      ],
      [
        'invalid field',
        file(
          'invalid.json',
          JSON.stringify({ ...valid, format: 'sidecue-deck', version: 2, deck: { ...valid.deck, cards: [{ ...valid.deck.cards[0], steps: [] }] } }),
        ),
        /Card 1, “Steps <script>alert\(2\)<\/script>”: it needs at least one step/,
      ],
    ];
    for (const [what, upload, message] of bad) {
      await page.getByTestId('import-file').setInputFiles(upload);
      const alert = page.locator('.file-problem[role="alert"]');
      await expect.poll(() => alert.textContent(), { message: what }).toMatch(message);
      expect(await alert.textContent()).toContain('was not imported, and nothing was changed');
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await storedDecks(page)).toEqual(before);
      expect(await rowTitles(page)).toEqual(titles);
      if (what === 'invalid field') await snap(page, 'customize-bad-file-320-light');
      await alert.getByRole('button', { name: 'Dismiss' }).click();
    }
    expect(session.consoleErrors).toEqual([]);
  });

  it('shows markup, script and javascript: text from an imported deck as plain text, never running it', async () => {
    const page = await freshCustomize(session, { width: 320 });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByTestId('import-file').setInputFiles(file('payloads.json', payloadDeckFile()));
    await page.getByRole('dialog', { name: 'Import a deck' }).getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => activeDeckId(page)).toBe('payloads');

    const inert = () =>
      page.evaluate(() => ({
        images: document.querySelectorAll('img:not([src^="/icon/"])').length,
        scripts: [...document.scripts].filter((script) => /alert/.test(script.textContent ?? '')).length,
        links: document.querySelectorAll('a[href^="javascript:"]').length,
      }));
    const none = { images: 0, scripts: 0, links: 0 };

    // Customize: the list, and the header's deck menu.
    expect(await rowTitles(page)).toEqual(['Steps <script>alert(2)</script>', 'Phrase <img src=x onerror=alert(1)>', 'javascript:alert(3)']);
    expect(await deckMenu(page).textContent()).toBe('Deck <img src=x onerror=alert(1)>');
    expect(await inert()).toEqual(none);
    await snap(page, 'customize-payloads-320-light');

    // The editor holds them as field values.
    await page.getByRole('button', { name: 'Edit Phrase <img src=x onerror=alert(1)>' }).click();
    expect(await page.getByLabel('Weak phrasing').inputValue()).toBe(PAYLOADS[0]);
    await page.getByRole('button', { name: 'Done' }).first().click();

    // Every other section that shows card text.
    for (const key of ['1', '2', '3', '4', '5']) {
      await page.keyboard.press(key);
      await expect.poll(() => page.locator('.panel-main .loading').count()).toBe(0);
      expect(await inert(), `section ${key}`).toEqual(none);
    }
    await page.keyboard.press('1');
    await expect.poll(() => page.locator('.panel-main').textContent()).toContain('Cue javascript:alert(3)');
    await page.keyboard.press('3');
    await expect.poll(() => page.locator('.panel-main').textContent()).toContain('Strong <script>alert(2)</script>');
    expect(await inert()).toEqual(none);
    expect(dialogs).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('fits every kind of card’s editor in a 320 px panel, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await freshCustomize(session, { width: 320, colorScheme });
      const kinds = ['Steps', 'Follow-up template', 'Phrasing', 'Practice prompt', 'Checklist', 'Decision matrix', 'Note'];
      for (const kind of kinds) {
        const row = page.locator('.card-row').filter({ has: page.locator('.card-kind', { hasText: new RegExp(`^${kind}$`) }) }).first();
        if ((await row.count()) === 0) {
          // The shipped deck may have no card of this kind: add one.
          await page.getByLabel('New card of kind').selectOption({ label: kind });
          await page.getByRole('button', { name: 'Add card' }).click();
        } else {
          await row.getByRole('button', { name: /^Edit / }).click();
        }
        await page.locator('.card-editor').waitFor();
        const wide = await page.evaluate(() => {
          const edge = document.documentElement.clientWidth;
          return [...document.querySelectorAll('.card-editor *')]
            .filter((element) => element.getBoundingClientRect().right > edge + 0.5)
            .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
        });
        expect(wide, kind).toEqual([]);
        if (colorScheme === 'dark' || kind === 'Follow-up template' || kind === 'Practice prompt') {
          await snap(page, `customize-editor-${kind.toLowerCase().replace(/\W+/g, '-')}-320-${colorScheme}`);
        }
        if (kind === 'Follow-up template') {
          // Variants and slots fold to their names; open one, and one of its slots.
          await page.locator('summary', { hasText: 'Variant 1' }).click();
          await page.locator('summary', { hasText: 'Slot 1' }).first().click();
          expect(await page.getByLabel('Placeholder').first().inputValue()).toBe('failure');
          await snap(page, `customize-editor-variant-open-320-${colorScheme}`);
          expect(await seriousA11yViolations(page)).toEqual([]);
        }
        await page.getByRole('button', { name: 'Done' }).first().click();
        await page.getByRole('list', { name: 'Cards' }).waitFor();
      }
    }
    expect(session.consoleErrors).toEqual([]);
  });

  it('asks before resetting the whole deck, in a dialog of its own', async () => {
    const page = await freshCustomize(session, { width: 320, colorScheme: 'dark' });
    await fromMenu(page, 'Pacing', 'Delete');
    await expect.poll(() => rowTitles(page)).not.toContain('Pacing');
    const count = (await rowTitles(page)).length;
    // The first edit made the user's copy; the deck menu names it once the library has re-read it.
    await expect.poll(() => deckMenu(page).textContent(), { timeout: 5_000 }).toBe('PM system design (mine)');
    await deckAction(page, 'Reset to the shipped cards…');
    const confirm = page.getByRole('dialog', { name: 'Reset this deck to the shipped cards?' });
    await confirm.waitFor();
    await snap(page, 'customize-reset-confirm-320-dark');
    await confirm.getByRole('button', { name: 'Reset deck' }).click();
    await expect.poll(async () => (await rowTitles(page)).length).toBe(count + 1);
    await snap(page, 'customize-320-dark');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('shows at most two buttons a card row, filters the list, and adds a card from the top', async () => {
    const page = await freshCustomize(session, { width: 400 });
    const perRow = await visibleButtonsPerRow(page);
    expect(perRow.length).toBeGreaterThan(20);
    expect(Math.max(...perRow)).toBeLessThanOrEqual(2);
    const total = (await rowTitles(page)).length;

    await page.getByRole('searchbox', { name: 'Filter cards' }).fill('pacing');
    await expect.poll(async () => (await rowTitles(page)).length).toBeLessThan(total);
    expect(await rowTitles(page)).toContain('Pacing');
    expect(await page.locator('.card-filter-count').textContent()).toMatch(new RegExp(`^\\d+ of ${total}$`));
    await snap(page, 'customize-filter-400-light');
    await page.getByRole('searchbox', { name: 'Filter cards' }).press('Escape');
    await expect.poll(async () => (await rowTitles(page)).length).toBe(total);

    // Add card sits above the list, in view without scrolling.
    const add = page.getByRole('button', { name: 'Add card' });
    expect((await add.boundingBox())!.y).toBeLessThan(700);
    await page.getByLabel('New card of kind').selectOption({ label: 'Phrasing' });
    await add.click();
    const title = page.getByLabel('Title', { exact: true });
    expect(await title.inputValue()).toBe('');
    expect(await title.getAttribute('placeholder')).toBe('Name this phrasing');
    await title.pressSequentially('Latency is conversion');
    await page.getByLabel('Strong phrasing').fill('Every 100 ms of checkout latency costs conversion.');
    // The first save copies the shipped deck (some 60 records): more than a second on a loaded machine.
    await expect.poll(() => page.locator('.save-state').textContent(), { timeout: 10_000 }).toBe('Saved');
    await snap(page, 'customize-new-card-400-light');
    await page.getByRole('button', { name: 'Done' }).first().click();
    await expect.poll(() => rowTitles(page)).toContain('Latency is conversion');
    expect(session.consoleErrors).toEqual([]);
  });

  it('Edit from Steps opens the card unfolded, and Done goes back to Steps', async () => {
    const page = await freshCustomize(session, { width: 400 });
    await page.locator('body').focus();
    await page.keyboard.press('1');
    await page.locator('#current-step-title').waitFor();
    await page.getByRole('button', { name: /^More actions for / }).first().click();
    await page.getByRole('menuitem', { name: 'Edit these steps' }).click();
    await page.locator('.card-editor').waitFor();
    const folded = await page.locator('.card-editor details').evaluateAll((all) => all.filter((details) => !(details as HTMLDetailsElement).open).length);
    expect(folded).toBe(0);
    await snap(page, 'customize-editor-from-steps-400-light');
    await page.getByRole('button', { name: 'Done' }).first().click();
    await page.locator('#current-step-title').waitFor();
    expect(session.consoleErrors).toEqual([]);
  });
});
