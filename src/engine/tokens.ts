/**
 * Turning a sentence into the vectors an RNN reads: words become tokens, each token a vector from
 * a seeded embedding, so the same word always maps to the same vector for a given seed.
 */
import { EngineError } from './errors';
import { seededRandom } from './random';

export { tokenize } from './tokenize';

/** 32-bit FNV-1a over the token's code points: a stable per-token seed. */
function tokenHash(token: string): number {
  let h = 0x811c9dc5;
  for (const ch of token) {
    h ^= ch.codePointAt(0) as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The embedding of one token: dim values ~ N(0, 1) (like the fixtures' x), fixed by (token, seed). */
export function embedToken(token: string, dim: number, seed: number): Float64Array {
  if (!Number.isInteger(dim) || dim < 1)
    throw new EngineError('invalid_size', `embedding size must be a positive integer, got ${dim}`);
  const key = token.normalize('NFC').toLocaleLowerCase();
  const rng = seededRandom(tokenHash(key) + 7919 * seed);
  const out = new Float64Array(dim);
  for (let i = 0; i < dim; i++) out[i] = rng.normal(0, 1);
  return out;
}

/** T x dim row-major input for runForward. */
export function embedTokens(tokens: readonly string[], dim: number, seed: number): Float64Array {
  if (tokens.length === 0) throw new EngineError('invalid_input', 'cannot embed an empty sequence');
  const out = new Float64Array(tokens.length * dim);
  tokens.forEach((tok, t) => out.set(embedToken(tok, dim, seed), t * dim));
  return out;
}
