/** The inspector as a reader sees it: one scale for every row of numbers, and the two "moved" numbers named apart. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fullState } from '../../fullState';
import { App } from '../../../src/app/App';
import { computeRun } from '../../../src/compute/run';
import { presetById } from '../../../src/state/presets';

afterEach(() => window.history.replaceState(null, '', '/'));

/** The tallest bar of a row as drawn (each bar is `M x y h w v height …`). */
function tallest(img: HTMLElement): number {
  const d = [...img.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '').join('');
  return Math.max(...[...d.matchAll(/v(-?[\d.]+)/g)].map((m) => Math.abs(Number(m[1]))));
}
const maxAbs = (a: ArrayLike<number>) => Math.max(...Array.from(a, Math.abs));

describe('the inspector', () => {
  it('draws Exploding’s state and its memory term on one scale, and states the scale', async () => {
    const user = userEvent.setup();
    render(<App initial={fullState('exploding')} />);
    await user.click(screen.getByRole('button', { name: /^Step 12:/ }));
    const panel = screen.getByRole('region', { name: 'Inspector' });
    const hRow = within(panel).getByRole('img', { name: /^h₁₂ after:/ });
    const memRow = within(panel).getByRole('img', { name: /^memory term/ });
    // The engine's own numbers at step 12 (row 11): the state and W_hh h₁₁.
    const run = computeRun(presetById('exploding')!.config);
    const s = run.trace.streams.l0;
    const H = s.H;
    const h = s.h.subarray(11 * H, 12 * H);
    const b = run.trace.model.params.l0.bHh;
    const mem = Array.from(s.hh.subarray(11 * H, 12 * H), (v, j) => v - b[j]);
    expect(maxAbs(h)).toBeGreaterThan(maxAbs(mem));
    // Bars are proportional to their numbers across rows (within a pixel's rounding).
    expect(tallest(hRow) / tallest(memRow)).toBeCloseTo(maxAbs(h) / maxAbs(mem), 1);
    expect(tallest(hRow)).toBeGreaterThan(tallest(memRow));
    expect(within(panel).getByText(/Bars of numbers share one scale, ±\d/)).toBeInTheDocument();
  });

  it('draws the LSTM’s h on its own scale beside c (±9.5 on Long), and says each scale', async () => {
    const user = userEvent.setup();
    render(
      <App initial={{ ...fullState('long'), config: { ...presetById('long')!.config, cell: 'lstm' } }} />,
    );
    await user.click(await screen.findByRole('button', { name: /^Step 12:/ }));
    const panel = screen.getByRole('region', { name: 'Inspector' });
    const run = computeRun({ ...presetById('long')!.config, cell: 'lstm' });
    const s = run.trace.streams.l0;
    const H = s.H;
    const cMax = maxAbs(s.c!);
    expect(cMax).toBeGreaterThan(5 * maxAbs(s.h));
    // The two scales as the note states them; c's is the largest c of the run.
    const note = within(panel).getByText(/Bars of h on ±[\d.]+, of c on ±[\d.]+/);
    const [hScale, cScale] = [...note.textContent!.matchAll(/±([\d.]+)/g)].map((m) => Number(m[1]));
    expect(cScale).toBeCloseTo(cMax, 2);
    expect(hScale).toBeLessThan(cScale / 5);
    // Bars follow the scales they are said to be on: h's tallest bar at step 12 against c's.
    const hRow = within(panel).getByRole('img', { name: /^h₁₂ after:/ });
    const cRow = within(panel).getByRole('img', { name: /^c after:/ });
    const hNow = maxAbs(s.h.subarray(11 * H, 12 * H));
    const cNow = maxAbs(s.c!.subarray(11 * H, 12 * H));
    expect(tallest(hRow) / tallest(cRow)).toBeCloseTo(hNow / hScale / (cNow / cScale), 1);
  });

  it('names the change at this step apart from the effect of swapping word 1', async () => {
    const user = userEvent.setup();
    render(<App initial={fullState('vanilla')} />);
    await user.click(screen.getByRole('button', { name: /^Step 3:/ }));
    expect(
      within(screen.getByRole('region', { name: 'Inspector' })).getByText(
        /Change at this step: the memory moved by/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Effect of swapping word 1, at step 3/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/moves this state by/);
  });
});
