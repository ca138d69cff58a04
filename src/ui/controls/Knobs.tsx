/** Sliders for the model's knobs; every change recomputes the run at once. */
import { withSubscripts } from '../shared/Subscripts';
import { LIMITS } from '../../state/config';
import type { AppConfig } from '../../state/config';
import { CELL_FAMILIES, familySpec } from '../../engine/cells/vocabulary';
import type { CellFamily } from '../../engine/cells/vocabulary';
import { CELL_WORDS } from '../../content/cells';

type KnobKey = 'hidden' | 'weightScale' | 'forgetBias' | 'updateBias' | 'seed';

const KNOBS: { key: KnobKey; label: string; hint: string; format: (v: number) => string }[] = [
  { key: 'hidden', label: 'Hidden size', hint: 'units in the memory vector', format: String },
  {
    key: 'weightScale',
    label: 'Recurrent weight scale',
    hint: '× W_hh (1 = PyTorch’s initialisation); larger keeps more of the first word. On the Long sequence the vanilla RNN’s gradient (level 2) stops decaying from about ×2.5; its swap line still falls there, to about a fifth',
    format: (v) => `×${v.toFixed(1)}`,
  },
  {
    key: 'forgetBias',
    label: 'LSTM forget-gate bias',
    hint: 'higher keeps more of c; PyTorch initialises it around 0',
    format: (v) => v.toFixed(1),
  },
  {
    key: 'updateBias',
    label: 'GRU update-gate bias shift',
    hint: 'added to b_iz; higher pushes z towards 1, which in PyTorch keeps the old state',
    format: (v) => (v > 0 ? `+${v.toFixed(1)}` : v.toFixed(1)),
  },
  { key: 'seed', label: 'Random seed', hint: 'weights and word vectors', format: String },
];

export function Knobs({
  config,
  onChange,
}: {
  config: AppConfig;
  onChange: (key: KnobKey, value: number) => void;
}) {
  return (
    <fieldset className="knobs">
      <legend className="visually-hidden">Model knobs</legend>
      {KNOBS.map((k) => {
        const lim = LIMITS[k.key];
        const id = `knob-${k.key}`;
        return (
          <div className="knob" key={k.key}>
            <label htmlFor={id}>
              {k.label} <output htmlFor={id}>{k.format(config[k.key])}</output>
            </label>
            <input
              id={id}
              type="range"
              min={lim.min}
              max={lim.max}
              step={lim.step}
              value={config[k.key]}
              aria-describedby={`${id}-hint`}
              onChange={(e) => onChange(k.key, Number(e.target.value))}
            />
            <small id={`${id}-hint`}>
              {withSubscripts(k.hint)}
              {knobNote(k.key, config.cell)}
            </small>
          </div>
        );
      })}
    </fieldset>
  );
}

/** What a knob does not do for the cell on screen, from the cells' specs: whose gate it sets, or that there is nothing to act on. */
function knobNote(key: string, cell: CellFamily): string {
  const spec = familySpec(cell);
  if (key === 'weightScale' && !spec.recurrent)
    return ` (no effect on the ${CELL_WORDS[cell].inSentence}: it has no Wₕₕ)`;
  const user = CELL_FAMILIES.find((f) => familySpec(f).retention?.knob === key);
  if (user && user !== cell) return ` (used by the ${CELL_WORDS[user].inSentence})`;
  return '';
}
