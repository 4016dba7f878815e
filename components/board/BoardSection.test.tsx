import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boardHtml } from '../../cards/board/board-html';
import { boardText } from '../../cards/board/board-text';
import { excalidrawClipboardSchema } from '../../cards/board/shapes/excalidraw-elements';
import type { Card, Deck } from '../../cards/schema';
import { BoardSection } from './BoardSection';
import { CalculatorList } from './CalculatorList';
import { CopyForBoardButton } from '../shared/CopyForBoardButton';
import type { LibraryApi } from '../shell/use-library';

const deck: Deck = {
  id: 'test',
  name: 'Test',
  description: '',
  cards: [
    {
      kind: 'prompt',
      id: 'prompt-flash',
      title: 'Practice: flash sale',
      tags: [],
      domain: 'Flash sale',
      question: 'Design it.',
      hypothesis: 'Fast checkout sells more.',
      constraints: [],
      levers: [{ id: 'stock', lever: 'Stock cache', kpi: 'Oversells', effect: '', risk: 4, mitigation: '' }],
      followUps: [],
    },
    {
      kind: 'matrix',
      id: 'decision-matrix',
      title: 'Decision matrix',
      tags: [],
      rows: [
        { id: 'caching', lever: 'Caching', kpi: 'Conversion', effect: '+2 %', risk: 3, mitigation: 'Write-through' },
        { id: 'async', lever: 'Async work', kpi: 'Latency', effect: '', risk: 2, mitigation: '' },
      ],
    },
    { kind: 'note', id: 'note', title: 'A <b>note</b>', tags: [], body: 'Say it early.', points: [] },
  ],
};

/** Records what reached the clipboard, as the browser's ClipboardItem would carry it. */
function fakeClipboard() {
  const written: Record<string, string>[] = [];
  class FakeClipboardItem {
    constructor(readonly items: Record<string, Blob>) {}
  }
  vi.stubGlobal('ClipboardItem', FakeClipboardItem);
  const write = vi.fn(async (items: FakeClipboardItem[]) => {
    const entry: Record<string, string> = {};
    for (const [type, blob] of Object.entries(items[0]!.items)) entry[type] = await blob.text();
    written.push(entry);
  });
  const writeText = vi.fn(async (text: string) => void written.push({ 'text/plain': text }));
  Object.defineProperty(navigator, 'clipboard', { value: { write, writeText }, configurable: true });
  return written;
}

function renderBoard(saveCard = vi.fn(async (_card: Card) => {})) {
  const announce = vi.fn();
  const library = { deck, library: { decks: [], quarantined: [] }, saveCard } as unknown as LibraryApi;
  render(<BoardSection library={library} announce={announce} searchRequest={0} view={{ section: 'board', glance: false }} updateView={vi.fn()} offerUndo={() => {}} />);
  return { announce, saveCard };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('CopyForBoardButton', () => {
  it('puts sticky-note text and its HTML on the clipboard and announces it', async () => {
    const written = fakeClipboard();
    const announce = vi.fn();
    const note = deck.cards[2]!;
    render(<CopyForBoardButton card={note} label="Copy note" announce={announce} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy note' }));
    expect(written).toEqual([{ 'text/plain': boardText(note), 'text/html': boardHtml(note) }]);
    expect(written[0]!['text/html']).toContain('A &lt;b&gt;note&lt;/b&gt;');
    expect(announce).toHaveBeenCalledWith('Copied for the board');
  });

  it('says so when the browser refuses the clipboard', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
      configurable: true,
    });
    const announce = vi.fn();
    render(<CopyForBoardButton card={deck.cards[2]!} announce={announce} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy for the board' }));
    expect(announce).toHaveBeenCalledWith('Could not copy: the browser refused clipboard access');
  });
});

describe('the Board section', () => {
  it('previews and copies the chosen card', async () => {
    const written = fakeClipboard();
    const { announce } = renderBoard();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Card' }), 'note');
    expect(screen.getByLabelText('As it lands on the board')).toHaveTextContent('A <b>note</b> Say it early.');
    await userEvent.click(screen.getByRole('button', { name: 'Copy for the board' }));
    expect(written[0]!['text/plain']).toBe('A <b>note</b>\n\nSay it early.');
    expect(announce).toHaveBeenCalledWith('Copied for the board');
  });

  it('starts on the general matrix, and prefills from the chosen practice prompt', async () => {
    renderBoard();
    expect(screen.getByRole('combobox', { name: 'Rows for' })).toHaveDisplayValue('General: Decision matrix');
    expect(screen.getAllByRole('textbox', { name: 'Lever' }).map((input) => (input as HTMLInputElement).value)).toEqual(['Caching', 'Async work']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rows for' }), 'prompt-flash');
    expect(screen.getAllByRole('textbox', { name: 'Lever' }).map((input) => (input as HTMLInputElement).value)).toEqual(['Stock cache']);
  });

  it('saves an edit once, about 400 ms after the last keystroke, and shows Saved', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { saveCard } = renderBoard();
    const kpi = screen.getAllByRole('textbox', { name: 'KPI it moves' })[0]!;
    fireEvent.change(kpi, { target: { value: 'Conversion rate' } });
    fireEvent.change(kpi, { target: { value: 'Conversion rate at peak' } });
    expect(saveCard).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTimeAsync(450));
    expect(saveCard).toHaveBeenCalledTimes(1);
    const saved = saveCard.mock.calls[0]![0] as Extract<Card, { kind: 'matrix' }>;
    expect(saved.rows[0]!.kpi).toBe('Conversion rate at peak');
    expect(screen.getByText('✓ Saved')).toBeInTheDocument();
  });

  it('saves prompt rows as the prompt’s levers', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { saveCard } = renderBoard();
    fireEvent.change(screen.getByRole('combobox', { name: 'Rows for' }), { target: { value: 'prompt-flash' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Risk (1 low – 5 high)' }), { target: { value: '5' } });
    await act(async () => vi.advanceTimersByTimeAsync(450));
    const saved = saveCard.mock.calls[0]![0] as Extract<Card, { kind: 'prompt' }>;
    expect(saved.id).toBe('prompt-flash');
    expect(saved.levers[0]!.risk).toBe(5);
  });

  it('keeps a stored row’s lever while it is retyped, marks the field, and saves the rest', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { saveCard } = renderBoard();
    const lever = screen.getAllByRole('textbox', { name: 'Lever' })[1]!;
    fireEvent.change(lever, { target: { value: '  ' } });
    await act(async () => vi.advanceTimersByTimeAsync(450));
    // Nothing else changed, so there is nothing to store yet.
    expect(saveCard).not.toHaveBeenCalled();
    expect(lever).toHaveAttribute('aria-invalid', 'true');
    expect(lever).toHaveAccessibleDescription('Name the lever.');
    expect(screen.getByText('Row 2 is not saved until it names a lever and a KPI; the other rows are saved.')).toBeInTheDocument();
    fireEvent.change(screen.getAllByRole('textbox', { name: 'Mitigation' })[1]!, { target: { value: 'Queue it' } });
    await act(async () => vi.advanceTimersByTimeAsync(450));
    const saved = saveCard.mock.calls[0]![0] as Extract<Card, { kind: 'matrix' }>;
    expect(saved.rows[1]).toMatchObject({ lever: 'Async work', mitigation: 'Queue it' });
  });

  it('treats a new row as a draft: unchecked until left, never blocking the other rows', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { saveCard } = renderBoard();
    fireEvent.click(screen.getByRole('button', { name: 'Add row' }));
    const newLever = screen.getAllByRole('textbox', { name: 'Lever' })[2]!;
    expect(newLever).toHaveFocus();
    expect(newLever).not.toHaveAttribute('aria-invalid', 'true');
    // An edit elsewhere saves while the new row is still blank.
    fireEvent.change(screen.getAllByRole('textbox', { name: 'KPI it moves' })[0]!, { target: { value: 'Conversion at peak' } });
    await act(async () => vi.advanceTimersByTimeAsync(450));
    const saved = saveCard.mock.calls.at(-1)![0] as Extract<Card, { kind: 'matrix' }>;
    expect(saved.rows.map((row) => row.kpi)).toEqual(['Conversion at peak', 'Latency']);
    // Said quietly while it is being typed (never "Saved" beside a row that is not)…
    const waiting = screen.getByText('Row 3 is not saved until it names a lever and a KPI; the other rows are saved.');
    expect(waiting).not.toHaveClass('problem-text');
    expect(screen.queryByText('✓ Saved')).not.toBeInTheDocument();
    // …and as a problem once the user leaves it unfinished.
    fireEvent.blur(newLever, { relatedTarget: document.body });
    expect(newLever).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Row 3 is not saved until it names a lever and a KPI; the other rows are saved.')).toHaveClass('problem-text');
    // Once named, it saves in its place.
    fireEvent.change(newLever, { target: { value: 'Queue' } });
    fireEvent.change(screen.getAllByRole('textbox', { name: 'KPI it moves' })[2]!, { target: { value: 'Latency' } });
    await act(async () => vi.advanceTimersByTimeAsync(450));
    const named = saveCard.mock.calls.at(-1)![0] as Extract<Card, { kind: 'matrix' }>;
    expect(named.rows.map((row) => row.lever)).toEqual(['Caching', 'Async work', 'Queue']);
  });

  it('reorders rows from the row’s menu and with Alt+Arrow keys, keeping focus on the moved row', async () => {
    const { announce } = renderBoard();
    const levers = () => screen.getAllByRole('textbox', { name: 'Lever' }).map((input) => (input as HTMLInputElement).value);
    await userEvent.click(screen.getByRole('button', { name: 'More actions for Caching' }));
    expect(screen.getByRole('menuitem', { name: 'Move up' })).toBeDisabled();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Move down' }));
    expect(levers()).toEqual(['Async work', 'Caching']);
    expect(screen.getByRole('button', { name: 'More actions for Caching' })).toHaveFocus();
    expect(announce).toHaveBeenCalledWith('Moved Caching to position 2 of 2');
    const caching = screen.getAllByRole('textbox', { name: 'Lever' })[1]!;
    caching.focus();
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(levers()).toEqual(['Caching', 'Async work']);
    expect(screen.getAllByRole('textbox', { name: 'Lever' })[0]).toHaveFocus();
  });

  it('adds and deletes rows, with at most two buttons a row', async () => {
    renderBoard();
    await userEvent.click(screen.getByRole('button', { name: 'Add row' }));
    expect(screen.getAllByRole('textbox', { name: 'Lever' })).toHaveLength(3);
    expect(screen.getAllByRole('textbox', { name: 'Lever' })[2]).toHaveFocus();
    for (const row of screen.getAllByRole('row').slice(1)) expect(within(row).getAllByRole('button').length).toBeLessThanOrEqual(2);
    await userEvent.click(screen.getByRole('button', { name: 'More actions for Async work' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Delete row' }));
    expect(screen.getAllByRole('textbox', { name: 'Lever' })).toHaveLength(2);
  });

  it('copies the matrix as a table (TSV and HTML) and as Markdown', async () => {
    const written = fakeClipboard();
    renderBoard();
    await userEvent.click(screen.getByRole('button', { name: 'Copy as table' }));
    expect(written[0]!['text/plain']!.split('\n')[1]).toBe('Caching\tConversion\t+2 %\t3\tWrite-through');
    expect(written[0]!['text/html']).toContain('<td>Caching</td><td>Conversion</td>');
    await userEvent.click(screen.getByRole('button', { name: 'More ways to copy the matrix' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Copy as Markdown' }));
    expect(written[1]!['text/plain']).toContain('| Caching | Conversion | +2 % | 3 | Write-through |');
  });

  it("copies a prompt's levers as a matrix note", async () => {
    const written = fakeClipboard();
    renderBoard();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rows for' }), 'prompt-flash');
    await userEvent.click(screen.getByRole('button', { name: 'More ways to copy the matrix' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Copy as a note' }));
    expect(written[0]!['text/plain']).toBe('Decision matrix: Flash sale\n\nStock cache → Oversells (risk 4/5)');
    expect(written[0]!['text/html']).toContain('<table>');
  });
});

describe('the copy menus', () => {
  it('copies the matrix as shapes (a grid of labelled boxes) and as Mermaid, and says so', async () => {
    const written = fakeClipboard();
    const { announce } = renderBoard();
    await userEvent.click(screen.getByRole('button', { name: 'More ways to copy the matrix' }));
    await userEvent.click(screen.getByRole('menuitem', { name: /^Copy for Excalidraw and tldraw/ }));
    // The copy formats load on first use.
    await waitFor(() => expect(announce).toHaveBeenLastCalledWith('Copied as shapes for Excalidraw and tldraw'));
    const payload = excalidrawClipboardSchema.parse(JSON.parse(written[0]!['text/plain']!));
    const labels = payload.elements.flatMap((element) => (element.type === 'text' ? [element.originalText] : []));
    expect(labels).toEqual(expect.arrayContaining(['Lever', 'Mitigation', 'Caching', 'Conversion', 'Async work', '3/5']));
    expect(payload.elements.filter((element) => element.type === 'rectangle')).toHaveLength(15);
    expect(announce).toHaveBeenLastCalledWith('Copied as shapes for Excalidraw and tldraw');

    await userEvent.click(screen.getByRole('button', { name: 'More ways to copy the matrix' }));
    await userEvent.click(screen.getByRole('menuitem', { name: /^Copy as Mermaid/ }));
    await waitFor(() => expect(announce).toHaveBeenLastCalledWith('Copied as Mermaid'));
    expect(written[1]!['text/plain']).toMatch(/^flowchart LR\n {2}l1\["Caching"\] -->/);
  });

  it('copies the chosen card as shapes, as Mermaid or as bare text from its menu, keeping one visible button', async () => {
    const written = fakeClipboard();
    const { announce } = renderBoard();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Card' }), 'prompt-flash');
    const menu = screen.getByRole('button', { name: 'More ways to copy Practice: flash sale' });
    await userEvent.click(menu);
    expect(screen.getAllByRole('menuitem').map((item) => item.firstChild?.nextSibling?.firstChild?.textContent)).toEqual([
      'Copy for Excalidraw and tldraw',
      'Copy as Mermaid',
      'Copy as text',
    ]);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(announce).toHaveBeenLastCalledWith('Copied as shapes for Excalidraw and tldraw'));
    const payload = excalidrawClipboardSchema.parse(JSON.parse(written[0]!['text/plain']!));
    expect(payload.elements.filter((element) => element.type === 'arrow')).toHaveLength(1);
    // Focus returns to the menu button, for the next copy by keyboard.
    expect(menu).toHaveFocus();

    await userEvent.keyboard('{ArrowUp}{Enter}');
    await waitFor(() => expect(announce).toHaveBeenLastCalledWith('Copied as text'));
    expect(written[1]).toEqual({ 'text/plain': boardText(deck.cards.find((card) => card.id === 'prompt-flash')!) });

    // A note has no flow to draw as Mermaid.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Card' }), 'note');
    await userEvent.click(screen.getByRole('button', { name: 'More ways to copy A <b>note</b>' }));
    expect(screen.queryByRole('menuitem', { name: /Mermaid/ })).not.toBeInTheDocument();
  });
});

describe('the calculators', () => {
  it("end in a sentence from the guide's defaults, with formula and assumptions", () => {
    renderBoard();
    const revenue = screen.getByText('Revenue at risk in an incident').closest('details')!;
    // Folded by default, to its answer.
    expect(revenue).not.toHaveAttribute('open');
    expect(within(revenue).getByText('$4,500')).toBeInTheDocument();
    expect(within(revenue).getByRole('status')).toHaveTextContent('bounds the revenue at risk to about $4,500 per incident');
    expect(within(revenue).getByText('200 orders/min × $45 × 0.5 min = $4,500')).toBeInTheDocument();
    expect(within(revenue).getByText('Assumptions')).toBeInTheDocument();
  });

  it('mark the wrong field and hold back the figure', async () => {
    renderBoard();
    const orders = screen.getByRole('textbox', { name: 'Orders a minute' });
    await userEvent.clear(orders);
    await userEvent.type(orders, '-3');
    expect(orders).toHaveAttribute('aria-invalid', 'true');
    expect(orders).toHaveAccessibleDescription('Enter 0 or more.');
    expect(screen.getByText('Fix the marked field to see the figure.')).toBeInTheDocument();
  });

  it('say whether the latency budget fits, and mark a hop that is wrong', async () => {
    renderBoard();
    const latency = screen.getByText('Latency budget').closest('details')!;
    expect(within(latency).getByText('Fits: 110 ms of 120 ms', { selector: 'summary *' })).toBeInTheDocument();
    expect(within(latency).getByText('Fits: 110 ms of 120 ms', { selector: '.calc-verdict' })).toBeInTheDocument();
    const target = within(latency).getByRole('textbox', { name: 'Target (ms)' });
    await userEvent.clear(target);
    await userEvent.type(target, '100');
    expect(within(latency).getByText('Over budget by 10 ms', { selector: '.calc-verdict' })).toBeInTheDocument();
    const hop = within(latency).getAllByRole('textbox', { name: 'Time (ms)' })[0]!;
    await userEvent.clear(hop);
    await userEvent.type(hop, 'fast');
    expect(hop).toHaveAccessibleDescription('Enter a number (digits only).');
  });

  it('remember what was typed when the panel opens again, and go back to the guide on request', async () => {
    const first = render(<CalculatorList announce={vi.fn()} />);
    const orders = screen.getByRole('textbox', { name: 'Orders a minute' });
    await userEvent.clear(orders);
    await userEvent.type(orders, '300');
    first.unmount();

    const announce = vi.fn();
    render(<CalculatorList announce={announce} />);
    const revenue = screen.getByText('Revenue at risk in an incident').closest('details')!;
    await waitFor(() => expect(within(revenue).getByRole('textbox', { name: 'Orders a minute' })).toHaveValue('300'));
    expect(within(revenue).getByRole('status')).toHaveTextContent('about $6,750 per incident');
    await userEvent.click(within(revenue).getByRole('button', { name: 'Use the guide’s figures' }));
    expect(within(revenue).getByRole('textbox', { name: 'Orders a minute' })).toHaveValue('200');
    expect(announce).toHaveBeenCalledWith("Back to the guide's figures");
    expect(within(revenue).queryByRole('button', { name: 'Use the guide’s figures' })).not.toBeInTheDocument();
  });

  it('copy the sentence', async () => {
    const written = fakeClipboard();
    const { announce } = renderBoard();
    const revenue = screen.getByText('Revenue at risk in an incident').closest('details')!;
    await userEvent.click(within(revenue).getByRole('button', { name: 'Copy sentence' }));
    expect(written[0]!['text/plain']).toMatch(/^At 200 orders a minute/);
    expect(announce).toHaveBeenCalledWith('Copied the sentence');
  });
});
