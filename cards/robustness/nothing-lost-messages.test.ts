import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { readDeckFile } from '../deck-file/deck-file';
import { matrixMarkdown, matrixTsv } from '../board/board-text';
import { cardSchema, deckSchema, type MatrixRow } from '../schema';
import * as store from '../storage/store';
import { cardKey } from '../storage/storage-keys';

/**
 * Issue 18, case 8: messages for people. A bad value is quoted short, names
 * and titles carry no invisible controls, every copy bound for a spreadsheet
 * is guarded against formulas, and a broken record is set aside once.
 */

describe('case 8: messages that echo the bad value', () => {
  it('quotes at most about 60 characters of a 4.9 MB "format"', () => {
    const result = readDeckFile(JSON.stringify({ format: 'x'.repeat(4_900_000), version: 2, deck: {} }));
    expect(result.ok).toBe(false);
    const error = (result as { error: string }).error;
    expect(error.length).toBeLessThan(300);
    expect(error).toMatch(/its "format" is "x{59}… \(4,900,002 characters\)/);
  });

  it('a title of only invisible characters is empty; bidi controls are taken out of titles and names', () => {
    const note = { kind: 'note', id: 'n', tags: [], body: 'text', points: [] };
    const invisible = cardSchema.safeParse({ ...note, title: '\u200B\u200D\u2066\u202E\uFEFF' });
    expect(invisible.success).toBe(false);
    expect(invisible.error?.issues[0]?.message).toBe('is empty');
    const spoofed = cardSchema.parse({ ...note, title: 'Pay \u202Eevil\u202C now' });
    expect(spoofed.title).toBe('Pay evil now');
    const deck = deckSchema.parse({ id: 'd', name: '\u2067Acme\u2069', cards: [] });
    expect(deck.name).toBe('Acme');
    // An emoji joined with a zero-width joiner keeps it.
    expect(cardSchema.parse({ ...note, title: 'Dev \u{1F469}\u200D\u{1F4BB}' }).title).toBe('Dev \u{1F469}\u200D\u{1F4BB}');
  });

  it('guards every spreadsheet-bound copy of the decision matrix against formulas, as the CSV export does', () => {
    const rows: MatrixRow[] = [
      { id: 'r', lever: '=HYPERLINK("https://evil.example","open")', kpi: '+1+1', effect: '@SUM(A1)', risk: 3, mitigation: '-2' },
    ];
    const tsv = matrixTsv(rows).split('\n')[1]!.split('\t');
    expect(tsv.slice(0, 3)).toEqual([`'=HYPERLINK("https://evil.example","open")`, `'+1+1`, `'@SUM(A1)`]);
    expect(tsv[4]).toBe('-2'); // a plain number stays a number
    expect(matrixMarkdown(rows)).toContain(`| '=HYPERLINK("https://evil.example","open") | '+1+1 | '@SUM(A1) | 3 | -2 |`);
  });
});

describe('case 8: a broken record is set aside once', () => {
  it('two reads racing (a Firefox reload between copy and removal) keep one copy', async () => {
    await store.saveDeck({ id: 'acme', name: 'Acme loop', description: '', cards: [] }, { now: 1 });
    await browser.storage.local.set({ [cardKey('acme', 'b')]: { v: 1, order: 1, card: { kind: 'phrasing' } } });
    await Promise.all([store.loadLibrary(5), store.loadLibrary(6)]);
    const stored = await browser.storage.local.get(null);
    expect(Object.keys(stored).filter((key) => key.startsWith('quarantine:'))).toHaveLength(1);
    expect((await store.loadLibrary(7)).quarantined).toHaveLength(1);
  });
});
