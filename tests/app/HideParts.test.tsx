import { render, screen } from '@testing-library/react';
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
});
