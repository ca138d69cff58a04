/**
 * Random sequences of what a reader does — run a sentence, pick a preset or a cell, select a step,
 * open or close a level, move a knob, press End — never take a panel down (no error boundary
 * shows, nothing is logged as an error) and always leave a selected step inside the sequence.
 */
import { fullState } from '../fullState';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';

type Action =
  | { kind: 'run'; text: string }
  | { kind: 'preset'; index: number }
  | { kind: 'cell'; index: number }
  | { kind: 'step'; index: number }
  | { kind: 'level'; index: number }
  | { kind: 'knob'; index: number; value: number }
  | { kind: 'end' };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('run' as const),
    text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('a b c', '🙂 שלום', '   ', 'x'.repeat(40))),
  }),
  fc.record({ kind: fc.constant('preset' as const), index: fc.nat(5) }),
  fc.record({ kind: fc.constant('cell' as const), index: fc.nat(2) }),
  fc.record({ kind: fc.constant('step' as const), index: fc.nat(300) }),
  fc.record({ kind: fc.constant('level' as const), index: fc.nat(1) }),
  fc.record({
    kind: fc.constant('knob' as const),
    index: fc.nat(3),
    value: fc.double({ min: -10, max: 100, noNaN: true }),
  }),
  fc.constant({ kind: 'end' as const }),
);

const KNOB_NAMES = [/^Hidden size/, /^Recurrent weight scale/, /^LSTM forget-gate bias/, /^Random seed/];

function apply(a: Action): void {
  switch (a.kind) {
    case 'run': {
      fireEvent.change(screen.getByRole('textbox', { name: /^Your (sentence|numbers)/ }), {
        target: { value: a.text },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Run' }));
      return;
    }
    case 'preset': {
      const radios = within(screen.getByRole('radiogroup', { name: 'Presets' })).getAllByRole('radio');
      fireEvent.click(radios[a.index % radios.length]);
      return;
    }
    case 'cell': {
      const radios = within(screen.getByRole('radiogroup', { name: 'Cell type' })).getAllByRole('radio');
      fireEvent.click(radios[a.index % radios.length]);
      return;
    }
    case 'step': {
      const steps = screen.getAllByRole('button', { name: /^Step \d+:/ });
      fireEvent.click(steps[a.index % steps.length]);
      return;
    }
    case 'level': {
      const toggles = screen.getAllByRole('button', { name: /^Level [23]/ });
      fireEvent.click(toggles[a.index % toggles.length]);
      return;
    }
    case 'knob': {
      const knob = KNOB_NAMES[a.index % KNOB_NAMES.length];
      fireEvent.change(screen.getByRole('slider', { name: knob }), { target: { value: String(a.value) } });
      return;
    }
    case 'end': {
      const steps = screen.getAllByRole('button', { name: /^Step \d+:/ });
      fireEvent.keyDown(steps[0], { key: 'End' });
    }
  }
}

describe('the explorer under random use', () => {
  it('never shows an error panel or logs an error, and a step inside the sequence stays selected', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { minLength: 1, maxLength: 8 }), async (actions) => {
        const errors: unknown[] = [];
        const spy = vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
        const warn = vi.spyOn(console, 'warn').mockImplementation((...args) => void errors.push(args));
        try {
          render(<App initial={fullState()} />);
          // The explainer loads lazily; its level toggles are among the actions.
          await screen.findByRole('heading', { name: /Level 1 The intuition/ });
          for (const a of actions) {
            await act(async () => apply(a));
          }
          // Let deferred renders (the explainer follows the step a beat later) settle.
          await act(async () => new Promise((r) => setTimeout(r, 0)));
          expect(
            screen.queryAllByRole('alert').filter((el) => /could not be drawn/.test(el.textContent ?? '')),
          ).toEqual([]);
          const pressed = screen
            .getAllByRole('button', { name: /^Step \d+:/ })
            .filter((b) => b.getAttribute('aria-pressed') === 'true');
          expect(pressed).toHaveLength(1);
          expect(errors).toEqual([]);
        } finally {
          // Each case starts clean, also while fast-check shrinks a failure.
          spy.mockRestore();
          warn.mockRestore();
          cleanup();
        }
      }),
      { numRuns: 20, seed: 42 },
    );
  }, 240_000);
});
