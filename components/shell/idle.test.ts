import { describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './idle';

describe('after the next paint', () => {
  it('runs the work once, even where no frame is drawn', async () => {
    const work = vi.fn();
    afterNextPaint(work);
    expect(work).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(work).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled', async () => {
    const work = vi.fn();
    afterNextPaint(work)();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(work).not.toHaveBeenCalled();
  });
});
