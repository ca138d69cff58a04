/** The explorer as a reader uses it: roles, labels, clicks and keys (Testing Library). */
import { fullState } from '../fullState';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { LONG_LATE_WORD_INDEX } from '../../src/state/presets';

const stepButton = (n: number) => screen.getByRole('button', { name: new RegExp(`^Step ${n}:`) });
const inspector = () => screen.getByRole('region', { name: 'Inspector' });

function pressed(): number {
  const all = screen.getAllByRole('button', { name: /^Step \d+:/ });
  const i = all.findIndex((b) => b.getAttribute('aria-pressed') === 'true');
  return i + 1;
}

describe('timeline and inspector', () => {
  it('names every cell "Step N: token" and selects a clicked step', async () => {
    const user = userEvent.setup();
    render(<App initial={fullState()} />);
    expect(stepButton(3)).toHaveAccessibleName('Step 3: "sat"');
    await user.click(stepButton(3));
    expect(stepButton(3)).toHaveAttribute('aria-pressed', 'true');
    expect(within(inspector()).getByRole('heading', { level: 2 })).toHaveTextContent('Step 3: “sat”');
    // Vanilla: the split between the input term, the memory term and the recurrent bias.
    expect(
      within(inspector()).getByRole('img', { name: /^input term W_ih x_t \+ b_ih: mean/ }),
    ).toBeInTheDocument();
    expect(
      within(inspector()).getByRole('img', {
        name: /Input term \d+%, memory term \d+%, recurrent bias b_hh \d+%/,
      }),
    ).toBeInTheDocument();
  });

  it('moves with ←/→/Home/End from the focused cell', async () => {
    const user = userEvent.setup();
    render(<App initial={fullState()} />);
    await user.click(stepButton(1));
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(pressed()).toBe(3);
    expect(stepButton(3)).toHaveFocus();
    await user.keyboard('{End}');
    expect(pressed()).toBe(10);
    await user.keyboard('{ArrowRight}');
    expect(pressed()).toBe(10);
    await user.keyboard('{Home}{ArrowLeft}');
    expect(pressed()).toBe(1);
  });

  it('switching the cell type keeps the step and shows that cell’s gates', async () => {
    const user = userEvent.setup();
    render(<App initial={fullState()} />);
    await user.click(stepButton(4));
    const cellType = screen.getByRole('radiogroup', { name: 'Cell type' });
    await user.click(within(cellType).getByRole('radio', { name: 'LSTM' }));
    expect(pressed()).toBe(4);
    const ins = within(inspector());
    for (const g of ['input gate i', 'forget gate f', 'candidate g', 'output gate o'])
      expect(ins.getByText(new RegExp(g))).toBeInTheDocument();
    expect(ins.getByRole('img', { name: /^forget gate f .*mean 0\.\d+/ })).toBeInTheDocument();
    await user.click(within(cellType).getByRole('radio', { name: 'GRU' }));
    for (const g of ['reset gate r', 'update gate z', 'candidate n'])
      expect(ins.getByText(new RegExp(g))).toBeInTheDocument();
    expect(ins.queryByText(/forget gate/)).toBeNull();
  });

  it('announces the selected step in a live region', async () => {
    const user = userEvent.setup();
    render(<App initial={fullState()} />);
    await user.click(stepButton(2));
    const live = document.querySelector('[aria-live="polite"][aria-atomic="true"]') as HTMLElement;
    expect(live).toHaveTextContent(/^Step 2 of 10: "cat"\. Memory h has 8 units \(1–8\)/);
  });

  it('plays through the steps and pauses', async () => {
    const user = userEvent.setup();
    render(<App initial={fullState()} />);
    await user.selectOptions(screen.getByRole('combobox', { name: /Speed/ }), 'fast');
    await user.click(screen.getByRole('button', { name: 'Play' }));
    // Wait for the state (playback moved on), however slow the machine is.
    await waitFor(() => expect(pressed()).toBeGreaterThanOrEqual(3), { timeout: 20_000 });
    await user.click(
      within(screen.getByRole('region', { name: 'Timeline of hidden states' })).getByRole('button', {
        name: 'Pause',
      }),
    );
    const at = pressed();
    await new Promise((r) => setTimeout(r, 500));
    expect(pressed()).toBe(at);
  });
});

describe('presets', () => {
  it('Long sequence: the table read at the named word shows vanilla below 1% and LSTM above 10% of step 1', async () => {
    const user = userEvent.setup();
    render(<App initial={fullState()} />);
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Presets' })).getByRole('radio', {
        name: 'Long sequence',
      }),
    );
    expect(screen.getByText(/by "she" \(step 51\)/)).toBeInTheDocument();
    await user.click(stepButton(LONG_LATE_WORD_INDEX + 1));
    const share = (cell: string) => {
      const row = within(document.querySelector('table.memory-table') as HTMLElement).getByRole('row', {
        name: new RegExp(`^${cell}`),
      });
      return Number(within(row).getAllByRole('cell')[1].textContent!.replace('%', ''));
    };
    expect(share('Vanilla RNN')).toBeLessThan(1);
    expect(share('LSTM')).toBeGreaterThan(10);
  });

  it('each preset shows its own caption', async () => {
    const user = userEvent.setup();
    render(<App initial={fullState()} />);
    const group = screen.getByRole('radiogroup', { name: 'Presets' });
    await user.click(within(group).getByRole('radio', { name: 'Exploding' }));
    expect(screen.getByText(/grows at every step/)).toBeInTheDocument();
    await user.click(within(group).getByRole('radio', { name: 'Time series' }));
    expect(screen.getByText(/noisy sine wave/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Step \d+:/ })).toHaveLength(40);
  });
});

describe('your own sequence', () => {
  async function runText(text: string, mode: 'Words' | 'Numbers' = 'Words') {
    const user = userEvent.setup();
    render(<App initial={fullState()} />);
    await user.click(screen.getByRole('radio', { name: mode }));
    const box = screen.getByRole('textbox', { name: /^Your (sentence|numbers)/ });
    await user.clear(box);
    if (text) await user.type(box, text);
    await user.click(screen.getByRole('button', { name: 'Run' }));
  }

  it('turns a typed sentence into steps', async () => {
    await runText('dogs chase cats');
    expect(screen.getAllByRole('button', { name: /^Step \d+:/ })).toHaveLength(3);
    expect(stepButton(3)).toHaveAccessibleName('Step 3: "cats"');
  });

  it('an empty sentence shows a message and a fallback, not a blank timeline', async () => {
    await runText('');
    expect(screen.getByText(/No words found/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Step \d+:/ }).length).toBeGreaterThan(0);
  });

  it('emoji, RTL and combining marks become steps', async () => {
    await runText('I ❤️ שלום cafe\u0301');
    expect(screen.getAllByRole('button', { name: /^Step \d+:/ })).toHaveLength(4);
    expect(stepButton(4)).toHaveAccessibleName('Step 4: "café"');
  });

  it('numbers with junk say what was ignored', async () => {
    await runText('0.5, x, -1', 'Numbers');
    expect(screen.getByText(/Ignored 1 entry that is not a decimal number: "x"/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Step \d+:/ })).toHaveLength(2);
  });
});

describe('knobs', () => {
  it('changing the hidden size recomputes at once', async () => {
    render(<App initial={fullState()} />);
    const slider = screen.getByRole('slider', { name: /Hidden size/ });
    // Range inputs are set, not typed; fireEvent-like change via the native setter as a browser would.
    const { fireEvent } = await import('@testing-library/react');
    fireEvent.change(slider, { target: { value: '16' } });
    expect(screen.getByText(/Memory h has 16 units/)).toBeInTheDocument();
  });
});

describe('never a blank page', () => {
  it('level 2 open, step 10 selected, then a 3-word sentence: the page stays and the live math follows', async () => {
    const user = userEvent.setup();
    render(<App initial={{ ...fullState(), levels: [2], step: 9 }} />);
    expect(stepButton(10)).toHaveAttribute('aria-pressed', 'true');
    const box = screen.getByRole('textbox', { name: /^Your sentence/ });
    await user.clear(box);
    await user.type(box, 'a b c');
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(screen.getAllByRole('button', { name: /^Step \d+:/ })).toHaveLength(3);
    expect(stepButton(1)).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: /At step 1 \(“a”\), with its numbers/ }),
      ).toBeInTheDocument(),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
