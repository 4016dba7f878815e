import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MESSAGE_FADE_MS, MESSAGE_MS, useAnnouncer } from './use-announcer';
import { UNDO_MS, UndoToast } from './UndoToast';

let say: (message: string, options?: { quiet?: boolean }) => void = () => {};
function Panel() {
  const { announce, region } = useAnnouncer();
  say = announce;
  return region;
}

describe('messages', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows a confirmation, fades it after 2.5 s and keeps it for screen readers', () => {
    render(<Panel />);
    act(() => say('Copied'));
    act(() => vi.advanceTimersByTime(50));
    expect(screen.getByTestId('flash-message')).toHaveTextContent('Copied');
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    act(() => vi.advanceTimersByTime(MESSAGE_MS));
    expect(screen.getByTestId('flash-message')).toHaveClass('leaving');
    act(() => vi.advanceTimersByTime(MESSAGE_FADE_MS));
    expect(screen.queryByTestId('flash-message')).not.toBeInTheDocument();
    expect(MESSAGE_MS + MESSAGE_FADE_MS).toBeLessThan(4_000);
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
  });

  it('replaces the message in view at once, so "on" never outlives "off"', () => {
    render(<Panel />);
    act(() => say('Glance mode on'));
    act(() => vi.advanceTimersByTime(1_000));
    act(() => say('Glance mode off'));
    expect(screen.getByTestId('flash-message')).toHaveTextContent('Glance mode off');
    act(() => vi.advanceTimersByTime(MESSAGE_MS + MESSAGE_FADE_MS));
    expect(screen.queryByTestId('flash-message')).not.toBeInTheDocument();
  });

  it('speaks a quiet message with no bar, and leaves the bar in view to fade as it would', () => {
    render(<Panel />);
    act(() => say('Copied'));
    act(() => say('Step 2 of 4: Constraint articulation', { quiet: true }));
    act(() => vi.advanceTimersByTime(50));
    expect(screen.getByRole('status')).toHaveTextContent('Step 2 of 4: Constraint articulation');
    expect(screen.getByTestId('flash-message')).toHaveTextContent('Copied');
    act(() => vi.advanceTimersByTime(MESSAGE_MS + MESSAGE_FADE_MS));
    expect(screen.queryByTestId('flash-message')).not.toBeInTheDocument();
  });

  it('keeps an Undo while it can still undo, then lets it go', () => {
    const onClose = vi.fn();
    render(<UndoToast offer={{ message: 'Deleted “Pacing”', undo: async () => {} }} onClose={onClose} />);
    act(() => vi.advanceTimersByTime(MESSAGE_MS + MESSAGE_FADE_MS));
    expect(onClose).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(UNDO_MS));
    expect(onClose).toHaveBeenCalledWith(false);
  });
});
