/**
 * npm run train:presets — trains the models behind the explorer's trained Long-sequence preset:
 * a vanilla RNN, an LSTM and a GRU of the same hidden size, on the same batches, with the project's
 * own training core (src/train, deterministic: the same run gives the same weights bit for bit),
 * on the "who did it?" task (src/train/whoDidIt.ts). Prints the outcome table and writes
 * src/content/trained/who-did-it.json: weights in the training fixtures' schema (PyTorch names,
 * float32 precision), the protocol, every seed's outcome and the test accuracy the shipped weights
 * reach — which tests/train/whoDidIt.science.test.ts re-measures. CI never retrains.
 */
import { writeFileSync } from 'node:fs';
import { seededRandom } from '../src/engine/random';
import type { CellKind } from '../src/engine/types';
import { initNet } from '../src/train/init';
import type { InitScheme } from '../src/train/init';
import { cloneNet, netToPyTorch, paramCount } from '../src/train/model';
import type { Net } from '../src/train/model';
import { createOptimizer } from '../src/train/optimizers';
import { trainStep } from '../src/train/step';
import { WHO_NAMES, whoDidItTask } from '../src/train/whoDidIt';
import { LONG_WORDS } from '../src/state/presets';
import { WHO_PROTOCOL, compactWeights, whoAccuracy, whoHeldOut } from '../src/train/whoDidItModels';

const task = whoDidItTask(LONG_WORDS);
const P = WHO_PROTOCOL;
const CELLS: CellKind[] = ['rnn_tanh', 'lstm', 'gru'];
const NAMES: Record<string, string> = { rnn_tanh: 'Vanilla RNN', lstm: 'LSTM', gru: 'GRU' };
const INIT: InitScheme = { scheme: 'pytorch_default' };

const validation = whoHeldOut(task, 'validation');

interface SeedOutcome {
  seed: number;
  /** Length reached by the curriculum when the budget ran out. */
  reachedT: number;
  /** Update of the checkpoint kept (best validation accuracy at full length). */
  bestUpdate: number;
  validationAccuracy: number;
  testAccuracy: number;
  seconds: number;
}

function train(
  cell: CellKind,
  seed: number,
  curriculum: readonly number[] = P.curriculum,
): { net: Net; outcome: SeedOutcome } {
  const t0 = Date.now();
  const net = initNet(
    { cell, inputSize: 8, hiddenSize: P.hidden, numLayers: 1, outSize: WHO_NAMES.length },
    INIT,
    seed,
  );
  const opt = createOptimizer(
    { name: 'adam', lr: P.lr, betas: [0.9, 0.999], eps: 1e-8 },
    net.params.map((p) => p.data.length),
  );
  const rng = seededRandom(seed * 104729 + 11);
  let stage = 0;
  let ema = 1 / WHO_NAMES.length;
  let best = { acc: -1, update: 0, net: cloneNet(net) };
  for (let u = 1; u <= P.updates; u++) {
    const T = curriculum[stage];
    const r = trainStep(net, opt, task.sample(rng, P.batch, T), {
      loss: 'cross_entropy',
      on: 'last',
      clip: P.clip,
    });
    ema = 0.9 * ema + 0.1 * (r.accuracy ?? 0);
    if (ema > P.advanceAt && stage < curriculum.length - 1) {
      stage++;
      ema = 1 / WHO_NAMES.length;
    }
    if (u % P.evalEvery === 0) {
      const acc = whoAccuracy(net, validation);
      if (acc > best.acc) best = { acc, update: u, net: cloneNet(net) };
    }
  }
  const shipped = compactWeights(netToPyTorch(best.net));
  const testAccuracy = whoAccuracy(shipped, whoHeldOut(task, 'test'), cell);
  return {
    net: best.net,
    outcome: {
      seed,
      reachedT: curriculum[stage],
      bestUpdate: best.update,
      validationAccuracy: best.acc,
      testAccuracy,
      seconds: (Date.now() - t0) / 1000,
    },
  };
}

const models = [];
console.log(
  `who did it? — H = ${P.hidden}, Adam ${P.lr}, clip ${P.clip}, batch ${P.batch}, curriculum ${P.curriculum.join('→')} words, ${P.updates} updates, seeds ${P.seeds.join(', ')}`,
);
console.log('| cell | seed | reached T | kept update | validation acc | test acc (shipped weights) | s |');
console.log('|---|---|---|---|---|---|---|');
for (const cell of CELLS) {
  const runs = P.seeds.map((seed) => train(cell, seed));
  for (const r of runs) {
    const o = r.outcome;
    console.log(
      `| ${NAMES[cell]} | ${o.seed} | ${o.reachedT} | ${o.bestUpdate} | ${(100 * o.validationAccuracy).toFixed(1)}% | ${(100 * o.testAccuracy).toFixed(1)}% | ${o.seconds.toFixed(0)} |`,
    );
  }
  // The shipped model: the best seed by validation accuracy (the test set only reports).
  const pick = runs.reduce((a, b) => (b.outcome.validationAccuracy > a.outcome.validationAccuracy ? b : a));
  models.push({
    cell,
    name: NAMES[cell],
    seed: pick.outcome.seed,
    params: paramCount(pick.net.spec),
    init: 'PyTorch default: every weight and bias ~ U(−1/√H, 1/√H) (LSTM forget bias ≈ 0, no bias trick)',
    testAccuracy: pick.outcome.testAccuracy,
    seeds: runs.map((r) => r.outcome),
    weights: compactWeights(netToPyTorch(pick.net)),
  });
}
// The same budget without the curriculum (64 words from the first update): how much the curriculum did.
console.log('\nablation: no curriculum (64 words from the first update), same budget and seeds');
console.log('| cell | seed | kept update | validation acc | test acc | s |');
console.log('|---|---|---|---|---|---|');
const ablation = [];
for (const cell of CELLS) {
  const outcomes = P.seeds.map((seed) => train(cell, seed, [P.heldOut.T]).outcome);
  for (const o of outcomes)
    console.log(
      `| ${NAMES[cell]} | ${o.seed} | ${o.bestUpdate} | ${(100 * o.validationAccuracy).toFixed(1)}% | ${(100 * o.testAccuracy).toFixed(1)}% | ${o.seconds.toFixed(0)} |`,
    );
  ablation.push({ cell, name: NAMES[cell], seeds: outcomes });
}

const asset = {
  task: {
    id: 'who_did_it',
    description:
      'A sentence opens with a name (Alice, Bob, Carol or Dave); the other words are drawn at random from the Long sentence’s vocabulary; at the end the model names the opener. Chance: 25%.',
    names: WHO_NAMES,
    vocabulary: task.vocabulary,
    embedding: 'the explorer’s own word vectors: 8 numbers per word, seed 1 (as on the Long preset)',
  },
  protocol: {
    ...P,
    init: 'pytorch_default',
    selection:
      'per cell, the seed and checkpoint with the best validation accuracy (256 sentences of 64 words); accuracy reported on 512 other test sentences of 64 words',
  },
  trainedBy: 'npm run train:presets (scripts/train-presets.ts)',
  models,
  ablation: {
    description: 'no curriculum: 64-word sentences from the first update, same budget, seeds and selection',
    cells: ablation,
  },
};
writeFileSync('src/content/trained/who-did-it.json', JSON.stringify(asset));
console.log('\nshipped (best seed by validation):');
for (const m of models)
  console.log(
    `  ${m.name}: seed ${m.seed}, ${m.params} parameters, test accuracy ${(100 * m.testAccuracy).toFixed(1)}%`,
  );
