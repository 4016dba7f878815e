import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OverflowMenu } from './OverflowMenu';

function setup() {
  const calls: string[] = [];
  render(
    <OverflowMenu
      label="More actions for Latency"
      actions={[
        { label: 'Edit', onSelect: () => calls.push('edit') },
        { label: 'Duplicate', onSelect: () => calls.push('duplicate') },
        { label: 'Delete', onSelect: () => calls.push('delete'), danger: true },
      ]}
    />,
  );
  return { calls, button: screen.getByRole('button', { name: 'More actions for Latency' }) };
}

describe('OverflowMenu', () => {
  it('stays closed until asked, so an item shows one button for all its extra actions', () => {
    setup();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getAllByRole('button')).toHaveLength(1);
  });

  it('opens on Enter with the first item focused, moves with the arrows and runs the chosen action', async () => {
    const user = userEvent.setup();
    const { calls, button } = setup();
    button.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menuitem', { name: 'Edit' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Edit' })).toHaveFocus();
    await user.keyboard('{End}{Enter}');
    expect(calls).toEqual(['delete']);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('opens on ↑ at the last item and closes on Esc back onto its button', async () => {
    const user = userEvent.setup();
    const { button } = setup();
    button.focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Delete' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes when the user clicks elsewhere', async () => {
    const user = userEvent.setup();
    const { button } = setup();
    await user.click(button);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(document.body);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('keeps focus on its item when items arrive above it (the decks list filling in while the menu is open)', async () => {
    const user = userEvent.setup();
    const item = (label: string, startsGroup = false) => ({ id: label, label, startsGroup, onSelect: () => {} });
    const { rerender } = render(<OverflowMenu label="Deck" actions={[item('Mine'), item('New deck…', true)]} />);
    await user.click(screen.getByRole('button', { name: 'Deck' }));
    await user.keyboard('{ArrowDown}');
    const focused = screen.getByRole('menuitem', { name: 'New deck…' });
    expect(focused).toHaveFocus();
    rerender(<OverflowMenu label="Deck" actions={[item('Loop 2'), item('Loop 3'), item('Mine'), item('New deck…', true)]} />);
    expect(focused).toHaveFocus();
  });
});
