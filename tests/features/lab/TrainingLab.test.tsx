/** The training lab as a reader uses it (in process: jsdom has no Worker, the same LabSession runs inline). */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import TrainingLab from '../../../src/features/lab/TrainingLab';
import { Race } from '../../../src/train/race';
import type { TrainedBundle } from '../../../src/state/trainedBundle';
import { DEFAULT_RACE } from '../../../src/train/settings';
import type { RaceSettings } from '../../../src/train/settings';
import { readFileSync } from 'node:fs';
import { computeRun } from '../../../src/compute/run';
import { pct } from '../../../src/compute/format';
import { presetById } from '../../../src/state/presets';

function Harness({
  initial,
  onOpen,
  essentials = false,
}: {
  initial: RaceSettings;
  onOpen: (b: TrainedBundle) => void;
  essentials?: boolean;
}) {
  const [settings, setSettings] = useState(initial);
  return (
    <TrainingLab
      settings={settings}
      onSettings={setSettings}
      onOpenTrained={onOpen}
      onOpenInExplainer={() => {}}
      essentials={essentials}
    />
  );
}

const small: RaceSettings = { ...DEFAULT_RACE, T: 8, hidden: 4, batch: 4, maxUpdates: 40 };

describe('training lab', () => {
  it('in Essentials: only the task to choose, Train, and after training one sentence of who learned it', async () => {
    const user = userEvent.setup();
    render(<Harness initial={small} onOpen={() => {}} essentials />);
    const lab = screen.getByRole('region', { name: 'Training lab' });
    const settings = within(lab).getByRole('form', { name: 'Lab settings' });
    expect(within(settings).getAllByRole('combobox')).toEqual([
      within(settings).getByRole('combobox', { name: 'Task' }),
    ]);
    expect(within(settings).queryAllByRole('spinbutton')).toHaveLength(0);
    expect(within(lab).queryByRole('button', { name: 'Step one update' })).toBeNull();
    expect(within(lab).queryByRole('table')).toBeNull();
    await waitFor(() => expect(within(lab).getByRole('button', { name: 'Train' })).toBeEnabled());
    await user.click(within(lab).getByRole('button', { name: 'Train' }));
    await waitFor(
      () => expect(within(lab).getByRole('status')).toHaveTextContent(/Update 40 of 40.*finished/),
      { timeout: 20_000 },
    );
    // The sentence agrees with the race run here again: none of the cells solves it in 40 updates.
    const race = new Race(small);
    while (!race.done) race.step();
    expect(race.report().runners.every((r) => r.solvedAt === null)).toBe(true);
    const outcome = within(lab).getByText(/^After 40 updates: /);
    expect(outcome).not.toHaveTextContent('solved it');
    for (const cell of ['vanilla RNN', 'LSTM', 'GRU']) expect(outcome).toHaveTextContent(`the ${cell} `);
  });

  it('names its parts: region, task, length, buttons, one table row per cell with a Loss column', async () => {
    render(<Harness initial={small} onOpen={() => {}} />);
    const lab = screen.getByRole('region', { name: 'Training lab' });
    expect(within(lab).getByRole('combobox', { name: 'Task' })).toHaveDisplayValue('Adding problem');
    expect(within(lab).getByRole('spinbutton', { name: 'Sequence length' })).toHaveValue(8);
    for (const b of ['Train', 'Pause', 'Reset'])
      expect(within(lab).getByRole('button', { name: b })).toBeInTheDocument();
    expect(within(lab).getByRole('columnheader', { name: 'Loss' })).toBeInTheDocument();
    for (const cell of ['Vanilla RNN', 'LSTM', 'GRU'])
      expect(within(lab).getByRole('rowheader', { name: cell })).toBeInTheDocument();
    // Parameter counts as PyTorch counts them: vanilla 4·(2+4)+2·4 + head 4+1 = 37.
    await waitFor(() =>
      expect(within(lab).getByRole('row', { name: /^Vanilla RNN/ })).toHaveTextContent(
        /^Vanilla RNN.*\b37\b/,
      ),
    );
  });

  it('one update at a time, then train to the end, then open the trained cells in the timeline', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(<Harness initial={small} onOpen={onOpen} />);
    const lab = screen.getByRole('region', { name: 'Training lab' });
    await waitFor(() => expect(within(lab).getByRole('button', { name: 'Step one update' })).toBeEnabled());
    await user.click(within(lab).getByRole('button', { name: 'Step one update' }));
    await waitFor(() => expect(within(lab).getByRole('status')).toHaveTextContent('Update 1 of 40'));
    const loss = () =>
      within(within(lab).getByRole('row', { name: /^GRU/ })).getAllByRole('cell')[2].textContent;
    expect(Number(loss())).toBeGreaterThan(0);
    await user.click(within(lab).getByRole('button', { name: 'Train' }));
    await waitFor(
      () => expect(within(lab).getByRole('status')).toHaveTextContent(/Update 40 of 40.*finished/),
      { timeout: 20_000 },
    );
    await user.click(within(lab).getByRole('button', { name: 'Open in the timeline' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const bundle = onOpen.mock.calls[0][0] as TrainedBundle;
    // Every cell of the race, the best first: none solves in 40 updates, so the lowest held-out loss.
    expect(bundle.models.map((m) => m.name).sort()).toEqual(['GRU', 'LSTM', 'Vanilla RNN']);
    const race = new Race(small);
    while (!race.done) race.step();
    const report = race.report();
    const heldOut = report.curve.at(-1)!.loss.slice(0, 3) as number[];
    expect(report.runners.slice(0, 3).every((r) => r.solvedAt === null)).toBe(true);
    expect(bundle.models[0].cell).toBe(report.runners[heldOut.indexOf(Math.min(...heldOut))].cell);
    expect(bundle.source).toBe('lab');
    // Whole models, head included, so the Share dialog can offer them as a file.
    expect(bundle.models.every((m) => m.head?.weight.length === 1 && m.head.bias.length === 1)).toBe(true);
    expect(bundle.labels).toHaveLength(8);
    expect(bundle.x).toHaveLength(8 * 2);
  });

  it('changing a setting starts a fresh race and shows the task its baseline', async () => {
    const user = userEvent.setup();
    render(<Harness initial={small} onOpen={() => {}} />);
    const lab = screen.getByRole('region', { name: 'Training lab' });
    await user.selectOptions(within(lab).getByRole('combobox', { name: 'Task' }), 'Temporal order');
    // Stated twice: in the task's description and as the chart's baseline line label.
    await waitFor(() => expect(within(lab).getAllByText(/chance: 25% \(4 classes\)/)).toHaveLength(2));
    expect(within(lab).getByRole('columnheader', { name: 'Held-out accuracy' })).toBeInTheDocument();
    await waitFor(() => expect(within(lab).getByRole('status')).toHaveTextContent('Update 0 of 40'));
  });
});

describe('the lab’s framing', () => {
  it('asks a question, estimates the run before Train, and names the baseline beside (not on) the curves', async () => {
    render(<Harness initial={{ ...DEFAULT_RACE, task: 'temporal_order', seedCount: 3 }} onOpen={() => {}} />);
    const lab = screen.getByRole('region', { name: 'Training lab' });
    expect(within(lab).getByRole('heading', { level: 2 })).toHaveTextContent(
      /which cells learn long memory, and when\?/,
    );
    // The measured race itself, on one core (jsdom starts no worker), in the default 32-bit: the estimate is the measurement (59.9 s).
    await waitFor(() =>
      expect(within(lab).getByRole('status')).toHaveTextContent(
        /estimated 1 min \(scaled from 1 min measured for temporal order, T = 50, 3 seeds, 2,000 updates on one core in 32-bit/,
      ),
    );
    // The charts come with the race's first report: wait for it (slow on a busy machine).
    expect(
      await within(lab).findByText(/Orange dashes: no memory, chance: 25%/, undefined, { timeout: 30_000 }),
    ).toBeInTheDocument();
  });

  it('a longer run is estimated longer, in proportion to its work, and 64-bit arithmetic longer still', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        initial={{ ...DEFAULT_RACE, task: 'temporal_order', seedCount: 1, maxUpdates: 1000 }}
        onOpen={() => {}}
      />,
    );
    const lab = screen.getByRole('region', { name: 'Training lab' });
    // One seed of three and half the updates: a sixth of 59.9 s; in 64-bit, a sixth of 209.0 s.
    await waitFor(() => expect(within(lab).getByRole('status')).toHaveTextContent(/estimated 10 s/));
    expect(within(lab).getByRole('combobox', { name: /Arithmetic/ })).toHaveDisplayValue('32-bit, fast');
    await user.selectOptions(
      within(lab).getByRole('combobox', { name: /Arithmetic/ }),
      '64-bit, as the PyTorch check',
    );
    await waitFor(() =>
      expect(within(lab).getByRole('status')).toHaveTextContent(
        /estimated 35 s \(scaled from 3 min 29 s measured .* in 64-bit/,
      ),
    );
  });

  it('puts random weights, trained weights and the lab side by side, with the engine’s and the shipped models’ numbers', async () => {
    render(<Harness initial={small} onOpen={() => {}} />);
    const panel = screen.getByRole('region', { name: /Random, trained, learned here/ });
    const long = presetById('long')!.config;
    const left = (cfg: typeof long, cell: 'vanilla' | 'lstm' | 'gru') => {
      const m = computeRun({ ...cfg, cell }).memory[cell].values;
      return m[m.length - 1] / m[0];
    };
    // Only the LSTM with its gates opened by hand keeps the first word, as the panel says.
    expect(left(long, 'lstm')).toBeGreaterThan(1);
    for (const v of [left(long, 'vanilla'), left(long, 'gru'), left({ ...long, forgetBias: 0 }, 'lstm')])
      expect(v).toBeLessThan(0.01);
    expect(panel).toHaveTextContent(
      `the LSTM ${pct(left(long, 'lstm'))} at forget bias 4 (over 100%: the difference grew) and ${pct(left({ ...long, forgetBias: 0 }, 'lstm'))} at 0`,
    );
    expect(panel).toHaveTextContent(`the vanilla RNN keeps ${pct(left(long, 'vanilla'))}`);
    const asset = JSON.parse(readFileSync('src/content/trained/who-did-it.json', 'utf8')) as {
      models: { name: string; testAccuracy: number }[];
    };
    const vanilla = asset.models.find((m) => m.name === 'Vanilla RNN')!;
    expect(vanilla.testAccuracy).toBeGreaterThan(0.9);
    await waitFor(() =>
      expect(panel).toHaveTextContent(
        `each cell names the opener of a 64-word sentence: Vanilla RNN ${pct(vanilla.testAccuracy)},`,
      ),
    );
  });
});

/** The small race, one update in: its charts and histograms are drawn. */
async function labAfterOneUpdate() {
  const user = userEvent.setup();
  render(<Harness initial={small} onOpen={() => {}} />);
  const lab = screen.getByRole('region', { name: 'Training lab' });
  await waitFor(() => expect(within(lab).getByRole('button', { name: 'Step one update' })).toBeEnabled());
  await user.click(within(lab).getByRole('button', { name: 'Step one update' }));
  return lab;
}

describe('the loss chart', () => {
  it('keeps the solved line (MSE below 0.01) inside its axis and names it', async () => {
    const lab = await labAfterOneUpdate();
    const chart = await within(lab).findByRole('img', { name: /Held-out loss/ });
    const ticks = [...chart.querySelectorAll('text.tick')]
      .map((t) => Number(t.textContent))
      .filter(Number.isFinite);
    expect(Math.min(...ticks)).toBeLessThanOrEqual(0.01);
    expect(within(lab).getByText(/Shaded: solved, MSE below 0\.01/)).toBeInTheDocument();
  });
});

describe('the gate histograms', () => {
  it('leave room under the ticks for the axis title’s descenders (“gate value” kept its g)', async () => {
    const lab = await labAfterOneUpdate();
    const figures = await within(lab).findAllByRole('img', {
      name: /gate .*before training \(outline\) and at update 1 \(filled\)/,
    });
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const svg of figures) {
      const title = [...svg.querySelectorAll('text.axis-title')].find((t) => t.textContent === 'gate value')!;
      // A 11.5 px title's descenders reach ~3 px below its baseline: the baseline must sit that far inside.
      expect(Number(svg.getAttribute('height')) - Number(title.getAttribute('y'))).toBeGreaterThanOrEqual(4);
    }
  });

  it('name the update they were taken at, and their saturated share is the race’s own histogram’s', async () => {
    const lab = await labAfterOneUpdate();
    await waitFor(() => expect(within(lab).getByRole('status')).toHaveTextContent('Update 1 of 40'));
    const race = new Race(small);
    race.step();
    const { gates } = race.report('current');
    // 20 bins over [0, 1]: below 0.1 or above 0.9 is the two bins at each end.
    const saturated = (h: number[]) => Math.round((h[0] + h[1] + h[18] + h[19]) * 100);
    for (const [i, name] of [
      [1, /^LSTM forget gate f/],
      [2, /^GRU update gate z/],
    ] as const) {
      const figure = within(lab).getByRole('img', { name }).closest('figure')!;
      expect(figure).toHaveTextContent(`at update 1 (filled)`);
      expect(figure).toHaveTextContent(
        `${saturated(gates[i].before)}% of values before training, ${saturated(gates[i].now)}% at update 1.`,
      );
    }
  });
});
