/**
 * npm run train:seq2seq (second part) — trains the taggers behind level 3's bidirectional view: a
 * bidirectional GRU and a one-direction GRU of the same state size on "does this symbol occur
 * elsewhere in the sequence?" (src/train/seq2seq/taggerProtocol.ts), the same batches, every seed. Writes
 * src/content/trained/tagger.json: every seed's held-out accuracy (measured with the weights as
 * shipped, float32) and seed 1's weights, and every seed's weights to tests/train/seq2seq/tagger-seeds.json;
 * tests/train/seq2seq/shipped.science.test.ts re-measures every accuracy from them.
 */
import { writeFileSync } from 'node:fs';
import { seededRandom } from '../src/engine/random';
import { createOptimizer, clipGradNorm } from '../src/train/optimizers';
import {
  TAGGER_PROTOCOL as P,
  heldOutAccuracy,
  taggerChance,
  taggerHeldOut,
  taggerSpec,
} from '../src/train/seq2seq/taggerProtocol';
import {
  initTagger,
  sampleTagger,
  taggerGradients,
  taggerFromPyTorch,
  taggerToPyTorch,
} from '../src/train/seq2seq/tagger';
import { compactWeights } from '../src/train/whoDidItModels';

const lines: string[] = [];
const log = (s: string) => {
  console.log(s);
  lines.push(s);
};
const results = [true, false].map((bidirectional) => ({
  bidirectional,
  runs: P.seeds.map((seed) => {
    const t0 = Date.now();
    const net = initTagger(taggerSpec(bidirectional), seed);
    const opt = createOptimizer(
      { name: 'adam', lr: P.lr, betas: [0.9, 0.999], eps: 1e-8 },
      net.params.map((p) => p.data.length),
    );
    const rng = seededRandom(seed * 7919 + 5);
    for (let u = 1; u <= P.updates; u++) {
      opt.lr = P.lr * (1 - (u - 1) / P.updates);
      const { grads, loss } = taggerGradients(net, sampleTagger(rng, P.batch, P.T, P.vocab));
      clipGradNorm(grads, P.clip);
      opt.step(
        net.params.map((p) => p.data),
        grads,
      );
      if (u % 500 === 0)
        log(
          `${bidirectional ? 'bidirectional' : 'forward only'} seed ${seed} update ${u}: loss ${loss.toFixed(4)}`,
        );
    }
    const weights = compactWeights(taggerToPyTorch(net));
    const accuracy = heldOutAccuracy(taggerFromPyTorch(net.spec, weights));
    log(
      `${bidirectional ? 'bidirectional' : 'forward only'} seed ${seed}: held-out accuracy ${(100 * accuracy).toFixed(1)}% (${Math.round((Date.now() - t0) / 1000)} s)`,
    );
    return { seed, accuracy, weights };
  }),
}));
const chance = taggerChance(taggerHeldOut());
log(`the same answer everywhere: ${(100 * chance).toFixed(1)}%`);
writeFileSync(
  'src/content/trained/tagger.json',
  JSON.stringify({
    protocol: P,
    chance,
    seeds: results.map((r) => ({
      bidirectional: r.bidirectional,
      runs: r.runs.map(({ seed, accuracy }) => ({ seed, accuracy })),
    })),
    models: Object.fromEntries(
      results.map((r) => [r.bidirectional ? 'bidirectional' : 'forward', r.runs[0].weights]),
    ),
  }),
);
writeFileSync('src/content/trained/tagger-log.txt', `${lines.join('\n')}\n`);
// Every seed's weights, for the tests only (the page loads seed 1's).
writeFileSync(
  'tests/train/seq2seq/tagger-seeds.json',
  JSON.stringify(
    results.flatMap((r) =>
      r.runs.map(({ seed, weights }) => ({ bidirectional: r.bidirectional, seed, weights })),
    ),
  ),
);
