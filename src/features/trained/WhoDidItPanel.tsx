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
import type { CellKind } from '../../engine/cells/vocabulary';
import { spotCoreHook, spotHook } from '../../ui/shared/spotlight';
import { listOf, t } from '../../i18n/t';
import { sentenceGap } from '../../i18n/i18n';
import { fixed, formatNumber, leftToRight } from '../../i18n/numbers';

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
        <h2 id="who-title">{t('who.title')}</h2>
        <table className="who-table">
          <caption className="visually-hidden">{t('who.caption', { step: step + 1 })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('who.cell')}</th>
              <th scope="col">{t('who.answerHere')}</th>
              {truth >= 0 && <th scope="col">P(“{answers.classes[truth]}”)</th>}
              <th scope="col">{t('who.testAccuracy', { words: 64 })}</th>
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
        {t('who.note', {
          names: listOf(answers.classes),
          step: step + 1,
          token: shorten(run.labels[step], 24),
        })}
        {truth < 0 && sentenceGap() + t('who.notAName', { first })}
      </p>
      {run.gateShift && (
        <p className="note who-gates">
          {t('who.gates', {
            fBefore: fixed(run.gateShift.lstm.before.mean, 2),
            fAfter: fixed(run.gateShift.lstm.after.mean, 2),
            fHighBefore: pct(run.gateShift.lstm.before.above09),
            fHighAfter: pct(run.gateShift.lstm.after.above09),
            fLowBefore: pct(run.gateShift.lstm.before.below01),
            fLowAfter: pct(run.gateShift.lstm.after.below01),
            zBefore: fixed(run.gateShift.gru.before.mean, 2),
            zAfter: fixed(run.gateShift.gru.after.mean, 2),
            zHighBefore: pct(run.gateShift.gru.before.above09),
            zHighAfter: pct(run.gateShift.gru.after.above09),
            zLowBefore: pct(run.gateShift.gru.before.below01),
            zLowAfter: pct(run.gateShift.gru.after.below01),
            high: formatNumber(0.9),
            low: formatNumber(0.1),
          })}
        </p>
      )}
      {p && asset && (
        <p className="note who-protocol">
          {t('who.protocol', {
            hidden: p.hidden,
            lr: formatNumber(p.lr),
            clip: formatNumber(p.clip),
            batch: p.batch,
            curriculum: leftToRight(p.curriculum.join(' → ')),
            updates: formatNumber(p.updates),
            seeds: listOf(p.seeds.map(String)),
            perSeed: perSeed(asset.models),
            test: formatNumber(p.heldOut.test.size),
            T: p.heldOut.T,
          })}{' '}
          {t('who.ablation', {
            perSeed: perSeed(asset.ablation.cells),
            nearChance: asset.ablation.cells.every((c) => c.seeds.every((s) => s.testAccuracy < NEAR_CHANCE))
              ? 'yes'
              : 'no',
          })}
        </p>
      )}
    </section>
  );
}

/** Each model's test accuracy per seed ("LSTM 100.0% / 98.4% / 100.0%; GRU …"). */
function perSeed(models: readonly { cell: CellKind; seeds: readonly { testAccuracy: number }[] }[]): string {
  const one = (m: (typeof models)[number]) =>
    `${CELL_LABELS[familyOf(m.cell)]} ${leftToRight(m.seeds.map((s) => pct(s.testAccuracy)).join(' / '))}`;
  return models.map(one).join('; ');
}
