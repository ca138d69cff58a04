/**
 * What the timeline draws before its box is measured (its first frame): every step's button, and
 * bars for what a reader can see — on a phone, not a desktop's worth that the first measurement
 * would then have to remove.
 */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { computeRun } from '../../../src/compute/run';
import { presetById } from '../../../src/state/presets';

const run = computeRun(presetById('long')!.config);
const initialWidth = window.innerWidth;

afterEach(() => {
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: initialWidth });
});

/** The steps (1-based) whose bars are drawn, and the x where each step's box starts. */
function drawnAt(width: number) {
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
  const { unmount } = render(
    <Timeline labels={run.labels} trace={run.trace} step={0} onSelect={() => undefined} extent={1} />,
  );
  const buttons = screen.getAllByRole('button', { name: /^Step \d+:/ });
  const starts = buttons.map((b) => Number(b.querySelector('rect')?.getAttribute('x')));
  const drawn = [...document.querySelectorAll('svg.timeline .bars g[data-step]')].map((g) =>
    Number(g.getAttribute('data-step')),
  );
  unmount();
  return { buttons: buttons.length, starts, drawn };
}

describe('the timeline before its box is measured', () => {
  it('keeps every step a button, and draws bars for the steps a 390 px phone shows and few more', () => {
    const T = run.labels.length;
    const phone = drawnAt(390);
    expect(phone.buttons).toBe(T);
    const seen = phone.starts.filter((x) => x < 390).length;
    expect(seen).toBeGreaterThan(0);
    // Every step that starts on screen has its bars…
    for (let s = 1; s <= seen; s++) expect(phone.drawn).toContain(s);
    // …and a desktop's width draws more: the phone's guess follows the window, not a fixed 1,400 px.
    const desktop = drawnAt(1280);
    expect(desktop.buttons).toBe(T);
    expect(phone.drawn.length).toBeLessThan(desktop.drawn.length);
    expect(desktop.starts.filter((x) => x < 1280).every((_, i) => desktop.drawn.includes(i + 1))).toBe(true);
  });

  it('draws the hidden state as an arrow into every step’s box, each labelled with the h it carries', () => {
    render(<Timeline labels={run.labels} trace={run.trace} step={0} onSelect={() => undefined} extent={1} />);
    const boxes = screen
      .getAllByRole('button', { name: /^Step \d+:/ })
      .map((b) => Number(b.querySelector('rect')?.getAttribute('x')));
    const heads = document.querySelector('svg.timeline .lane-h .arrowhead')?.getAttribute('d') ?? '';
    // Each head is a triangle M base L tip L base z: its tip is the first L.
    const tips = [...heads.matchAll(/L(-?[\d.]+),(-?[\d.]+)L/g)].map((m) => Number(m[1]));
    expect(tips).toHaveLength(boxes.length);
    boxes.forEach((x, i) => {
      expect(tips[i]).toBeLessThanOrEqual(x);
      expect(tips[i]).toBeGreaterThan(x - 4);
    });
    const labels = [...document.querySelectorAll('svg.timeline .lane-h .arrow-label')].map(
      (t) => t.textContent,
    );
    expect(labels).toEqual(
      boxes.slice(1).map((_, i) => `h${String(i + 1).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)])}`),
    );
  });
});
