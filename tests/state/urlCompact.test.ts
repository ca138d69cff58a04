// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LINK_LIMIT, compactLink, compactSearch, expandSearch } from '../../src/state/urlCompact';
import { decodeState, encodeSearch } from '../../src/state/urlState';
import { initialState, reducer } from '../../src/state/appState';

/** A view whose sentence is `text`, as the address bar writes it. */
const searchFor = (text: string) =>
  encodeSearch(reducer(initialState('long'), { type: 'input', mode: 'words', text }));

describe('long sentences in links', () => {
  it('a 5,000-character Chinese sentence of ordinary prose makes a link under the server limit (was ~45,000 characters)', () => {
    const prose =
      '循环神经网络一步一步地读取序列，每读一个词，就把记忆向量传给下一步。读完最后一个词时，这个记忆就是它对整段文字的总结。';
    const text = Array.from({ length: 5000 }, (_, i) => prose[i % prose.length]).join('');
    const plain = searchFor(text);
    expect(plain.length).toBeGreaterThan(40_000);
    const packed = compactSearch(plain);
    expect(packed.length).toBeLessThan(LINK_LIMIT);
    expect(new URLSearchParams(packed).has('text')).toBe(false);
    expect(decodeState(expandSearch(packed).search).state.config.input.text).toBe(text);
  });

  it('any sentence: the compressed link opens the same view as the plain one', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 1, max: 5 }),
        (text, step) => {
          const s = {
            ...reducer(initialState('long'), { type: 'input', mode: 'words', text }),
            step: step - 1,
          };
          const plain = `https://example.org/rnn/${encodeSearch(s)}`;
          const back = decodeState(expandSearch(new URL(compactLink(plain)).search).search).state;
          expect(back).toEqual(decodeState(new URL(plain).search).state);
          if (text.trim() !== '') expect(back.config.input.text).toBe(text);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the readable text when compressing would not make the link shorter', () => {
    expect(compactSearch('?text=the+cat&step=2')).toBe('?text=the+cat&step=2');
    expect(compactSearch('?preset=long')).toBe('?preset=long');
  });

  it('a damaged compressed sentence falls back to the default, with a notice', () => {
    const r = expandSearch('?z=%E2%80%A0not-lz&step=2');
    expect(new URLSearchParams(r.search).has('z')).toBe(false);
    expect(r.notices).toEqual([expect.stringContaining('damaged')]);
    expect(decodeState(r.search).state.step).toBe(1);
  });
});
