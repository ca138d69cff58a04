/** The encoder–decoder's backward pass: every parameter's gradient from d loss / d logits. */
import { addWeightGradient, gemmBt, transpose } from '../kernels';
import { attendBack } from './attention';
import type { AttentionGrads, AttentionStep } from './attention';
import { decoderInputSize, partsOf, readoutSize } from './model';
import type { Seq2SeqNet } from './model';
import { backLayer } from './recurrent';
import type { Seq2SeqTrace } from './forward';

export function backwardSeq2Seq(net: Seq2SeqNet, tr: Seq2SeqTrace, dLogits: Float64Array): Float64Array[] {
  const { vocab: V, hidden: H, attention } = net.spec;
  const { B, L } = tr;
  const R = readoutSize(net.spec);
  const Din = decoderInputSize(net.spec);
  const P = partsOf(
    net.spec,
    net.params.map((p) => p.data),
  );
  const grads = net.params.map((p) => new Float64Array(p.data.length));
  const G = partsOf(net.spec, grads);

  // Readout: d W_out, d b_out, and d [s_t; context] for every row.
  addWeightGradient(G.outW, G.outB, dLogits, 0, L * B, V, tr.readIn, 0, R);
  const dRead = new Float64Array(L * B * R);
  gemmBt(dRead, 0, dLogits, 0, L * B, V, transpose(P.outW, 0, V, R), null, R);

  const encStates = tr.enc.hPad.subarray(B * H);
  const dEnc = new Float64Array(L * B * H);
  const dUh = attention === 'additive' ? new Float64Array(L * B * H) : null;
  const dCtx = new Float64Array(B * H);
  const att: AttentionStep = {
    B,
    L,
    H,
    enc: encStates,
    q: tr.dec.hPad,
    qOff: 0,
    uh: tr.uh,
    w: P.attW,
    v: P.attV,
    th: tr.th,
    thOff: 0,
    alpha: tr.alpha,
    aOff: 0,
    ctx: tr.ctx,
    cOff: 0,
  };
  const ag: AttentionGrads = { dCtx, dcOff: 0, dq: dCtx, dqOff: 0, dEnc, dUh, dW: G.attW, dV: G.attV };
  const GH = P.decoder.wIh.length / Din;
  const wIhT = attention === 'additive' ? transpose(P.decoder.wIh, 0, GH, Din) : null;
  const dIn = new Float64Array(B * Din);

  const dec = backLayer(
    tr.dec,
    P.decoder,
    G.decoder,
    (t, dh) => {
      Object.assign(att, { aOff: t * B * L, cOff: t * B * H, thOff: t * B * L * H });
      for (let b = 0; b < B; b++) {
        const row = (t * B + b) * R;
        for (let u = 0; u < H; u++) dh[b * H + u] += dRead[row + u];
        if (attention !== 'none') dCtx.set(dRead.subarray(row + H, row + 2 * H), b * H);
      }
      if (attention === 'dot') {
        // The query was s_t itself.
        att.qOff = (t + 1) * B * H;
        attendBack(att, { ...ag, dq: dh, dqOff: 0 });
      }
    },
    wIhT
      ? (t, dhPrev, dIh) => {
          // The context entered the cell beside the previous symbol: its share of d input joins
          // the readout's, and the query was s_{t−1}, whose gradient is dhPrev.
          gemmBt(dIn, 0, dIh, t * B * GH, B, GH, wIhT, null, Din);
          for (let b = 0; b < B; b++) for (let u = 0; u < H; u++) dCtx[b * H + u] += dIn[b * Din + V + 1 + u];
          att.qOff = t * B * H;
          attendBack(att, { ...ag, dq: dhPrev, dqOff: 0 });
        }
      : undefined,
  );
  if (dUh) {
    addWeightGradient(G.attU!, new Float64Array(H), dUh, 0, L * B, H, encStates, 0, H);
    gemmBt(dEnc, 0, dUh, 0, L * B, H, transpose(P.attU!, 0, H, H), null, H, true);
  }
  // The decoder started from the encoder's last state: that state's gradient is both.
  backLayer(
    tr.enc,
    P.encoder,
    G.encoder,
    (t, dh) => {
      for (let n = 0; n < B * H; n++) dh[n] += dEnc[t * B * H + n] + (t === L - 1 ? dec.dh0[n] : 0);
    },
    undefined,
    dec.dc0,
  );
  return grads;
}
