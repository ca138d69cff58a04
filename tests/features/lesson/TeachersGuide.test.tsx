import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TeachersGuide } from '../../../src/features/lesson/TeachersGuide';
import { computeRun } from '../../../src/compute/run';
import { pct } from '../../../src/compute/format';
import type { AppConfig } from '../../../src/state/config';
import { LONG_LATE_WORD_INDEX, presetById } from '../../../src/state/presets';
import { PLAN, LESSON_MINUTES } from '../../../src/features/lesson/guidePlan';

const compute = async (config: AppConfig) => computeRun(config);
const base = 'https://example.org/rnn/';

describe('the teacher’s guide', () => {
  it('plans the lesson in order, filling the minutes exactly, each part linked to its tour stop or preset', async () => {
    render(<TeachersGuide compute={compute} base={base} />);
    expect(PLAN[0].from).toBe(0);
    expect(PLAN.at(-1)!.to).toBe(LESSON_MINUTES);
    for (let i = 1; i < PLAN.length; i++) expect(PLAN[i].from).toBe(PLAN[i - 1].to);
    const table = await screen.findByRole('table');
    const links = within(table).getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(links).toContain(`${base}?tour=1`);
    expect(links).toContain(`${base}?tour=11`);
  });

  it('answers with the runs’ own numbers: the vanilla RNN’s share at “she”, and each cell’s half-life on Long', async () => {
    render(<TeachersGuide compute={compute} base={base} />);
    const answers = await screen.findByRole('heading', { name: /Discussion questions/ }).then(() => screen.findAllByText(/^Answer:/));
    const text = answers.map((a) => a.parentElement!.textContent).join('\n');
    const long = computeRun(presetById('long')!.config);
    const v = long.memory.vanilla.values;
    // The share the page's memory chart shows at "she", re-read from the run.
    expect(text).toContain(`The vanilla RNN still carries ${pct(v[LONG_LATE_WORD_INDEX] / v[0])} of the step-1 difference`);
    // Half-life as its definition says: (T − 1) · ln 2 / ln(v₁ / v_T), from the values themselves.
    const T = v.length;
    const half = ((T - 1) * Math.LN2) / Math.log(v[0] / v[T - 1]);
    expect(text).toContain(`vanilla RNN ${half.toFixed(1)} steps`);
    // The exploding stop's answer follows its run: the first word's influence grows.
    expect(text).toMatch(/Answer: It grows\./);
  });

  it('gives the students a worksheet with every discussion question and its choices, without the answers', async () => {
    render(<TeachersGuide compute={compute} base={base} />);
    const sheet = await screen.findByRole('region', { name: 'Student worksheet' });
    await within(sheet).findAllByText(/tour stop \d+/);
    expect(within(sheet).queryByText(/Answer:/)).toBeNull();
    expect(within(sheet).getAllByText(/^☐/).length).toBeGreaterThanOrEqual(14);
    expect(within(sheet).getByRole('link', { name: 'the guided tour' })).toHaveAttribute('href', `${base}?tour=1`);
  });
});
