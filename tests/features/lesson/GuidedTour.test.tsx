/**
 * The guided tour taken as a student with the keyboard only: start it, read each stop, predict and
 * reveal, step on with Next, and leave with Escape — the explorer keeps what the last stop showed.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fullState } from '../../fullState';
import { App } from '../../../src/app/App';
import { initialState } from '../../../src/state/appState';
import { STOPS } from '../../../src/features/lesson/tourStops';

beforeEach(() => window.localStorage.clear());

const card = () => screen.getByRole('region', { name: 'Guided tour' });

async function atStop(n: number) {
  await waitFor(() => expect(within(card()).getByText(`Stop ${n} of ${STOPS.length}`)).toBeInTheDocument());
  // The narration is the stop's own, computed once its run is on the page.
  await waitFor(() => expect(within(card()).queryByText(/Computing this stop/)).toBeNull());
}

describe('the guided tour', () => {
  it('runs start to end from the keyboard, with every prediction answered from the run', async () => {
    const user = userEvent.setup();
    render(<App initial={initialState()} />);
    // Two start buttons, one shown at a time by the screen's width (jsdom applies no media query).
    const [start] = await screen.findAllByRole('button', { name: 'Start the guided tour' });
    start.focus();
    await user.keyboard('{Enter}');
    let predicted = 0;
    for (let n = 1; n <= STOPS.length; n++) {
      await atStop(n);
      expect(card()).toHaveFocus();
      expect(within(card()).getByText(`Highlighted: ${STOPS[n - 1].spotName}.`)).toBeInTheDocument();
      const group = within(card()).queryByRole('radiogroup', { name: 'Your prediction' });
      if (group) {
        const first = within(group).getAllByRole('radio')[0];
        first.focus();
        await user.keyboard(' ');
        expect(first).toBeChecked();
        await user.tab();
        expect(within(card()).getByRole('button', { name: 'Reveal' })).toHaveFocus();
        await user.keyboard('{Enter}');
        const reveal = await within(card()).findByRole('status');
        expect(reveal.textContent).toMatch(/You predicted it|Not quite/);
        predicted++;
      }
      if (n < STOPS.length) {
        within(card()).getByRole('button', { name: 'Next' }).focus();
        await user.keyboard('{Enter}');
      }
    }
    expect(predicted).toBeGreaterThanOrEqual(5);
    expect(within(card()).getByText(new RegExp(`You predicted \\d+ of ${predicted}\\.`))).toBeInTheDocument();
    // Escape leaves the tour; the explorer keeps the last stop's view (the Long sentence).
    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Guided tour' })).toBeNull());
    expect(screen.getByRole('radio', { name: 'Long sequence' })).toBeChecked();
  }, 120_000);

  it('the LSTM stop’s answer is the one the memory table shows, and a wrong choice is told so', async () => {
    const user = userEvent.setup();
    render(<App initial={{ ...fullState(), tour: 'lstm-gates' }} />);
    // (Everything: the tour works there too.)
    await atStop(STOPS.findIndex((s) => s.id === 'lstm-gates') + 1);
    // The table's "of step 1" for the LSTM at "she", as the page shows it.
    const table = await waitFor(() => document.querySelector<HTMLElement>('table.memory-table')!);
    const row = within(table).getByRole('row', { name: /^LSTM/ });
    const share = Number(within(row).getAllByRole('cell')[1].textContent!.replace(/[%<]/g, '')) / 100;
    const right = share > 0.5 ? /Most/ : share >= 0.01 ? /Some/ : /Almost none/;
    const options = within(card()).getAllByRole('radio');
    const wrong = options.find((o) => !right.test(o.closest('label')!.textContent!))!;
    await user.click(wrong);
    await user.click(within(card()).getByRole('button', { name: 'Reveal' }));
    const status = await within(card()).findByRole('status');
    expect(status.textContent).toMatch(/^Not quite/);
    expect(status.textContent).toMatch(right);
  });

  it('Back returns to the stop before; the saved prediction is still there after a remount', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App initial={{ ...initialState(), tour: 'memory-vector' }} />);
    await atStop(3);
    await user.click(within(card()).getAllByRole('radio')[1]);
    await user.click(within(card()).getByRole('button', { name: 'Back' }));
    await atStop(2);
    unmount();
    render(<App initial={{ ...initialState(), tour: 'memory-vector' }} />);
    await atStop(3);
    expect(within(card()).getAllByRole('radio')[1]).toBeChecked();
  });
});
