/**
 * No developer words in the student's view: commands, file paths and implementation terms live
 * behind "How this was made" (issue 20), and the LSTM's equations use one bias notation.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fullState } from '../fullState';
import { App } from '../../src/app/App';
import { liveEquations } from '../../src/features/explainer/LiveMath';
import { computeRun } from '../../src/compute/run';
import { presetById } from '../../src/state/presets';

afterEach(() => window.history.replaceState(null, '', '/'));

const DEVELOPER = /npm run|scripts\/|\.ts\b|Web Worker|repository|float64/;

describe('the student’s view', () => {
  it('says no developer words outside the How this was made disclosure, on the full page with every level and the trained models', async () => {
    render(<App initial={{ ...fullState('long'), levels: [2, 3], weights: 'trained' }} />);
    await screen.findByRole('region', { name: 'Training lab' });
    await screen.findByText(/How they were trained/, undefined, { timeout: 20_000 });
    await screen.findByRole('heading', { name: /Level 1/ }, { timeout: 20_000 });
    const page = document.body.cloneNode(true) as HTMLElement;
    // The PyTorch code box is code a teacher copies, not prose: it may say float64.
    page.querySelectorAll('details.how-made, textarea').forEach((d) => d.remove());
    expect(page.textContent).not.toMatch(DEVELOPER);
    // Glossary marks are rendered as terms everywhere, the explainer's level 1 included, never shown raw.
    page.querySelectorAll('pre, code').forEach((c) => c.remove()); // Python's own brackets, e.g. torch.cat([h_n[-2], h_n[-1]])
    expect(page.textContent).not.toMatch(/\[\[|\]\]/);
    // The disclosure keeps them for the readers who want them.
    expect(document.querySelector('details.how-made')).toHaveTextContent(/npm run train:presets/);
  });

  it('writes the LSTM’s biases as PyTorch names them, b_ii + b_hi, in the live equations too', () => {
    const run = computeRun({ ...presetById('lstm')!.config });
    const { symbolic } = liveEquations('lstm', 'tanh', run.traces.lstm.streams.l0, 2);
    for (const g of 'ifgo') expect(symbolic).toContain(`b_{i${g}} + W_{h${g}}`);
    expect(symbolic).not.toMatch(/b_[ifgo]\b/);
  });
});
