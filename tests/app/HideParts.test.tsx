import { cleanup, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { decodeState, encodeSearch } from '../../src/state/urlState';
import { fullState } from '../fullState';

describe('a teacher’s link hides named parts (?hide=)', () => {
  it('is read by the URL schema: known names only, kept through a round trip', () => {
    const d = decodeState('?hide=lab,cells,knobs');
    expect(d.state.hide).toEqual(['cells', 'knobs', 'lab']);
    expect(d.notices).toEqual([]);
    expect(new URLSearchParams(encodeSearch(d.state)).get('hide')).toBe('cells,knobs,lab');
    const bad = decodeState('?hide=lab,<script>');
    expect(bad.state.hide).toEqual([]);
    expect(bad.notices).toEqual([expect.stringMatching(/Ignored the link's "hide"/)]);
  });

  it('hides those parts of the full page and leaves the rest', async () => {
    render(<App initial={{ ...fullState(), hide: ['cells', 'knobs', 'presets', 'tour', 'export'] }} />);
    await screen.findByRole('region', { name: 'Timeline of hidden states' });
    expect(screen.queryByRole('radiogroup', { name: 'Cell type' })).toBeNull();
    expect(screen.queryByRole('radiogroup', { name: 'Presets' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Model knobs' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start the guided tour' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Share' })).toBeNull();
    // What was not named stays.
    expect(screen.getByRole('region', { name: 'Your own sequence' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Detail' })).toBeInTheDocument();
  });

  // A lecturer's link with hide=levels,lab,tour still read "level 2 shows why", "the training lab's
  // last panel says when" and "the guided tour's stop on gates shows it".
  const POINTERS = [
    'Level 2 shows why',
    'training lab’s last panel',
    'guided tour’s stop',
    '(level 2)',
    'the training lab trains them',
  ];

  it('words nothing that points at a hidden part, and points at it when shown', async () => {
    const hidden = ['levels', 'lab', 'tour'];
    const { unmount } = render(<App initial={{ ...fullState(), hide: hidden as never }} />);
    await screen.findByRole('region', { name: 'Timeline of hidden states' });
    const without = document.body.textContent!;
    for (const p of POINTERS) expect(without).not.toContain(p);
    // The sentences stay whole without their pointers.
    expect(without).toContain('The reason: each step multiplies');
    expect(without).toContain('(Training can teach even a vanilla RNN to hold on.)');
    expect(without).toContain('not trained: the point is how memory flows.');
    unmount();
    // In Essentials, the pointer to Everything no longer lists the hidden parts.
    const essentials = render(
      <App initial={{ ...fullState(), detail: 'essentials', hide: hidden as never }} />,
    );
    await screen.findByRole('region', { name: 'Timeline of hidden states' });
    expect(document.body.textContent).toContain('More is under Detail: Everything (at the top).');
    expect(document.body.textContent).not.toContain('The gates and the math, training');
    essentials.unmount();
    render(<App initial={{ ...fullState(), detail: 'essentials' }} />);
    await screen.findByRole('region', { name: 'Timeline of hidden states' });
    expect(document.body.textContent).toContain('The gates and the math, training');
    cleanup();
    render(<App initial={fullState()} />);
    await screen.findByRole('region', { name: 'Timeline of hidden states' });
    const shown = document.body.textContent!;
    for (const p of POINTERS) expect(shown).toContain(p);
  });
});
