import { describe, expect, it } from 'vitest';
import { startHostInbox, subscribeHost } from '../../../src/features/embed/hostInbox';

const post = (data: unknown) => window.dispatchEvent(new MessageEvent('message', { data }));

describe('the host inbox', () => {
  it('keeps messages that arrive before the view listens, delivers them in order, then passes later ones straight on', () => {
    startHostInbox(window);
    post({ type: 'step', step: 5 });
    post({ type: 'next' });
    const got: unknown[] = [];
    const stop = subscribeHost((d) => got.push(d));
    expect(got).toEqual([{ type: 'step', step: 5 }, { type: 'next' }]);
    post({ type: 'prev' });
    expect(got).toEqual([{ type: 'step', step: 5 }, { type: 'next' }, { type: 'prev' }]);
    stop();
    // While no view listens (e.g. between runs), messages wait again.
    post({ type: 'pause' });
    expect(got).toHaveLength(3);
    const later: unknown[] = [];
    subscribeHost((d) => later.push(d))();
    expect(later).toEqual([{ type: 'pause' }]);
  });
});
