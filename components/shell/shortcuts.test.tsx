import { fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BROWSER_COMMANDS } from './browser-commands';
import { ShortcutHelp } from './ShortcutHelp';
import { SECTIONS } from '../../cards/storage/preferences';
import { DESCRIBED_SHORTCUTS } from './shortcut-help';
import { SECTION_DIGITS, shortcutForKey, shortcutsForKey, type PanelShortcutId } from './shortcuts';
import { useShortcut } from './use-shortcut';

const specs = DESCRIBED_SHORTCUTS;

function Bound({ id, onKey, fallback }: { id: PanelShortcutId; onKey(): boolean | void; fallback?: boolean }) {
  useShortcut(id, onKey, { fallback });
  return null;
}

describe('the registry of keys', () => {
  it('gives every key one meaning, but for the grades the drill borrows from the section digits', () => {
    const keys = specs.filter((spec) => spec.id !== 'drill-grade').flatMap((spec) => spec.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(shortcutsForKey('3')).toEqual(['open-section', 'drill-grade']);
    expect(shortcutsForKey('5')).toEqual(['open-section']);
    expect(shortcutForKey('j')).toBe('next-step');
    expect(shortcutForKey('ArrowLeft')).toBe('previous-step');
    expect(shortcutForKey('4')).toBe('open-section');
    expect(shortcutForKey('x')).toBeUndefined();
    expect(SECTION_DIGITS).toHaveLength(SECTIONS.length);
  });

  it('lists every key in the help screen, the browser’s two included', () => {
    render(<ShortcutHelp open onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const spec of specs) {
      const row = within(dialog).getByText(spec.description).closest('.shortcut-row')!;
      expect(row).toHaveTextContent(spec.shown);
    }
    expect(dialog).toHaveTextContent(BROWSER_COMMANDS.openPanel.key);
    expect(dialog).toHaveTextContent(BROWSER_COMMANDS.openLookup.key);
  });

  it('is what the manifest’s commands and the README’s table say', () => {
    expect(readFileSync('wxt.config.ts', 'utf8')).toContain('BROWSER_COMMANDS.openPanel.key');
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('## Keyboard'), readme.indexOf('\n## ', readme.indexOf('## Keyboard') + 1));
    for (const spec of specs) expect(table.toLowerCase(), spec.id).toContain(spec.description.toLowerCase());
  });
});

describe('the one key listener', () => {
  it('runs the bound handler, and a section’s binding before the shell’s fallback', () => {
    const shell = vi.fn();
    const section = vi.fn();
    const { rerender } = render(<Bound id="rehearsal-done" onKey={shell} fallback />);
    fireEvent.keyDown(document.body, { key: 'd' });
    expect(shell).toHaveBeenCalledTimes(1);
    rerender(
      <>
        <Bound id="rehearsal-done" onKey={shell} fallback />
        <Bound id="rehearsal-done" onKey={section} />
      </>,
    );
    fireEvent.keyDown(document.body, { key: 'd' });
    expect(section).toHaveBeenCalledTimes(1);
    expect(shell).toHaveBeenCalledTimes(1);
  });

  it('passes a key on when the handler says it does not apply', () => {
    const shell = vi.fn();
    render(
      <>
        <Bound id="rehearsal-done" onKey={shell} fallback />
        <Bound id="rehearsal-done" onKey={() => false} />
      </>,
    );
    expect(fireEvent.keyDown(document.body, { key: 'd' })).toBe(false);
    expect(shell).toHaveBeenCalledTimes(1);
  });

  it('lets the drill’s grades take the digits 1–4 while it is bound, and gives them back after', () => {
    const open = vi.fn();
    const grade = vi.fn();
    const { rerender } = render(
      <>
        <Bound id="open-section" onKey={open} />
        <Bound id="drill-grade" onKey={grade} />
      </>,
    );
    fireEvent.keyDown(document.body, { key: '2' });
    expect(grade).toHaveBeenCalledTimes(1);
    expect(open).not.toHaveBeenCalled();
    rerender(<Bound id="open-section" onKey={open} />);
    fireEvent.keyDown(document.body, { key: '2' });
    expect(open).toHaveBeenCalledTimes(1);
    expect(grade).toHaveBeenCalledTimes(1);
  });

  it('stays out of fields, forms, dialogs and modified keys', () => {
    const onKey = vi.fn();
    function Page() {
      const [text, setText] = useState('');
      return (
        <>
          <Bound id="glance" onKey={onKey} />
          <input aria-label="Search" value={text} onChange={(event) => setText(event.target.value)} />
          <form aria-label="Score">
            <input type="radio" aria-label="Three" />
          </form>
          <dialog open>
            <button type="button">Inside</button>
          </dialog>
        </>
      );
    }
    render(<Page />);
    fireEvent.keyDown(screen.getByLabelText('Search'), { key: 'g' });
    fireEvent.keyDown(screen.getByLabelText('Three'), { key: 'g' });
    fireEvent.keyDown(screen.getByText('Inside'), { key: 'g' });
    fireEvent.keyDown(document.body, { key: 'g', ctrlKey: true });
    expect(onKey).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: 'g' });
    expect(onKey).toHaveBeenCalledTimes(1);
  });
});
