// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bakeState } from '../../../src/features/teachers/offlineCopy';

// The real template the offline build starts from.
const template = readFileSync(new URL('../../../offline.html', import.meta.url), 'utf8');
const stateOf = (html: string) => {
  const m = /<meta name="rnn-explainer-state" content="([^"]*)"/.exec(html);
  return (
    m &&
    m[1]
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  );
};

describe('the offline copy', () => {
  it('carries the view state in its meta tag, escaped so no sentence can break out of the attribute', () => {
    const search =
      '?text=' + encodeURIComponent('a "quoted" <b>word</b> & more') + '&raw="><script>alert(1)</script>';
    const html = bakeState(template, search);
    expect(stateOf(html)).toBe(search);
    expect(html).not.toContain('<script>alert(1)');
    // Only the slot changed.
    expect(html.replace(/content="[^"]*" \/>\n    <title>/, '')).toBe(
      template.replace(/content="" \/>\n    <title>/, ''),
    );
  });

  it('refuses a page without the slot rather than saving a copy that forgets the view', () => {
    expect(() => bakeState('<html></html>', '?step=2')).toThrow(/no state slot/);
  });
});
