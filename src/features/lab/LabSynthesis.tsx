/**
 * One panel that puts the page's memory results side by side, so they stop looking like they
 * contradict each other: random weights (the timeline), trained weights (the "Trained" Long
 * preset), and this lab. Every number is computed here or read from the shipped models' record.
 */
import { useEffect, useMemo, useState } from 'react';
import { firstWordLeft } from '../../compute/firstWordLeft';
import { loadWhoDidIt } from '../../compute/trainedWords';
import type { WhoAsset } from '../../compute/trainedWords';
import { pct } from '../../compute/format';
import { LONG_WORDS, presetById } from '../../state/presets';

function useWhoAsset(): WhoAsset | null {
  const [asset, setAsset] = useState<WhoAsset | null>(null);
  useEffect(() => {
    let live = true;
    loadWhoDidIt().then(
      (a) => live && setAsset(a),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return asset;
}

export function LabSynthesis({ measured }: { measured: string | null }) {
  const left = useMemo(() => {
    const long = presetById('long')!.config;
    return {
      vanilla: firstWordLeft(long, 'vanilla'),
      gru: firstWordLeft(long, 'gru'),
      lstm4: firstWordLeft(long, 'lstm'),
      lstm0: firstWordLeft({ ...long, forgetBias: 0 }, 'lstm'),
    };
  }, []);
  const asset = useWhoAsset();
  const T = LONG_WORDS.length;
  return (
    <section className="lab-synthesis" aria-labelledby="synthesis-title">
      <h3 id="synthesis-title">Random, trained, learned here: one story</h3>
      <dl>
        <dt>Random weights (the timeline, Long sequence)</dt>
        <dd>
          At the last of {T} words, the vanilla RNN keeps {pct(left.vanilla)} of the first word&apos;s step-1
          effect, the GRU {pct(left.gru)}, the LSTM {pct(left.lstm4)} at forget bias 4 (over 100%: the
          difference grew) and {pct(left.lstm0)} at 0. With random weights, memory is whatever the
          initialisation gives: only the LSTM whose forget gates were opened by hand keeps the first word.
        </dd>
        <dt>Trained weights (Weights: Trained, on the Long sequence)</dt>
        <dd>
          {asset ? (
            <>
              Trained on “who did it?” with a curriculum (sentences of {asset.protocol.curriculum.join(' → ')}{' '}
              words), each cell names the opener of a {asset.protocol.heldOut.T}-word sentence:{' '}
              {asset.models.map((m) => `${m.name} ${pct(m.testAccuracy)}`).join(', ')} on held-out sentences —
              the vanilla RNN too. Without the curriculum, same budget, per seed:{' '}
              {asset.ablation.cells
                .map((c) => `${c.name} ${c.seeds.map((s) => pct(s.testAccuracy)).join(' / ')}`)
                .join('; ')}{' '}
              (chance: 25%, one of four names). A vanilla RNN <em>can</em> hold a word that long; gradient
              descent finds such weights only with help.
            </>
          ) : (
            'Loading the trained models’ record…'
          )}
        </dd>
        <dt>Learned here (this lab)</dt>
        <dd>
          Gates make long memory easier to learn, not certain: the initialisation (the LSTM&apos;s forget
          bias), the learning rate, the length and the budget decide — try them.
          {measured ? ' The “Measured” note beside the task says what this lab found on it.' : ''}
        </dd>
      </dl>
    </section>
  );
}
