import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  clickButton,
  fieldLabelled,
  launchFirefox,
  reloadPanel,
  snapFirefox,
  textOf,
  until,
  type FirefoxSession,
} from '../support/firefox';

/** The journeys that matter most, in Firefox itself: render, look up and copy, edit and keep, refuse a bad file. */
describe('Sidecue in Firefox', () => {
  let session: FirefoxSession;
  let files: string;
  beforeAll(async () => {
    session = await launchFirefox();
    files = mkdtempSync(join(tmpdir(), 'sidecue-ff-files-'));
  });
  afterAll(async () => {
    await session?.close();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  it('ships no test-only code: only the e2e build opens the panel in a tab', () => {
    const background = (dir: string) => readFileSync(join(dir, 'background.js'), 'utf8');
    expect(background(inject('firefoxExtensionDir'))).toContain('tabs.create');
    expect(background(inject('firefoxShippedDir'))).not.toContain('tabs.create');
  });

  it('renders the panel: the first step, ready for keys', async () => {
    const { panel } = session;
    expect(await textOf(panel, '.app-title')).toContain('Sidecue');
    expect(await textOf(panel, '#current-step-title')).toMatch(/Problem definition/);
    await panel.keyboard.press('j');
    await until(() => textOf(panel, '#current-step-title'), (title) => /Constraint/.test(title), 'next step with j');
    await snapFirefox(panel, 'firefox-steps');
    expect(session.errors).toEqual([]);
  });

  it('searches a phrasing and copies it with Enter; the live region says so', async () => {
    const { panel } = session;
    await panel.keyboard.press('/');
    await until(() => panel.evaluate(() => document.activeElement?.id ?? ''), (id) => id === 'phrasing-search', 'focus in search');
    await panel.keyboard.type('kafak');
    const strong = await until(() => textOf(panel, '.phrasing .strong-line'), (text) => /Kafka/.test(text), 'first result');
    await panel.keyboard.press('Enter');
    await until(() => textOf(panel, '.live-status'), (text) => text.startsWith(`Copied: ${strong.slice(0, 60)}`), 'live region');
    await snapFirefox(panel, 'firefox-phrasings-copied');
    expect(session.errors).toEqual([]);
  });

  it('edits a card and finds the edit after a reload', async () => {
    const { panel } = session;
    await clickButton(panel, 'Customize');
    await panel.waitForSelector('.card-rows');
    await clickButton(panel, 'Edit Pacing');
    const title = await fieldLabelled(panel, 'Title');
    await panel.locator(title).fill('My Firefox pacing');
    await until(() => textOf(panel, '.save-state'), (state) => state === 'Saved', 'save state');
    await reloadPanel(panel);
    await panel.waitForSelector('.card-rows');
    const titles = await panel.$$eval('.card-row-title', (rows) => rows.map((row) => row.textContent ?? ''));
    expect(titles.some((title) => title.includes('My Firefox pacing'))).toBe(true);
    await snapFirefox(panel, 'firefox-customize-after-reload');
    expect(session.errors).toEqual([]);
  });

  it('refuses a bad deck file with a message, and changes nothing', async () => {
    const { panel } = session;
    const before = await panel.$$eval('.card-row-title', (rows) => rows.map((row) => row.textContent ?? ''));
    const bad = join(files, 'notes.json');
    writeFileSync(bad, 'this is { not json');
    const input = (await panel.$('[data-testid="import-file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(bad);
    const message = await until(() => textOf(panel, '.file-problem[role="alert"]'), (text) => text !== '', 'error message');
    expect(message).toMatch(/This file is not JSON/);
    expect(message).toContain('was not imported, and nothing was changed');
    expect(await panel.$$eval('.card-row-title', (rows) => rows.map((row) => row.textContent ?? ''))).toEqual(before);
    await snapFirefox(panel, 'firefox-bad-file');
    expect(session.errors).toEqual([]);
  });
});
