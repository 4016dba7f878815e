import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { loadOnce } from '../../cards/load-once';
import { describe, expect, it, vi } from 'vitest';
import { DeferredMenu } from './DeferredMenu';
import { OverflowMenu, type MenuAsk } from './OverflowMenu';

/** A menu whose code lands when the test says so. */
function slowMenu(onSelect = vi.fn()) {
  let land!: () => void;
  const landed = new Promise<void>((resolve) => (land = resolve));
  const Menu = loadOnce(async () => {
    await landed;
    return ({ asked }: { asked?: MenuAsk }) => <OverflowMenu label="More actions for Steps" asked={asked} actions={[{ label: 'Copy', onSelect }]} />;
  });
  return { Menu, land: () => act(async () => land()) };
}

describe('a menu loaded after the first paint', () => {
  it('shows the same button at once, and opens when it lands if it was clicked before', async () => {
    const { Menu, land } = slowMenu();
    render(<DeferredMenu menu={Menu} props={{}} label="More actions for Steps" />);
    const button = screen.getByRole('button', { name: 'More actions for Steps' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    fireEvent.click(button);
    await land();
    expect(await screen.findByRole('menuitem', { name: 'Copy' })).toHaveFocus();
  });

  it('keeps the focus of a user who reached the button before it landed', async () => {
    const { Menu, land } = slowMenu();
    render(<DeferredMenu menu={Menu} props={{}} label="More actions for Steps" />);
    const placeholder = screen.getByRole('button', { name: 'More actions for Steps' });
    placeholder.focus();
    await land();
    // The real button has taken the placeholder's place, and the focus with it.
    await waitFor(() => expect(placeholder).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'More actions for Steps', expanded: false })).toHaveFocus();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('does not pull focus back from where the user went meanwhile', async () => {
    const { Menu, land } = slowMenu();
    render(
      <>
        <DeferredMenu menu={Menu} props={{}} label="More actions for Steps" />
        <input aria-label="Search" />
      </>,
    );
    screen.getByRole('button', { name: 'More actions for Steps' }).focus();
    screen.getByRole('textbox', { name: 'Search' }).focus();
    await land();
    await screen.findByRole('button', { name: 'More actions for Steps' });
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus();
  });

  it('keeps a key pressed on the button before the menu landed: focus stays on it, and ↓ opens the menu once in', async () => {
    const { Menu, land } = slowMenu();
    render(<DeferredMenu menu={Menu} props={{}} label="More actions for Steps" />);
    const placeholder = screen.getByRole('button', { name: 'More actions for Steps' });
    placeholder.focus();
    fireEvent.keyDown(placeholder, { key: 'ArrowDown' });
    // Still the same element, still focused, until the menu is in.
    expect(placeholder).toHaveFocus();
    await land();
    expect(await screen.findByRole('menuitem', { name: 'Copy' })).toHaveFocus();
  });

  it('carries out only the last request, and none once the user has moved on', async () => {
    for (const [act, expected] of [
      ['click twice', 'closed'],
      ['click, Esc', 'closed'],
      ['click, Tab away', 'elsewhere'],
    ] as const) {
      const { Menu, land } = slowMenu();
      const { unmount } = render(
        <>
          <DeferredMenu menu={Menu} props={{}} label="More actions for Steps" />
          <input aria-label="Search" />
        </>,
      );
      const placeholder = screen.getByRole('button', { name: 'More actions for Steps' });
      placeholder.focus();
      fireEvent.click(placeholder);
      if (act === 'click twice') fireEvent.click(placeholder);
      if (act === 'click, Esc') fireEvent.keyDown(placeholder, { key: 'Escape' });
      if (act === 'click, Tab away') screen.getByRole('textbox', { name: 'Search' }).focus();
      await land();
      await waitFor(() => expect(placeholder).not.toBeInTheDocument());
      expect(screen.queryByRole('menu'), act).not.toBeInTheDocument();
      const button = screen.getByRole('button', { name: 'More actions for Steps' });
      if (expected === 'closed') expect(button, act).toHaveFocus();
      else expect(screen.getByRole('textbox', { name: 'Search' }), act).toHaveFocus();
      unmount();
    }
  });
});
