/**
 * What the page teaches, read as a student reads it: the claims in captions, prose and labels
 * agree with the numbers the page shows (issue "Teach it right").
 */
import { fullState } from '../fullState';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { initialState } from '../../src/state/appState';
import type { AppState } from '../../src/state/appState';
import { LONG_LATE_WORD_INDEX, PRESETS, presetById } from '../../src/state/presets';
import { computeDeep, computeRun } from '../../src/compute/run';

afterEach(() => window.history.replaceState(null, '', '/'));

const stepButton = (n: number) => screen.getByRole('button', { name: new RegExp(`^Step ${n}:`) });
const inspector = () => screen.getByRole('region', { name: 'Inspector' });
const share = (cell: string) => {
  const row = within(document.querySelector('table.memory-table') as HTMLElement).getByRole('row', {
    name: new RegExp(`^${cell}`),
  });
  return Number(within(row).getAllByRole('cell')[1].textContent!.replace('%', ''));
};

describe('the LSTM’s memory and its forget bias', () => {
  it('the Long preset says its LSTM remembers because of forget bias 4, and one click shows it forgetting at 0', async () => {
    const user = userEvent.setup();
    render(<App initial={fullState('long')} />);
    expect(screen.getByText(/sets its forget bias to 4/)).toBeInTheDocument();
    expect(screen.getByText(/starts with forget-gate bias/)).toHaveTextContent('forget-gate bias 4.0');
    await user.click(stepButton(LONG_LATE_WORD_INDEX + 1));
    expect(share('LSTM')).toBeGreaterThan(100);
    await user.click(screen.getByRole('button', { name: 'Show the LSTM at forget bias 0' }));
    expect(screen.getByRole('radio', { name: 'LSTM', checked: true })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: /LSTM forget-gate bias/ })).toHaveValue('0');
    // At 0 the LSTM forgets the first word as the vanilla RNN does: far below 1% of step 1.
    expect(share('LSTM')).toBeLessThan(0.01);
    expect(share('Vanilla RNN')).toBeLessThan(0.01);
    await user.click(screen.getByRole('button', { name: 'Show the LSTM at forget bias 4' }));
    expect(share('LSTM')).toBeGreaterThan(100);
  });
});

describe('a caption points only at what is on the page', () => {
  const longLstm = (detail: 'essentials' | 'everything', hide: AppState['hide'] = []): AppState => {
    const s = initialState('long');
    return { ...s, detail, hide, config: { ...s.config, cell: 'lstm' } };
  };
  const compare = () => screen.queryByRole('button', { name: 'Show the LSTM at forget bias 0' });
  const caption = () => screen.getByText(/still carries “Alice”/);

  it('says "the button below shows it" where the forget-bias button is, and not where it is not', () => {
    const { unmount } = render(<App initial={longLstm('everything')} />);
    expect(compare()).toBeInTheDocument();
    expect(caption()).toHaveTextContent(/\(the button below shows it\)\.$/);
    unmount();
    // Essentials has no such button; nor has a teacher's link that hides the knobs.
    for (const initial of [longLstm('essentials'), longLstm('everything', ['knobs'])]) {
      const view = render(<App initial={initial} />);
      expect(compare()).toBeNull();
      expect(caption()).not.toHaveTextContent(/button/);
      expect(caption()).toHaveTextContent(/nearly as fast as the vanilla RNN\.$/);
      view.unmount();
    }
  });
});

describe('the GRU at initialisation', () => {
  it('says z ≈ 0.5 where the GRU is shown, and the inspector’s update gate reads about 0.5', async () => {
    render(<App initial={fullState('gru')} />);
    expect(screen.getByText(/z ≈ 0\.5, so the GRU keeps about half its state per step/)).toBeInTheDocument();
    const z = within(inspector())
      .getByText(/^update gate z/)
      .closest('.vbars') as HTMLElement;
    const mean = Number(within(z).getByText(/^-?\d/).textContent);
    expect(mean).toBeGreaterThan(0.4);
    expect(mean).toBeLessThan(0.6);
  });
});

describe('the vanilla inspector at step 1', () => {
  it('shows nothing from memory (h₀ = 0) and names the recurrent bias', async () => {
    render(<App initial={fullState()} />);
    const split = within(inspector()).getByRole('img', { name: /Input term/ });
    expect(split).toHaveAccessibleName(/memory term 0%/);
    expect(split).toHaveAccessibleName(/recurrent bias b_hh [1-9]\d*%/);
    expect(
      within(inspector()).getByText(/starts from h₀ = 0: nothing comes from memory yet/),
    ).toBeInTheDocument();
  });
});

describe('prose that must not mislead', () => {
  it('level 1 does not tell readers to skip RNNs for two-sided context (level 2 teaches bidirectional RNNs)', async () => {
    render(<App initial={fullState()} />);
    const skip = await screen.findAllByRole('group', { name: 'Skip it when' });
    expect(skip[0]).not.toHaveTextContent(/both directions/);
  });

  it('level 2 credits the forget gate, states the vanishing condition by singular values, and the bidirectional limit', async () => {
    render(<App initial={{ ...fullState(), levels: [2] }} />);
    const level = await screen.findByRole('region', { name: /Level 2/ });
    expect(level).toHaveTextContent(/Gers, Schmidhuber & Cummins/);
    expect(level).toHaveTextContent(/largest singular value/);
    expect(level).toHaveTextContent(/possible, not certain/);
    expect(level).toHaveTextContent(/cannot stream or generate/);
    expect(level).not.toHaveTextContent(/↳ the seq2seq view(?! in level 3)/);
  });

  it('level 3 says what clipping does and what the attention heatmap computes', async () => {
    render(<App initial={{ ...fullState(), levels: [3] }} />);
    const level = await screen.findByRole('region', { name: /Level 3/ });
    expect(level).toHaveTextContent(/rescales the whole vector/);
    expect(level).not.toHaveTextContent(/bounds the step size/);
    expect(level).toHaveTextContent(/additive score/);
    expect(level).toHaveTextContent(/Luong, Pham & Manning \(2015\) used the plain dot product/);
    expect(level).not.toHaveTextContent(/with learned weights/);
    expect(level).toHaveTextContent(/Mamba .*selective.*parallel scan/);
  });
});

describe('numbers behind the captions and hints', () => {
  it('the scale hint’s threshold is where the Long sequence’s gradient stops decaying, and its swap line still falls to about a fifth', () => {
    const long = presetById('long')!.config;
    const lastOverFirst = (scale: number) => {
      const v = computeDeep(computeRun({ ...long, weightScale: scale })).gradient!.vanilla.values;
      return v[v.length - 1] / v[0];
    };
    render(<App initial={fullState('long')} />);
    expect(
      screen.getByText(
        /the vanilla RNN’s gradient \(level 2\) stops decaying from about ×2\.5; its swap line still falls there, to about a fifth/,
      ),
    ).toBeInTheDocument();
    expect(lastOverFirst(2)).toBeLessThan(1);
    expect(lastOverFirst(2.5)).toBeGreaterThan(1);
    const swap = computeRun({ ...long, weightScale: 2.5 }).memory.vanilla.values;
    const left = swap[swap.length - 1] / swap[0];
    expect(left).toBeGreaterThan(0.12);
    expect(left).toBeLessThan(0.28);
  });

  it('Exploding: the caption’s “state reaches over 200” is true of the run', () => {
    const run = computeRun(presetById('exploding')!.config);
    expect(presetById('exploding')!.caption).toMatch(/reaches over 200/);
    expect(Math.max(...Array.from(run.traces.vanilla.streams.l0.h, Math.abs))).toBeGreaterThan(200);
  });

  it('the GRU’s update gate sits near 0.5 on every preset, as the text says', () => {
    for (const id of ['vanilla', 'gru', 'long', 'timeseries'] as const) {
      const tr = computeRun(presetById(id)!.config).traces.gru.streams.l0;
      let sum = 0;
      for (let t = 0; t < tr.T; t++) for (let j = 0; j < tr.H; j++) sum += tr.gates[t * 3 * tr.H + tr.H + j];
      const mean = sum / (tr.T * tr.H);
      expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
    }
  });
});

describe('the memory table', () => {
  it('defines half-life, measures shares from step 1 (the same reference), says "no decay" and never prints a non-zero share as 0', async () => {
    const user = userEvent.setup();
    render(<App initial={fullState('long')} />);
    expect(
      screen.getByText(
        /Half-life: how many steps the value takes to halve at its average rate from step 1 to the last step/,
      ),
    ).toBeInTheDocument();
    expect(
      within(document.querySelector('table.memory-table') as HTMLElement).getByRole('columnheader', {
        name: 'of step 1',
      }),
    ).toBeInTheDocument();
    // Step 1 is the reference: every cell reads 100%.
    for (const cell of ['Vanilla RNN', 'LSTM', 'GRU']) expect(share(cell)).toBe(100);
    // The LSTM at forget bias 4 never halves on this sentence.
    const lstmRow = within(document.querySelector('table.memory-table') as HTMLElement).getByRole('row', {
      name: /^LSTM/,
    });
    expect(lstmRow).toHaveTextContent('no decay within this sequence');
    expect(lstmRow).not.toHaveTextContent(/grows/);
    // Far along, the vanilla share is tiny but not zero, and printed so.
    await user.click(stepButton(LONG_LATE_WORD_INDEX + 1));
    const vanillaCell = within(
      within(document.querySelector('table.memory-table') as HTMLElement).getByRole('row', {
        name: /^Vanilla RNN/,
      }),
    ).getAllByRole('cell')[1];
    expect(vanillaCell.textContent).not.toMatch(/^0(\.0+)?%$/);
    expect(share('Vanilla RNN')).toBeGreaterThan(0);
    expect(share('Vanilla RNN')).toBeLessThan(1e-6);
  });
});

describe('the half-life column orders the cells as their lines end', () => {
  // A half-life of "first step below half" let one early dip outrank a line that stays high (the
  // LSTM at 38% left got "1 step", the vanilla RNN at 0.012% got 2). Read both columns at the last step.
  const lifeOf = (text: string) =>
    text === 'no decay within this sequence'
      ? Infinity
      : text.startsWith('under')
        ? 0
        : Number(text.split(' ')[0].replace(/,/g, ''));
  for (const p of PRESETS) {
    it(`on ${p.label}`, async () => {
      const user = userEvent.setup();
      render(<App initial={fullState(p.id)} />);
      await user.click(stepButton(computeRun(p.config).labels.length));
      const rows = within(document.querySelector('table.memory-table') as HTMLElement)
        .getAllByRole('row')
        .slice(1);
      const read = rows.map((r) => {
        const cells = within(r).getAllByRole('cell');
        return {
          end: Number(cells[1].textContent!.replace(/[%,]/g, '')),
          life: lifeOf(cells[2].textContent!),
        };
      });
      for (const a of read)
        for (const b of read) if (a.end > b.end) expect(a.life).toBeGreaterThanOrEqual(b.life);
      expect(read.every((r) => Number.isFinite(r.end))).toBe(true);
    });
  }
});

describe('the GRU’s update-gate bias knob', () => {
  it('pushing z towards 1 lengthens the GRU’s half-life on the Long sequence, and the URL keeps it', async () => {
    render(<App initial={fullState('long')} />);
    const gruHalfLife = () =>
      within(
        within(document.querySelector('table.memory-table') as HTMLElement).getByRole('row', {
          name: /^GRU/,
        }),
      ).getAllByRole('cell')[2].textContent ?? '';
    expect(gruHalfLife()).toMatch(/^[0-9.]+ steps?$/);
    expect(Number(gruHalfLife().split(' ')[0])).toBeLessThan(3);
    const slider = screen.getByRole('slider', { name: /GRU update-gate bias shift/ });
    fireEvent.change(slider, { target: { value: '4' } });
    expect(slider).toHaveValue('4');
    const after = gruHalfLife();
    expect(
      after === 'no decay within this sequence' ||
        after.startsWith('longer') ||
        Number(after.split(' ')[0]) >= 10,
    ).toBe(true);
    await waitFor(() => expect(window.location.search).toContain('zbias=4'));
  });
});

describe('the cost table', () => {
  it('counts every row the same way and tells S4 (convolution) from Mamba (selective, parallel scan, a form of gating)', async () => {
    render(<App initial={{ ...fullState(), levels: [3] }} />);
    const level = await screen.findByRole('region', { name: /Level 3/ });
    const table = await waitFor(() => {
      const t = level.querySelector('table.ssm-table');
      if (!t) throw new Error('the cost table is not drawn yet');
      return t as HTMLTableElement;
    });
    const rows = Array.from(table.tBodies[0].rows);
    const row = (name: RegExp) =>
      rows.find((r) => name.test(r.cells[0].textContent ?? '')) as HTMLTableRowElement;
    expect(row(/^State-space, fixed dynamics \(S4\)/).textContent).toMatch(/convolution/);
    expect(row(/^State-space, selective \(Mamba\)/).textContent).toMatch(/parallel scan/);
    // Each per-token cost counts the O(d²) weight multiplies (typeset lazily; the TeX source stands in until then).
    for (const r of rows) expect(r.cells[1].textContent).toMatch(/d\^2|d2|d²/);
    expect(table.closest('figure')?.querySelector('figcaption')?.textContent).toMatch(
      /selectivity is a form of\s+gating/,
    );
  });
});

describe('misconceptions, answered with the run’s numbers', () => {
  const counts = () => {
    const note = screen.getByText(/^Parameters per cell:/);
    return Object.fromEntries(
      ['Vanilla RNN', 'LSTM', 'GRU'].map((name) => [
        name,
        Number(new RegExp(`${name} ([\\d,]+)`).exec(note.textContent ?? '')![1].replace(/,/g, '')),
      ]),
    ) as Record<string, number>;
  };

  it('the parameter count follows hidden and input size, not the sequence length; the memory stays H numbers', async () => {
    const user = userEvent.setup();
    render(<App initial={fullState()} />);
    // Hidden 8, 8-dimensional word vectors: G·H·(I + H) + 2·G·H with G = 1, 4, 3 gate blocks.
    const expected = (G: number, H: number, I: number) => G * H * (I + H) + 2 * G * H;
    expect(counts()).toEqual({
      'Vanilla RNN': expected(1, 8, 8),
      LSTM: expected(4, 8, 8),
      GRU: expected(3, 8, 8),
    });
    expect(screen.getByText(/^Parameters per cell:/)).toHaveTextContent('the memory stays 8 numbers');
    const box = screen.getByLabelText('Your sentence');
    await user.clear(box);
    await user.type(box, 'a much longer sentence than before with many more words in it than ten{Enter}');
    expect(screen.getByText(/^Parameters per cell:/)).toHaveTextContent('all 14 steps');
    expect(counts()).toEqual({
      'Vanilla RNN': expected(1, 8, 8),
      LSTM: expected(4, 8, 8),
      GRU: expected(3, 8, 8),
    });
    fireEvent.change(screen.getByRole('slider', { name: /Hidden size/ }), { target: { value: '16' } });
    expect(counts()).toEqual({
      'Vanilla RNN': expected(1, 16, 8),
      LSTM: expected(4, 16, 8),
      GRU: expected(3, 16, 8),
    });
  });
});

describe('a time series is not made of words', () => {
  it('the memory panel and the readout speak of values', () => {
    render(<App initial={fullState('timeseries')} />);
    const panel = screen.getByRole('heading', { name: 'Memory of the first value' }).closest('figure')!;
    expect(panel).toHaveTextContent(/Swap the first value, “[-\d.]+” → “[-\d.]+”/);
    expect(panel.textContent).not.toMatch(/\bword\b/);
    expect(screen.getByText(/Effect of swapping value 1 on this state/)).toBeInTheDocument();
  });
});
