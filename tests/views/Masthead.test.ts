// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCatalogues } from '../i18n/catalogue';

/** Words only: the same sentence in HTML and in the catalogue differs in whitespace and tags. */
const words = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&apos;/g, "'")
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');

describe('the static masthead in index.html', () => {
  it('has the English heading, lead, title and description the app renders, so nothing changes when React mounts', async () => {
    const html = readFileSync('index.html', 'utf8');
    const { en } = await readCatalogues();
    const pick = (re: RegExp) => words((html.match(re) ?? ['', ''])[1]);
    expect(pick(/<h1>([\s\S]*?)<\/h1>/)).toBe(words(en['masthead.title']));
    const lead = pick(/<p class="lead">([\s\S]*?)<\/p>/);
    expect(lead.length).toBeGreaterThan(100);
    expect(lead).toBe(words(en['masthead.lead']));
    expect(pick(/<title>([\s\S]*?)<\/title>/)).toBe(en['page.title']);
    expect(pick(/<meta name="description" content="([^"]*)"/)).toBe(en['page.description']);
  });
});
