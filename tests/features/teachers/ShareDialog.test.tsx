import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ShareDialog } from '../../../src/features/teachers/ShareDialog';

const base = 'https://example.org/rnn/';
const share = (text: string) => {
  const q = `?${new URLSearchParams({ text })}`;
  render(<ShareDialog open onClose={() => {}} link={`${base}${q}`} embedLink={`${base}${q}&embed=1`} search={q} />);
  return (screen.getByRole('textbox', { name: /Link to exactly what you see/, hidden: true }) as HTMLInputElement).value;
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
    const text = Array.from({ length: 6000 }, () => String.fromCodePoint(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 20000))).join('');
    const link = share(text);
    expect(link.length).toBeGreaterThan(8000);
    const alert = screen.getByRole('alert', { hidden: true });
    expect(alert).toHaveTextContent(`This link is ${link.length.toLocaleString('en')} characters`);
    expect(alert).toHaveTextContent(/JSON .* offline copy/);
  });
});
