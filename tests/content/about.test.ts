// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODE_LICENCE, CONTENT_LICENCE, VERSION, citation } from '../../src/content/about';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; license: string };
const cff = readFileSync('CITATION.cff', 'utf8');
const licence = readFileSync('LICENSE', 'utf8');

describe('the version, licences and citation the page states', () => {
  it('are the package’s and the citation file’s, so the page cannot state another', () => {
    expect(VERSION).toBe(pkg.version);
    expect(cff).toMatch(new RegExp(`^version: ['"]${VERSION.replace(/\./g, '\\.')}['"]$`, 'm'));
    expect(pkg.license).toBe(CODE_LICENCE);
    expect(cff).toMatch(/^license: MIT$/m);
  });

  it('name the licences the LICENSE file grants, code and content apart', () => {
    expect(licence).toMatch(/MIT License/);
    expect(licence).toMatch(/Creative Commons Attribution 4\.0\s+International licence \(CC BY 4\.0\)/);
    expect(CONTENT_LICENCE).toBe('CC BY 4.0');
  });

  it('cite the address the reader has open, with the version', () => {
    const c = citation('https://example.org/rnn/');
    expect(c).toContain('https://example.org/rnn/');
    expect(c).toContain(`version ${pkg.version}`);
  });
});
