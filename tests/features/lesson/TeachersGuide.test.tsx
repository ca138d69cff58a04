import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TeachersGuide } from '../../../src/features/lesson/TeachersGuide';
import { computeRun } from '../../../src/compute/run';
import { pct } from '../../../src/compute/format';
import type { AppConfig } from '../../../src/state/config';
import { LONG_LATE_WORD_INDEX, presetById } from '../../../src/state/presets';
import { PLAN, LESSON_MINUTES } from '../../../src/features/lesson/guidePlan';
import { STOPS } from '../../../src/features/lesson/tourStops';
import { initialState } from '../../../src/state/appState';

const compute = async (config: AppConfig) => computeRun(config);
const base = 'https://example.org/rnn/';
const STOPS_CONFIG_DEFAULT = initialState().config;

describe('the teacher’s guide', () => {
  it('plans the lesson in order, filling the minutes exactly, each part linked to its tour stop or preset', async () => {
    render(<TeachersGuide compute={compute} base={base} />);
    expect(PLAN[0].from).toBe(0);
    expect(PLAN.at(-1)!.to).toBe(LESSON_MINUTES);
    for (let i = 1; i < PLAN.length; i++) expect(PLAN[i].from).toBe(PLAN[i - 1].to);
    const table = await screen.findByRole('table');
    const links = within(table)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    // Every stop in the plan is linked by its name, and the plan walks the tour from first to last.
    expect(links).toContain(`${base}?tour=one-network`);
    expect(links).toContain(`${base}?tour=train-yourself`);
    const planned = PLAN.flatMap((row) => row.stops);
    expect(planned).toEqual(STOPS.map((s) => s.id));
  });

  it('answers with the runs’ own numbers: the vanilla RNN’s share at “she”, and each cell’s half-life on Long', async () => {
    render(<TeachersGuide compute={compute} base={base} />);
    const answers = await screen
      .findByRole('heading', { name: /Discussion questions/ })
      .then(() => screen.findAllByText(/^Answer:/));
    const text = answers.map((a) => a.parentElement!.textContent).join('\n');
    const long = computeRun(presetById('long')!.config);
    const v = long.memory.vanilla.values;
    // The share the page's memory chart shows at "she", re-read from the run.
    expect(text).toContain(
      `The vanilla RNN still carries ${pct(v[LONG_LATE_WORD_INDEX] / v[0])} of the step-1 difference`,
    );
    // Half-life as its definition says: (T − 1) · ln 2 / ln(v₁ / v_T), from the values themselves.
    const T = v.length;
    const half = ((T - 1) * Math.LN2) / Math.log(v[0] / v[T - 1]);
    expect(text).toContain(`vanilla RNN ${half.toFixed(1)} steps`);
    // All four cells of the memory chart are answered, the minGRU too, each with its own number.
    const m = long.memory.mingru.values;
    const mHalf = ((T - 1) * Math.LN2) / Math.log(m[0] / m[T - 1]);
    expect(text).toMatch(new RegExp(`minGRU (${mHalf.toFixed(1)} steps|more than ${T - 1} steps)`));
    expect(text).toContain(`its forget bias is ${presetById('long')!.config.forgetBias} in this preset`);
    // The memory's size is said once, then explained (not "8: … 8 — the hidden size"), with the
    // Long sequence's own size.
    const H = computeRun(STOPS_CONFIG_DEFAULT).config.hidden;
    expect(text).toContain(
      `Answer: ${H}: the same as after one word. That number is the hidden size, a setting of the network (${H} here; the Long sequence uses ${presetById('long')!.config.hidden})`,
    );
    // The exploding stop's answer follows its run: the first word's influence grows.
    expect(text).toMatch(/Answer: It grows\./);
  });

  it('prints each address whole, breaking it only between its parts', async () => {
    render(<TeachersGuide compute={compute} base={base} />);
    await screen.findByRole('table');
    const printed = [...document.querySelectorAll('.print-url')];
    expect(printed.length).toBeGreaterThan(3);
    for (const url of printed) {
      // Between two <wbr>s sits a whole part: "?tour=" and a stop's id, never half of one.
      const parts = [...url.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent);
      expect(parts.join('')).toBe(url.textContent);
      for (const id of STOPS.map((s) => s.id))
        if (url.textContent!.includes(`=${id}`)) expect(parts).toContain(id);
    }
  });

  it('gives the students a worksheet with every discussion question and its choices, without the answers', async () => {
    render(<TeachersGuide compute={compute} base={base} />);
    const sheet = await screen.findByRole('region', { name: 'Student worksheet' });
    await within(sheet).findAllByText(/tour stop \d+/);
    expect(within(sheet).queryByText(/Answer:/)).toBeNull();
    expect(within(sheet).getAllByText(/^☐/).length).toBeGreaterThanOrEqual(14);
    expect(within(sheet).getByRole('link', { name: 'the guided tour' })).toHaveAttribute(
      'href',
      `${base}?tour=one-network`,
    );
  });
});

describe('the guide’s exit ticket', () => {
  it('has a model answer whose numbers are the LSTM’s on Long at forget bias 4 and 0', async () => {
    render(<TeachersGuide compute={compute} base={base} />);
    const q = await screen.findByText(/^Exit ticket: why can an LSTM/);
    const answer = q.parentElement!.textContent!;
    const long = presetById('long')!.config;
    for (const fb of [4, 0]) {
      const run = computeRun({ ...long, cell: 'lstm', forgetBias: fb });
      const v = run.memory.lstm.values;
      expect(answer).toContain(pct(v[LONG_LATE_WORD_INDEX] / v[0]));
    }
    expect(long.forgetBias).toBe(4);
  });
});

describe('the tour’s answers say what an odd number means', () => {
  const she = LONG_LATE_WORD_INDEX;
  it('explains a share over 100% exactly when the run shows one (the LSTM with its gates open)', () => {
    const stop = STOPS.find((s) => s.predict?.id === 'lstm-open')!;
    const open = computeRun({ ...presetById('long')!.config, cell: 'lstm' });
    const closed = computeRun({ ...presetById('long')!.config, cell: 'lstm', forgetBias: 0 });
    for (const run of [open, closed]) {
      const v = run.memory.lstm.values;
      expect(stop.predict!.explain(run).includes('Over 100%')).toBe(v[she] / v[0] > 1);
    }
    expect(open.memory.lstm.values[she] / open.memory.lstm.values[0]).toBeGreaterThan(1);
  });

  it('asks the GRU question as a rate: the answer is the cell whose swap difference halves more slowly, measured from the curve', () => {
    const stop = STOPS.find((s) => s.predict?.id === 'gru-half-life')!;
    const run = computeRun({ ...presetById('long')!.config, cell: 'gru' });
    // The average rate from step 1 to the last step, as the half-life's definition says: the number
    // of steps over which the difference halves, log(1/2) / per-step log ratio.
    const measured = (v: Float64Array) => {
      const T = v.length;
      const perStep = Math.log(v[T - 1] / v[0]) / (T - 1);
      return perStep < 0 ? Math.log(0.5) / perStep : Infinity;
    };
    const g = measured(run.memory.gru.values);
    const v = measured(run.memory.vanilla.values);
    expect(stop.predict!.answer(run)).toBe(g > v ? 'gru' : 'vanilla');
    // Both forget on this untrained run: two finite half-lives a reader can compare.
    expect(Number.isFinite(g) && Number.isFinite(v)).toBe(true);
    expect(stop.title).not.toMatch(/more|less/i);
  });
});

describe('the guide’s runs', () => {
  it('computes each configuration once, however many of its answers read it', async () => {
    const asked: string[] = [];
    const counting = async (config: AppConfig) => {
      asked.push(JSON.stringify(config));
      return computeRun(config);
    };
    render(<TeachersGuide compute={counting} base={base} />);
    await screen.findByText(/^Exit ticket: why can an LSTM/);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBe(new Set(asked).size);
  });
});
