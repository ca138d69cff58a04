import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { urlBreaks } from '../../../src/features/lesson/urlBreaks';

describe('urlBreaks: where a printed address may wrap', () => {
  it('breaks only between the parts of a guide link', () => {
    expect(urlBreaks('https://a.example.org/rnn/?tour=forgetting&lang=pt-BR')).toEqual([
      'https://',
      'a',
      '.example',
      '.org',
      '/rnn',
      '/',
      '?tour=',
      'forgetting',
      '&lang=',
      'pt-BR',
    ]);
  });

  it('keeps words whole: "tour" and a stop id never split', () => {
    const pieces = urlBreaks('http://localhost:4173/?view=guide&tour=lstm-gates');
    expect(pieces).toContain('lstm-gates');
    expect(pieces).toContain('?view=');
    expect(pieces.join('')).toBe('http://localhost:4173/?view=guide&tour=lstm-gates');
    // The plan's short form, with no scheme.
    expect(urlBreaks('?preset=long')).toEqual(['?preset=', 'long']);
  });

  it('gives back the address, and each break sits at a separator', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const pieces = urlBreaks(url);
        expect(pieces.join('')).toBe(url);
        for (let i = 1; i < pieces.length; i++) {
          const before = pieces[i - 1];
          const atSeparator =
            '/?#&.'.includes(pieces[i][0]) || before.endsWith('=') || before.endsWith('://');
          expect(atSeparator).toBe(true);
          expect(pieces[i]).not.toBe('');
        }
      }),
    );
  });
});
