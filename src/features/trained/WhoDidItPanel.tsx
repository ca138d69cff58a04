/**
 * What the trained models answer, and how they were trained. Each model has a classifier head
 * trained to name the sentence's first word at its last word; read at any step, it says what the
 * model would answer if the sentence ended there — so the reader sees, step by step, whether the
 * first word is still in each cell's memory.
 */
import type { Run } from '../../compute/run';
import type { WhoAsset } from '../../compute/trainedWords';
import { CELL_FAMILIES, CELL_LABELS } from '../../state/config';
import { FAMILY_COLORS } from '../../ui/charts/scales';
import { shorten } from '../../ui/shared/graphemes';
import { pct1 as pct } from '../../compute/format';
import { answerAt } from '../../compute/readout';
import { familyOf } from '../../engine/cells/vocabulary';
import { spotCoreHook, spotHook } from '../../ui/shared/spotlight';

/** Test accuracy below this is called near chance (25% for four names). */
const NEAR_CHANCE = 0.35;

export function WhoDidItPanel({ run, step, asset }: { run: Run; step: number; asset: WhoAsset | null }) {
  const answers = run.answers;
  if (!answers) return null;
  const K = answers.classes.length;
  const first = run.labels[0];
  const truth = answers.classes.findIndex((c) => c.toLowerCase() === first.toLowerCase());
  const p = asset?.protocol;
  return (
    <section className="panel who-panel" aria-labelledby="who-title" {...spotHook('answers')}>
      {/* The tour highlights the answers, not the notes on how they were trained. */}
      <div {...spotCoreHook('answers')}>
        <h2 id="who-title">Who did it? The trained models’ answer</h2>
        <table className="who-table">
          <caption className="visually-hidden">The models’ answers at step {step + 1}</caption>
          <thead>
            <tr>
              <th scope="col">Cell</th>
              <th scope="col">answer here</th>
              {truth >= 0 && <th scope="col">P(“{answers.classes[truth]}”)</th>}
              <th scope="col">test accuracy (64 words)</th>
            </tr>
          </thead>
          <tbody>
            {CELL_FAMILIES.flatMap((f) => {
              const probs = answers.probs[f];
              // Only the cells the bundle trained give an answer.
              if (!probs) return [];
              const a = answerAt(probs, K, step);
              const model = asset?.models.find((m) => familyOf(m.cell) === f);
              return (
                <tr key={f}>
                  <th scope="row">
                    <span className="swatch" style={{ background: FAMILY_COLORS[f] }} aria-hidden="true" />
                    {CELL_LABELS[f]}
                  </th>
                  <td>
                    {answers.classes[a.k]} ({pct(a.p)})
                  </td>
                  {truth >= 0 && <td>{pct(probs[step * K + truth])}</td>}
                  <td>{model ? pct(model.testAccuracy) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="note">
        Each model was trained to name the sentence’s first word — {answers.classes.join(', ')} — at its last
        word. Read at step {step + 1} (“
        {shorten(run.labels[step], 24)}”), each says what it would answer if the sentence ended here.
        {truth < 0 &&
          ` This sentence opens with “${first}”, not one of the four names, so no answer is right.`}
      </p>
      {run.gateShift && (
        <p className="note who-gates">
          What training changed in the gates on this sentence (before: the same cells at PyTorch’s default
          initialisation, where training started): LSTM forget gate f mean{' '}
          {run.gateShift.lstm.before.mean.toFixed(2)} → {run.gateShift.lstm.after.mean.toFixed(2)}, values
          above 0.9 {pct(run.gateShift.lstm.before.above09)} → {pct(run.gateShift.lstm.after.above09)}, below
          0.1 {pct(run.gateShift.lstm.before.below01)} → {pct(run.gateShift.lstm.after.below01)}; GRU update
          gate z mean {run.gateShift.gru.before.mean.toFixed(2)} → {run.gateShift.gru.after.mean.toFixed(2)},
          above 0.9 {pct(run.gateShift.gru.before.above09)} → {pct(run.gateShift.gru.after.above09)}, below
          0.1 {pct(run.gateShift.gru.before.below01)} → {pct(run.gateShift.gru.after.below01)}.
        </p>
      )}
      {p && asset && (
        <p className="note who-protocol">
          How they were trained (for this page, with the same engine): hidden size {p.hidden}, all three from
          PyTorch’s default initialisation (the LSTM’s forget bias near 0 — no bias trick), Adam at {p.lr},
          gradient clipping at {p.clip}, batches of {p.batch}, a curriculum of sentence lengths{' '}
          {p.curriculum.join(' → ')} words (the next when the running training accuracy passes 95%),{' '}
          {p.updates.toLocaleString('en')} updates, seeds {p.seeds.join(', ')}; the best seed by validation
          accuracy is shown. Per seed, test accuracy:{' '}
          {asset.models
            .map((m) => `${m.name} ${m.seeds.map((s) => pct(s.testAccuracy)).join(' / ')}`)
            .join('; ')}{' '}
          ({p.heldOut.test.size} held-out sentences of {p.heldOut.T} words; chance 25%). Without the
          curriculum — 64-word sentences from the first update, same budget and seeds — test accuracy per
          seed:{' '}
          {asset.ablation.cells
            .map((c) => `${c.name} ${c.seeds.map((s) => pct(s.testAccuracy)).join(' / ')}`)
            .join('; ')}
          {asset.ablation.cells.every((c) => c.seeds.every((s) => s.testAccuracy < NEAR_CHANCE))
            ? ': every cell stays near chance. Memory over 64 words is learnable — the curriculum found it for all three cells, the vanilla RNN included — but gradient descent does not find it from 64-word sentences alone.'
            : '.'}
        </p>
      )}
    </section>
  );
}
