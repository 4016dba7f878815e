import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { drillDeck } from '../../cards/drill/drill.fixtures';
import { drillSettings } from '../../cards/drill/drill-settings';
import { loadReviews } from '../../cards/drill/review-store';
import { DEFAULT_PANEL_VIEW } from '../../cards/storage/preferences';
import type { SectionProps } from '../shared/section-props';
import type { LibraryApi } from '../shell/use-library';
import { DrillMode } from './DrillMode';

function renderDrill(announce = vi.fn()) {
  const props = {
    library: { deck: drillDeck() } as unknown as LibraryApi,
    announce,
    searchRequest: 0,
    view: { ...DEFAULT_PANEL_VIEW, drill: true },
    updateView: vi.fn(),
    offerUndo: vi.fn(),
  } satisfies SectionProps;
  render(<DrillMode {...props} />);
  return props;
}

/** The card, once shown and its keys bound: the bindings are passive effects, flushed here before a key is pressed. */
async function shownCard(name?: string) {
  const card = await screen.findByRole('article', name ? { name } : {});
  await act(async () => {});
  return card;
}

const key = (value: string) => act(() => void fireEvent.keyDown(document.activeElement ?? document.body, { key: value }));

describe('the drill', () => {
  it('asks first, reveals on Space, grades with 1–4 by keyboard alone, and keeps the grade', async () => {
    const { announce } = renderDrill();
    const card = await shownCard('Say it the strong way');
    expect(card).toHaveTextContent('Latency does not matter here.');
    expect(card).not.toHaveTextContent('Checkout stays');
    expect(screen.getByTestId('drill-count')).toHaveTextContent('0 due · 6 new');

    // A digit before the answer shows does not grade (nor leave for a section).
    await key('3');
    expect(announce).toHaveBeenLastCalledWith('Show the answer first (Space).');
    expect(await loadReviews('acme', Date.now())).toHaveProperty('size', 0);

    await key(' ');
    const answer = within(card).getByRole('group', { name: 'Answer' });
    expect(answer).toHaveTextContent('Checkout stays ≤ 120 ms');
    expect(answer).toHaveFocus();
    const grades = within(card).getByRole('group', { name: /^How well did you recall it\?/ });
    expect(within(grades).getAllByRole('button').map((button) => [button.textContent, button.getAttribute('aria-keyshortcuts')])).toEqual([
      ['Again 1 min', '1'],
      ['Hard 6 min', '2'],
      ['Good 10 min', '3'],
      [expect.stringMatching(/^Easy \d+ d$/), '4'],
    ]);
    expect(within(grades).getByRole('button', { name: 'Good 10 min' })).toHaveAttribute('title', 'Good (3): back in 10 minutes');

    await key('4');
    await screen.findByText('Checkout stays ≤ [...], because conversion drops with every wait.');
    expect(announce).toHaveBeenLastCalledWith(expect.stringMatching(/^Easy: back in \d+ days\.$/));
    await waitFor(async () => expect([...(await loadReviews('acme', Date.now())).keys()]).toEqual(['acme:latency:strong']));
    expect(screen.getByTestId('drill-count')).toHaveTextContent('0 due · 5 new');
  });

  it('leaves Space to a focused button, and reveals from anywhere else', async () => {
    renderDrill();
    const card = await shownCard('Say it the strong way');
    const menu = screen.getByRole('button', { name: 'More drill actions' });
    menu.focus();
    await key(' ');
    expect(within(card).queryByRole('group', { name: 'Answer' })).not.toBeInTheDocument();
    (document.activeElement as HTMLElement).blur();
    await key(' ');
    expect(within(card).getByRole('group', { name: 'Answer' })).toBeInTheDocument();
  });

  it('says when storage is full, keeps the grade, and saves it on Try again', async () => {
    renderDrill();
    await shownCard('Say it the strong way');
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await key(' ');
    await key('3');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Storage is full, so this grade was not saved.');
    // The graded item is not asked again while its grade waits.
    expect(screen.getByRole('article')).not.toHaveTextContent('Latency does not matter here.');
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try saving again (1 waiting)' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect([...(await loadReviews('acme', Date.now())).keys()]).toEqual(['acme:latency:strong']);
  });

  it('keeps to the day’s new limit, set in the drill’s settings', async () => {
    await drillSettings.setValue({ retention: 0.9, newPerDay: 1 });
    renderDrill();
    await shownCard('Say it the strong way');
    await key(' ');
    await key('4');
    expect(await screen.findByText('Nothing due right now.')).toBeInTheDocument();
    expect(screen.getByText('Today’s new items are done; more come tomorrow.')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'More drill actions' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Drill settings' }));
    const perDay = screen.getByRole('spinbutton', { name: 'New items a day' });
    await user.clear(perDay);
    await user.type(perDay, '3');
    const retention = screen.getByRole('spinbutton', { name: 'Desired retention (%)' });
    await user.clear(retention);
    await user.type(retention, '99');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Desired retention must be between 70 and 97 %.');
    expect(await drillSettings.getValue()).toEqual({ retention: 0.9, newPerDay: 1 });
    await user.clear(retention);
    await user.type(retention, '85');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByRole('article', { name: 'Fill in the figure' });
    expect(await drillSettings.getValue()).toEqual({ retention: 0.85, newPerDay: 3 });
  });

  it('shows progress: learned, 30-day recall and the week’s forecast as a chart and a table', async () => {
    renderDrill();
    await shownCard();
    for (let index = 0; index < 3; index += 1) {
      await key(' ');
      await key('4');
    }
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'More drill actions' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Progress' }));
    const progress = screen.getByRole('region', { name: 'Drill progress' });
    expect(progress).toHaveTextContent('Learned3 of 6 items');
    expect(progress).toHaveTextContent('Recalled, last 30 daysNone yet');
    expect(within(progress).getByRole('img', { name: /Bar chart of items coming due/ })).toBeInTheDocument();
    const rows = within(progress).getAllByRole('row');
    expect(rows).toHaveLength(8);
    expect(rows[1]).toHaveTextContent('Today0');
  });
});
