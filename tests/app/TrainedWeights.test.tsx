/**
 * "Untrained / Trained": the reader swaps the random weights for the shipped models trained on
 * "who did it?", and sees what learning changed — the models' answer at each step, how they were
 * trained, and the same memory views on trained cells.
 */
import { fullState } from '../fullState';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { decodeState } from '../../src/state/urlState';

afterEach(() => window.history.replaceState(null, '', '/'));

const stepButton = (n: number) => screen.getByRole('button', { name: new RegExp(`^Step ${n}:`) });

describe('trained weights', () => {
  it('on the Long preset, "Trained" shows each model naming “Alice” at the end, with how it was trained; "Untrained" goes back', async () => {
    const user = userEvent.setup();
    render(<App initial={fullState('long')} />);
    const weights = screen.getByRole('radiogroup', { name: 'Weights' });
    expect(within(weights).getByRole('radio', { name: 'Untrained' })).toBeChecked();
    expect(screen.queryByRole('heading', { name: /Who did it\?/ })).toBeNull();
    await user.click(within(weights).getByRole('radio', { name: 'Trained' }));
    const panel = (
      await screen.findByRole('heading', { name: /Who did it\? The trained models’ answer/ })
    ).closest('section')!;
    await waitFor(() => expect(window.location.search).toContain('weights=trained'));
    await user.click(stepButton(64));
    // The caption's promise: all three cells still carry "Alice" at the last word (swap chart: at least half the step-1 distance).
    expect(screen.getByText(/still carry "Alice" at the last word/)).toBeInTheDocument();
    const memory = document.querySelector('table.memory-table') as HTMLElement;
    for (const cell of ['Vanilla RNN', 'LSTM', 'GRU']) {
      const share = Number(
        within(within(memory).getByRole('row', { name: new RegExp(`^${cell}`) }))
          .getAllByRole('cell')[1]
          .textContent!.replace('%', ''),
      );
      expect(share).toBeGreaterThan(50);
    }
    // …and the same training without the curriculum failing, as the caption says.
    expect(panel).toHaveTextContent(/every cell stays near chance/);
    const rows = within(panel.querySelector('table')!).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(within(r).getAllByRole('cell')[0]).toHaveTextContent(/^Alice \(\d+\.\d%\)$/);
    expect(panel).toHaveTextContent(/PyTorch’s default initialisation/);
    expect(panel).toHaveTextContent(/no bias trick/);
    expect(panel).toHaveTextContent(/1,500 updates/);
    // The forget-bias comparison belongs to random weights: it is gone.
    expect(screen.queryByRole('button', { name: /Show the LSTM at forget bias/ })).toBeNull();
    expect(screen.getByText(/Trained weights: trained on “who did it\?”/)).toBeInTheDocument();
    await user.click(within(weights).getByRole('radio', { name: 'Untrained' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Who did it\?/ })).toBeNull());
    expect(screen.getByRole('button', { name: /Show the LSTM at forget bias/ })).toBeInTheDocument();
  });

  it('a number sequence says it has no trained model rather than offering one', () => {
    render(<App initial={fullState('timeseries')} />);
    expect(screen.queryByRole('radiogroup', { name: 'Weights' })).toBeNull();
    expect(screen.getByText(/The trained models read words; this sequence is numbers/)).toBeInTheDocument();
  });

  it('the URL keeps the choice, and a bad value falls back with a notice', () => {
    expect(decodeState('?preset=long&weights=trained').state.weights).toBe('trained');
    const bad = decodeState('?weights=overfit');
    expect(bad.state.weights).toBe('untrained');
    expect(bad.notices.join(' ')).toMatch(/weights/);
  });
});
