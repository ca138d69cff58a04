/** The LSTM's cell-state lane as drawn: strips a reader can see, arrows beside them, and a legend for their colours. */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fullState } from '../../fullState';
import { App } from '../../../src/app/App';
import { computeRun } from '../../../src/compute/run';
import { presetById } from '../../../src/state/presets';
import { legendTick } from '../../../src/ui/charts/barScale';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the cell-state lane', () => {
  it('draws each c strip 16 px tall with its arrow after it, and a legend states the strips’ ±max |c|', () => {
    render(<App initial={fullState('lstm')} />);
    const boxes = [...document.querySelectorAll('svg.timeline .c-strip-box')];
    const arrows = [...document.querySelectorAll('svg.timeline .c-arrow')];
    expect(boxes.length).toBe(10);
    expect(arrows.length).toBe(9);
    boxes.forEach((b, i) => {
      expect(Number(b.getAttribute('height'))).toBeGreaterThanOrEqual(16);
      const right = Number(b.getAttribute('x')) + Number(b.getAttribute('width'));
      // The arrowhead (7 px, at the line's end) is drawn on the arrow's own stretch, not on the strip's last units.
      if (i < arrows.length) {
        expect(Number(arrows[i].getAttribute('x1'))).toBeGreaterThanOrEqual(right);
        expect(Number(arrows[i].getAttribute('x2')) - right).toBeGreaterThanOrEqual(7);
      }
    });
    const c = computeRun(presetById('lstm')!.config).traces.lstm.streams.l0.c!;
    const cMax = Math.max(1, ...Array.from(c, Math.abs));
    expect(
      screen.getByRole('img', {
        name: new RegExp(
          `^Strip colour: cell state c, .* from −${legendTick(cMax).replace('.', '\\.')} to \\+${legendTick(cMax).replace('.', '\\.')}`,
        ),
      }),
    ).toBeInTheDocument();
  });

  it('shows no c legend for a cell without a cell state', () => {
    render(<App initial={fullState('vanilla')} />);
    expect(screen.queryByRole('img', { name: /^Strip colour: cell state c/ })).toBeNull();
    expect(screen.getByRole('img', { name: /^Bar colour: hidden-state value h/ })).toBeInTheDocument();
  });
});
