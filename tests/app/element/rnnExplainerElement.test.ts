import { describe, expect, it, vi } from 'vitest';
import '../../../src/app/element/rnnExplainerElement';

/** The element's frame, and a message posted as its view would post it. */
function setUp(attrs: Record<string, string>) {
  const el = document.createElement('rnn-explainer');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  const frame = el.shadowRoot!.querySelector('iframe')!;
  const origin = new URL(frame.src).origin;
  const fromView = (data: unknown, source: MessageEventSource | null = frame.contentWindow) =>
    window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
  return { el, frame, fromView };
}

describe('<rnn-explainer>', () => {
  it('opens the embed view with its attributes as link parameters, in a shadow root', () => {
    const { frame } = setUp({ preset: 'long', step: '5', hide: 'cells', bogus: 'x' });
    const u = new URL(frame.src);
    expect(Object.fromEntries(u.searchParams)).toEqual({
      embed: '1',
      preset: 'long',
      step: '5',
      hide: 'cells',
    });
    expect(frame.title).toBe('RNN Explainer: how a recurrent network remembers');
  });

  it('hears nothing while it has no view of its own (a message with no source is not its view’s)', () => {
    const { el, fromView } = setUp({ preset: 'lstm' });
    const seen = vi.fn();
    el.addEventListener('ready', seen);
    fromView({ type: 'ready', version: 1 }, null);
    expect(seen).not.toHaveBeenCalled();
  });
});
// Messages between a live view and its element are tested in a real browser (e2e/element.spec.ts):
// jsdom gives an iframe inside a shadow root no window.
