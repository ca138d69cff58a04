/**
 * The timeline on a long sequence: every step is a button a keyboard or screen reader reaches, but
 * the decoration (W, step number, the h arrows and their labels) is drawn near the part of the
 * scroll box that is seen — which, before the box is measured, is where the selected step is.
 * An exported figure draws all of it.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { computeRun } from '../../../src/compute/run';
import { presetById } from '../../../src/state/presets';

const run = computeRun(presetById('long')!.config);
const T = run.labels.length;

function drawTimeline(step: number, allBars = false) {
  render(<Timeline labels={run.labels} trace={run.trace} step={step} onSelect={() => {}} extent={1} allBars={allBars} />);
  const stepNumbers = [...document.querySelectorAll('svg.timeline text')].map((t) => /^t=(\d+)$/.exec(t.textContent ?? '')?.[1]).filter(Boolean).map(Number);
  const arrows = document.querySelectorAll('svg.timeline .lane-h .arrow-label').length;
  return { stepNumbers, arrows, buttons: screen.getAllByRole('button', { name: /^Step \d+: / }) };
}

describe('the timeline on a long sequence', () => {
  it('has a button for every step, but draws step numbers and arrows only around the selected one', () => {
    expect(T).toBeGreaterThan(40);
    const first = drawTimeline(0);
    expect(first.buttons).toHaveLength(T);
    expect(first.stepNumbers).toContain(1);
    expect(first.stepNumbers).not.toContain(T);
    expect(first.stepNumbers.length).toBeLessThan(T / 2);
    expect(first.arrows).toBeLessThan(T / 2);
  });

  it('before the box is measured, draws the part the box will scroll to for a late step', () => {
    const { stepNumbers, buttons } = drawTimeline(T - 1);
    expect(buttons).toHaveLength(T);
    // The last step and the ones before it, which a box scrolled to the end shows; not the first.
    for (const t of [T, T - 1, T - 5]) expect(stepNumbers).toContain(t);
    expect(stepNumbers).not.toContain(1);
  });

  it('an exported figure draws every step number and every arrow', () => {
    const { stepNumbers, arrows } = drawTimeline(0, true);
    expect(stepNumbers).toEqual(Array.from({ length: T }, (_, i) => i + 1));
    expect(arrows).toBe(T - 1);
  });
});
