import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { decodeState } from '../../../src/state/urlState';
import { describe, expect, it } from 'vitest';
import { ShareDialog } from '../../../src/features/teachers/ShareDialog';

const base = 'https://example.org/rnn/';
const share = (text: string) => {
  const q = `?${new URLSearchParams({ text })}`;
  render(
    <ShareDialog open onClose={() => {}} link={`${base}${q}`} embedLink={`${base}${q}&embed=1`} search={q} />,
  );
  return (
    screen.getByRole('textbox', { name: /Link to exactly what you see/, hidden: true }) as HTMLInputElement
  ).value;
};

describe('the Share dialog', () => {
  it('gives a short link for a long sentence that compresses, with no warning', () => {
    const link = share('the cat sat on the mat '.repeat(400));
    expect(link.length).toBeLessThan(8000);
    expect(new URL(link).searchParams.has('z')).toBe(true);
    expect(screen.queryByRole('alert', { hidden: true })).toBeNull();
  });

  it('says so when even the compressed link is over the server limit, and names the alternatives', () => {
    // 6,000 characters drawn from thousands of different CJK characters: little for a compressor to find.
    let seed = 7;
    const text = Array.from({ length: 6000 }, () =>
      String.fromCodePoint(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 20000)),
    ).join('');
    const link = share(text);
    expect(link.length).toBeGreaterThan(8000);
    const alert = screen.getByRole('alert', { hidden: true });
    expect(alert).toHaveTextContent(`This link is ${link.length.toLocaleString('en')} characters`);
    expect(alert).toHaveTextContent(/JSON .* offline copy/);
  });

  it('builds a teacher’s variant: ticked parts go into the link and the embed code as hide=', async () => {
    const user = userEvent.setup();
    render(
      <ShareDialog
        open
        onClose={() => {}}
        link={`${base}?preset=long&hide=knobs`}
        embedLink={`${base}?preset=long&hide=knobs&embed=1`}
        search="?preset=long"
      />,
    );
    const parts = screen.getByRole('group', { name: /Hide parts for your class/, hidden: true });
    const box = (name: string) => within(parts).getByRole('checkbox', { name, hidden: true });
    const link = () =>
      new URL(
        (
          screen.getByRole('textbox', {
            name: /Link to exactly what you see/,
            hidden: true,
          }) as HTMLInputElement
        ).value,
      );
    // The view's own hidden parts start ticked.
    expect(box('Knobs')).toBeChecked();
    await user.click(box('Training lab'));
    await user.click(box('Cell type switch'));
    expect(link().searchParams.get('hide')).toBe('cells,knobs,lab');
    expect(
      (screen.getByRole('textbox', { name: /Embed in slides/, hidden: true }) as HTMLTextAreaElement).value,
    ).toContain('hide=cells%2Cknobs%2Clab');
    // The link opens the page with those parts hidden, the rest of the view unchanged.
    expect(decodeState(link().search).state).toMatchObject({
      hide: ['cells', 'knobs', 'lab'],
      preset: 'long',
    });
    await user.click(box('Knobs'));
    await user.click(box('Training lab'));
    await user.click(box('Cell type switch'));
    expect(link().searchParams.has('hide')).toBe(false);
  });
});
