import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { svgSubscripts, withSubscripts } from '../../../src/ui/shared/Subscripts';

describe('symbols typeset with real subscripts', () => {
  it('turns h_t, h′_t, W_ih and h_{t−1} into a letter with a subscript, leaving no underscore', () => {
    const { container } = render(<p>{withSubscripts('‖h_t − h′_t‖ with W_ih and h_{t−1}')}</p>);
    expect(container.textContent).toBe('‖ht − h′t‖ with Wih and ht−1');
    expect(Array.from(container.querySelectorAll('sub'), (s) => s.textContent)).toEqual([
      't',
      't',
      'ih',
      't−1',
    ]);
    expect(Array.from(container.querySelectorAll('i'), (s) => s.textContent)).toEqual(['h', 'h′', 'W', 'h']);
  });

  it('leaves identifiers and snake_case words alone', () => {
    const { container } = render(<p>{withSubscripts('weight_ih_l0 and clip_grad_norm_(x)')}</p>);
    expect(container.querySelectorAll('sub')).toHaveLength(0);
  });

  it('does the same in SVG text, as lowered tspans', () => {
    const { container } = render(
      <svg>
        <text>{svgSubscripts('‖h_t − h′_t‖ (log)')}</text>
      </svg>,
    );
    expect(container.textContent).not.toContain('_');
    expect(container.querySelectorAll('tspan[baseline-shift="sub"]')).toHaveLength(2);
  });
});
