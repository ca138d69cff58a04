/** The figure of sequence-task kinds: where inputs go in and outputs come out, as a reader hears it. */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TaskKinds } from '../../../src/features/explainer/TaskKinds';

describe('the kinds of sequence task', () => {
  it('draws four kinds, each with inputs and outputs where its name says, and says so to a screen reader', () => {
    render(<TaskKinds />);
    const figure = screen.getByRole('figure', { name: /What comes out/ });
    const kinds = within(figure).getAllByRole('img');
    expect(kinds.map((k) => k.getAttribute('aria-label')!.split(':')[0])).toEqual([
      'One to many',
      'Many to one',
      'Many to many',
      'Encoder–decoder',
    ]);
    const count = (k: Element, what: string) => k.querySelectorAll(`[data-${what}]`).length;
    const [oneMany, manyOne, manyMany, encDec] = kinds;
    expect([count(oneMany, 'input'), count(oneMany, 'output')]).toEqual([1, 4]);
    expect([count(manyOne, 'input'), count(manyOne, 'output')]).toEqual([4, 1]);
    expect([count(manyMany, 'input'), count(manyMany, 'output')]).toEqual([4, 4]);
    // The decoder writes only after the encoder has read everything.
    expect(encDec.getAttribute('aria-label')).toBe(
      'Encoder–decoder: 5 steps; input at steps 1, 2, 3; output at 4, 5.',
    );
    expect(manyOne.getAttribute('aria-label')).toContain('output at 4.');
  });
});
