/**
 * npm run train:seq2seq — trains the encoder–decoders behind level 3's sequence-to-sequence view (and, with
 * SEQ2SEQ_TASK=swap_pairs, the second task's, written to seq2seq-swap-pairs.json):
 * a GRU encoder–decoder without attention, with dot-product and with additive attention, the same
 * budget and batches for each, for every seed (src/train/seq2seq/protocol.ts). Each (attention,
 * seed) trains in its own process, as many at once as the machine has cores; the runs are
 * deterministic, so the result does not depend on how many ran at once. Prints the accuracy-by-length
 * table and writes src/content/trained/seq2seq-reverse.json (every seed's held-out accuracy, seed
 * 1's weights per attention in the training fixtures' schema at float32 precision) and a log beside
 * it, and every seed's weights to tests/train/seq2seq/seeds.json; tests/train/seq2seq/shipped.science.test.ts
 * re-measures every accuracy from those weights. CI never retrains.
 *   tsx scripts/train-seq2seq.ts --probe <attention> <updates>   one seed, prints, writes nothing
 */
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { seededRandom } from '../src/engine/random';
import { createOptimizer } from '../src/train/optimizers';
import {
  ATTENTION_KINDS,
  initSeq2Seq,
  seq2seqFromPyTorch,
  seq2seqToPyTorch,
} from '../src/train/seq2seq/model';
import type { AttentionKind } from '../src/train/seq2seq/model';
import { SEQ2SEQ_PROTOCOL as P, scoreByLength } from '../src/train/seq2seq/protocol';
import { REVERSE, SWAP_PAIRS, sampleSeq2Seq } from '../src/train/seq2seq/tasks';
import { trainSeq2SeqStep } from '../src/train/seq2seq/train';
import { compactWeights } from '../src/train/whoDidItModels';

// SEQ2SEQ_TASK=swap_pairs trains the second task (children inherit it); reverse is the default.
const TASK = process.env.SEQ2SEQ_TASK === SWAP_PAIRS.id ? SWAP_PAIRS : REVERSE;
const OUT = `src/content/trained/seq2seq-${TASK.id.replace('_', '-')}`;
const SEEDS_OUT =
  TASK === REVERSE
    ? 'tests/train/seq2seq/seeds.json'
    : `tests/train/seq2seq/seeds-${TASK.id.replace('_', '-')}.json`;

interface Job {
  attention: AttentionKind;
  seed: number;
}

function train({ attention, seed }: Job, updates: number, log: (s: string) => void) {
  const t0 = Date.now();
  const net = initSeq2Seq({ cell: P.cell, vocab: P.vocab, hidden: P.hidden, attention }, seed);
  const opt = createOptimizer(
    { name: 'adam', lr: P.lr, betas: [0.9, 0.999], eps: 1e-8 },
    net.params.map((p) => p.data.length),
  );
  // The same batches for every attention: the data stream depends on the seed only.
  const rng = seededRandom(seed * 7919 + 3);
  const span = P.trainLengths.max - P.trainLengths.min + 1;
  let ema = 0;
  for (let u = 1; u <= updates; u++) {
    opt.lr = P.lr * (1 - (u - 1) / updates);
    const L = P.trainLengths.min + Math.min(span - 1, Math.floor(rng.uniform(0, span)));
    const r = trainSeq2SeqStep(net, opt, sampleSeq2Seq(TASK, rng, P.batch, L, P.vocab), P.clip);
    ema = u === 1 ? r.loss : 0.98 * ema + 0.02 * r.loss;
    if (u % 500 === 0) log(`${attention} seed ${seed} update ${u}: smoothed loss ${ema.toFixed(4)}`);
  }
  return { net, byLength: scoreByLength(net, TASK), seconds: Math.round((Date.now() - t0) / 1000) };
}

const pct = (v: number) => `${(100 * v).toFixed(1)}%`.padStart(6);
const row = (j: Job & { byLength: ReturnType<typeof scoreByLength>; seconds: number }) =>
  `${j.attention.padEnd(9)} seed ${j.seed} (${j.seconds} s): ${j.byLength.map((s) => `L${s.L} ${pct(s.score.exact)} (${pct(s.score.perSymbol)})`).join('  ')}`;

const args = process.argv.slice(2);
if (args[0] === '--one') {
  // A child: one (attention, seed), its log on stderr, its result as JSON on stdout.
  const job = { attention: args[1] as AttentionKind, seed: Number(args[2]) };
  const r = train(job, P.updates, (s) => process.stderr.write(`${s}\n`));
  // Scored with the weights as shipped (float32 precision), so the tests re-measure the same numbers.
  const weights = compactWeights(seq2seqToPyTorch(r.net));
  const shipped = seq2seqFromPyTorch(r.net.spec, weights);
  process.stdout.write(
    JSON.stringify({ ...job, seconds: r.seconds, byLength: scoreByLength(shipped, TASK), weights }),
  );
} else if (args[0] === '--probe') {
  const r = train({ attention: args[1] as AttentionKind, seed: P.seeds[0] }, Number(args[2]), console.log);
  console.log(row({ attention: args[1] as AttentionKind, seed: P.seeds[0], ...r }));
} else {
  const run = promisify(execFile);
  // The slowest (additive) first, so the cores finish together.
  const jobs: Job[] = [...ATTENTION_KINDS]
    .reverse()
    .flatMap((attention) => P.seeds.map((seed) => ({ attention, seed })));
  const results: (Job & {
    seconds: number;
    byLength: ReturnType<typeof scoreByLength>;
    weights: Record<string, unknown>;
  })[] = [];
  const lines: string[] = [];
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const { stdout, stderr } = await run(
        'npx',
        ['tsx', 'scripts/train-seq2seq.ts', '--one', job.attention, String(job.seed)],
        { maxBuffer: 1 << 28 },
      );
      lines.push(stderr.trim());
      results.push(JSON.parse(stdout));
      console.log(stderr.trim());
    }
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), jobs.length) }, worker));
  // In job order, whatever order they finished in.
  results.sort(
    (a, b) =>
      jobs.findIndex((j) => j.attention === a.attention && j.seed === a.seed) -
      jobs.findIndex((j) => j.attention === b.attention && j.seed === b.seed),
  );
  const table = [
    `${TASK.label}: exact-sequence accuracy (per-symbol), greedy decoding, ${P.heldOut.size} held-out sequences per length`,
    ...results.map(row),
  ];
  console.log(`\n${table.join('\n')}`);
  const out = {
    task: TASK.id,
    protocol: P,
    seeds: ATTENTION_KINDS.map((attention) => ({
      attention,
      runs: results
        .filter((r) => r.attention === attention)
        .map(({ seed, seconds, byLength }) => ({ seed, seconds, byLength })),
    })),
    models: Object.fromEntries(
      ATTENTION_KINDS.map((a) => [
        a,
        results.find((r) => r.attention === a && r.seed === P.seeds[0])!.weights,
      ]),
    ),
  };
  writeFileSync(`${OUT}.json`, JSON.stringify(out));
  // Every seed's weights, for the tests only (the page loads seed 1's, above).
  writeFileSync(
    SEEDS_OUT,
    JSON.stringify(results.map(({ attention, seed, weights }) => ({ attention, seed, weights }))),
  );
  writeFileSync(
    `${OUT}-log.txt`,
    `${lines.join('\n')}\n\n${table.join('\n')}\nwall time ${Math.round((Date.now() - t0) / 1000)} s on ${availableParallelism()} cores\n`,
  );
  console.log(`wrote ${OUT}.json and ${OUT}-log.txt`);
}
