/**
 * Training and evaluating the encoder–decoder: cross-entropy at every output step (mean over
 * steps and sequences, as torch.nn.CrossEntropyLoss over the flattened outputs), clip_grad_norm_,
 * Adam — the order of PyTorch's loop, as step.ts — and greedy-decoding accuracy.
 */
import { computeLoss } from '../losses';
import { clipGradNorm } from '../optimizers';
import type { Optimizer } from '../optimizers';
import { backwardSeq2Seq } from './backward';
import { forwardSeq2Seq } from './forward';
import type { Seq2SeqBatch } from './forward';
import type { Seq2SeqNet } from './model';

export function seq2seqLoss(net: Seq2SeqNet, batch: Seq2SeqBatch) {
  const trace = forwardSeq2Seq(net, batch, true);
  // The loss reads the logits time-major and the targets batch-first, as the lab's per-step heads.
  const { loss, dLogits, accuracy } = computeLoss(
    { B: batch.B, T: batch.L, on: 'all', layers: [], logits: trace.logits },
    net.spec.vocab,
    { kind: 'cross_entropy', y: batch.tgt },
  );
  return { trace, loss, dLogits, accuracy: accuracy ?? 0 };
}

export function seq2seqGradients(net: Seq2SeqNet, batch: Seq2SeqBatch) {
  const r = seq2seqLoss(net, batch);
  return { ...r, grads: backwardSeq2Seq(net, r.trace, r.dLogits) };
}

export interface Seq2SeqStep {
  loss: number;
  /** Teacher-forced per-symbol accuracy of the batch. */
  accuracy: number;
  gradNorm: number;
}

export function trainSeq2SeqStep(
  net: Seq2SeqNet,
  opt: Optimizer,
  batch: Seq2SeqBatch,
  clip: number,
): Seq2SeqStep {
  const { loss, accuracy, grads } = seq2seqGradients(net, batch);
  const { norm } = clipGradNorm(grads, clip);
  opt.step(
    net.params.map((p) => p.data),
    grads,
  );
  return { loss, accuracy, gradNorm: norm };
}

export interface DecodeScore {
  /** Share of sequences decoded exactly right. */
  exact: number;
  /** Share of output symbols right. */
  perSymbol: number;
}

/**
 * Greedy decoding (each step reads the model's own previous answer), scored against the target; with
 * `teacher`, each step reads the true previous symbol instead, as in training (teacher forcing).
 */
export function decodeScore(net: Seq2SeqNet, batch: Seq2SeqBatch, teacher = false): DecodeScore {
  const { outputs } = forwardSeq2Seq(net, batch, teacher);
  let exact = 0;
  let right = 0;
  for (let b = 0; b < batch.B; b++) {
    let all = true;
    for (let t = 0; t < batch.L; t++) {
      const ok = outputs[b * batch.L + t] === batch.tgt[b * batch.L + t];
      if (ok) right++;
      else all = false;
    }
    if (all) exact++;
  }
  return { exact: exact / batch.B, perSymbol: right / (batch.B * batch.L) };
}
