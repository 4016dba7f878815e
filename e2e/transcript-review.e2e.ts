import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, seriousA11yViolations, snap, type ExtensionSession } from './support/extension';
import { ROOT, SCREENSHOTS } from './support/paths';

const ZOOM_VTT = readFileSync(join(ROOT, 'cards/transcript/fixtures/zoom.vtt'), 'utf8');

/** Drops a file on the panel as a file manager would: a DataTransfer built in the page, dragged over then dropped. */
async function dropFile(page: Page, name: string, text: string) {
  await page.evaluate(
    ({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'text/vtt' }));
      const target = document.querySelector('main') ?? document.body;
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    },
    { name, text },
  );
}

/**
 * Whether the WebVTT parser has been loaded into the page: the library marks
 * itself on the window when it runs (webvtt-parser's exportify), and Chromium
 * keeps no resource timing for extension scripts to look at instead.
 */
async function parserLoaded(page: Page): Promise<boolean> {
  return page.evaluate(() => 'WebVTTParser' in window);
}

describe('transcript review: a rehearsal, its Zoom transcript dropped on the panel, the report, and the report again after a reload', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(() => session?.close());

  it('reviews a dropped .vtt against the deck, saves it with the run and shows it again after a reload', async () => {
    const page = await session.openPanel({ width: 400 });
    await page.keyboard.press('4');
    await page.getByRole('heading', { name: 'Rehearse', level: 2 }).waitFor();
    await page.getByLabel('Practice prompt').selectOption('prompt-live-stream');
    await page.getByRole('button', { name: 'Start rehearsal' }).click();
    await page.getByRole('button', { name: 'End and score' }).click();
    for (const [signal, value] of [['Impact awareness', '3'], ['Feasibility reasoning', '4'], ['Trade-off rigor', '2']] as const) {
      await page.getByRole('group', { name: signal }).getByLabel(value).check();
    }
    await page.getByRole('button', { name: 'Save to history' }).click();
    await page.getByRole('button', { name: 'Review a transcript', exact: true }).waitFor();
    // The review is not part of what Rehearse loads: its parser comes with the first transcript.
    expect(await parserLoaded(page)).toBe(false);

    await dropFile(page, 'mock-interview.vtt', ZOOM_VTT);
    const review = page.getByTestId('transcript-review');
    await review.getByRole('group', { name: 'Which speaker is you?' }).waitFor();
    expect(await review.getByRole('radio', { name: /^Robin Candidate/ }).isChecked()).toBe(true);
    expect(await parserLoaded(page)).toBe(true);

    const report = review.getByTestId('review-report');
    await report.getByTestId('review-timeline').waitFor();
    expect(await report.textContent()).toContain('A rule-based check of the words against your deck, not a judge of the answer.');
    expect(await report.getByRole('table').textContent()).toContain('Problem and hypothesis0:073:00');
    expect(await report.getByTestId('signal-impact').textContent()).toContain('Heard Impact');
    expect(await report.getByTestId('signal-tradeoff').textContent()).toContain('at the cost of harder rebalancing');
    const kafka = report.getByTestId('weak-phrasing').filter({ hasText: "We'll use Kafka for streaming." });
    expect(await kafka.textContent()).toContain('Say instead Kafka, because at-least-once delivery is what seller trust demands');
    await snap(page, 'transcript-review-light');
    // The review alone, close enough to read (README's picture); the sticky header would cover part of it.
    await page.addStyleTag({ content: '.app-top { position: static !important; }' });
    await review.screenshot({ path: join(SCREENSHOTS, 'transcript-review-panel-400-light.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Saved with the run: after a reload the history row says so and opens the same report.
    await page.reload();
    await page.locator('.app[data-ready]').waitFor();
    const row = page.getByTestId('rehearsal-row').first();
    await row.getByText(/^Transcript: 3 of 3 signals on time · 2 weak phrasings/).waitFor();
    await row.getByRole('button', { name: 'Show review' }).click();
    await row.getByTestId('review-report').getByTestId('review-timeline').waitFor();
    expect(await row.getByTestId('weak-phrasing').count()).toBe(2);

    for (const [width, colorScheme] of [[320, 'dark'], [400, 'dark'], [320, 'light']] as const) {
      const other = await session.openPanel({ width, colorScheme });
      const otherRow = other.getByTestId('rehearsal-row').first();
      await otherRow.getByRole('button', { name: 'Show review' }).click();
      await otherRow.getByTestId('review-timeline').waitFor();
      await snap(other, `transcript-review-${width}-${colorScheme}`);
      await other.addStyleTag({ content: '.app-top { position: static !important; }' });
      await otherRow.screenshot({ path: join(SCREENSHOTS, `transcript-review-row-${width}-${colorScheme}.png`) });
      expect(await other.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await other.close();
    }
    expect(session.consoleErrors).toEqual([]);
  });
});
