import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SectionBoundary } from './SectionBoundary';

function Broken(): never {
  throw new Error('card 7 has no steps');
}

describe('a section that fails', () => {
  it('shows what failed in that section only and keeps the rest of the panel', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <SectionBoundary name="Steps">
          <Broken />
        </SectionBoundary>
        <p>Header still here</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The Steps section hit a problem');
    expect(screen.getByRole('alert')).toHaveTextContent('card 7 has no steps');
    expect(screen.getByText('Header still here')).toBeInTheDocument();
  });

  it('can try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('boom');
      return <p>Recovered</p>;
    }
    render(
      <SectionBoundary name="Phrasings">
        <Flaky />
      </SectionBoundary>,
    );
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Recovered')).toBeInTheDocument();
  });
});
