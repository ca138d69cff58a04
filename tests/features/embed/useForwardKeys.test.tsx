import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useForwardKeys } from '../../../src/features/embed/useForwardKeys';

/** An embed-like page: a cell switch, a text box and a timeline cell. */
function Embed() {
  useForwardKeys();
  return (
    <div>
      <fieldset>
        <legend>Cell type</legend>
        <label>
          <input type="radio" name="cell" defaultChecked /> Vanilla RNN
        </label>
        <label>
          <input type="radio" name="cell" /> LSTM
        </label>
      </fieldset>
      <input type="text" aria-label="Your sentence" />
      <svg className="timeline" data-figure="timeline">
        <g role="button" tabIndex={0} aria-label="Step 1: the" />
      </svg>
    </div>
  );
}

describe('keys an embed does not use go to the deck', () => {
  const host = { postMessage: vi.fn() };
  beforeEach(() => {
    // Framed: the page has a parent window (the deck).
    Object.defineProperty(window, 'parent', { value: host, configurable: true });
    host.postMessage.mockClear();
  });
  afterEach(() => {
    Object.defineProperty(window, 'parent', { value: window, configurable: true });
  });
  const sent = () => host.postMessage.mock.calls.map((c) => (c[0] as { key: string }).key);

  it('after a click on the cell switch, → and PageDown go to the deck and the radio keeps its value', () => {
    render(<Embed />);
    const radio = screen.getByRole('radio', { name: 'Vanilla RNN' });
    fireEvent.pointerDown(radio);
    radio.focus();
    expect(fireEvent.keyDown(radio, { key: 'ArrowRight' })).toBe(false); // default prevented: the radio does not move
    expect(fireEvent.keyDown(radio, { key: 'PageDown' })).toBe(false);
    expect(sent()).toEqual(['ArrowRight', 'PageDown']);
    expect(host.postMessage.mock.calls[0][0]).toEqual({ type: 'key', key: 'ArrowRight' });
    // Focus leaves the control, so it does not stay stuck in the frame.
    expect(document.activeElement).toBe(document.body);
  });

  it('a keyboard user who tabbed to the radios keeps their arrows; PageDown still goes to the deck', () => {
    render(<Embed />);
    const radio = screen.getByRole('radio', { name: 'Vanilla RNN' });
    fireEvent.keyDown(document.body, { key: 'Tab' });
    radio.focus();
    expect(fireEvent.keyDown(radio, { key: 'ArrowRight' })).toBe(true);
    fireEvent.keyDown(radio, { key: 'PageDown' });
    expect(sent()).toEqual(['PageDown']);
  });

  it('the timeline keeps its arrows and the text box its keys', () => {
    render(<Embed />);
    const cell = screen.getByRole('button', { name: 'Step 1: the' });
    fireEvent.pointerDown(cell);
    fireEvent.keyDown(cell, { key: 'ArrowRight' });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Your sentence' }), { key: ' ' });
    expect(sent()).toEqual([]);
  });

  it('forwards nothing when the page is not framed', () => {
    Object.defineProperty(window, 'parent', { value: window, configurable: true });
    render(<Embed />);
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    expect(host.postMessage).not.toHaveBeenCalled();
  });
});
