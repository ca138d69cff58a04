// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Words only: the same sentence in HTML and in JSX differs in whitespace and entities. */
const words = (s: string) =>
  s
    .replace(/<[^>]+>|\{' '\}/g, ' ')
    .replace(/&apos;/g, "'")
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');

describe('the static masthead in index.html', () => {
  it('has the heading and lead the app renders, so the page does not change its text when React mounts', () => {
    const html = readFileSync('index.html', 'utf8');
    const view = readFileSync('src/views/Masthead.tsx', 'utf8');
    const pick = (src: string, re: RegExp) => words((src.match(re) ?? ['', ''])[1]);
    const h1 = /<h1>([\s\S]*?)<\/h1>/;
    const lead = /<p className="lead">([\s\S]*?)<\/p>|<p class="lead">([\s\S]*?)<\/p>/;
    expect(pick(html, h1)).toBe(pick(view, h1));
    expect(pick(html, h1)).toBe('How a recurrent network remembers');
    const htmlLead = words((html.match(lead) ?? [])[2] ?? '');
    const viewLead = words((view.match(lead) ?? [])[1] ?? '');
    expect(htmlLead.length).toBeGreaterThan(100);
    expect(htmlLead).toBe(viewLead);
  });
});
