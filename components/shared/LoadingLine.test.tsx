import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadingLine } from './LoadingLine';

describe('the loading line', () => {
  afterEach(() => vi.useRealTimers());

  it('says nothing for a wait as short as a storage read, and says it once the wait is long enough to notice', () => {
    vi.useFakeTimers();
    const { container } = render(<LoadingLine>Loading Rehearse…</LoadingLine>);
    act(() => vi.advanceTimersByTime(300));
    expect(container).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(100));
    expect(screen.getByText('Loading Rehearse…')).toHaveClass('loading');
  });
});
