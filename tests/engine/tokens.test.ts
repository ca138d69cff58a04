// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { embedToken, embedTokens, tokenize } from '../../src/engine';

describe('tokens and embeddings', () => {
  it('splits a sentence into words, dropping spaces and punctuation', () => {
    expect(tokenize('The cat sat, on the mat!')).toEqual(['The', 'cat', 'sat', 'on', 'the', 'mat']);
  });

  it('handles scripts without spaces, RTL text, emoji and combining marks', () => {
    expect(tokenize('שלום עולם')).toEqual(['שלום', 'עולם']);
    expect(tokenize('I ❤️ RNNs')).toContain('RNNs');
    expect(tokenize('I ❤️ RNNs').length).toBe(3);
    // "é" typed as e + combining acute equals the precomposed form after NFC.
    expect(tokenize('cafe\u0301')).toEqual(tokenize('café'));
    expect(tokenize('   ,,, ')).toEqual([]);
  });

  it('maps the same word to the same vector, case-insensitively, and different words apart', () => {
    const a = embedToken('Cat', 8, 3);
    expect(Array.from(embedToken('cat', 8, 3))).toEqual(Array.from(a));
    expect(Array.from(embedToken('dog', 8, 3))).not.toEqual(Array.from(a));
    expect(Array.from(embedToken('cat', 8, 4))).not.toEqual(Array.from(a));
    expect(a.every(Number.isFinite)).toBe(true);
  });

  it('stacks token vectors into a T x dim sequence', () => {
    const x = embedTokens(['a', 'b', 'a'], 4, 1);
    expect(x).toHaveLength(12);
    expect(Array.from(x.subarray(8, 12))).toEqual(Array.from(x.subarray(0, 4)));
    expect(() => embedTokens([], 4, 1)).toThrow(/empty/);
  });
});
