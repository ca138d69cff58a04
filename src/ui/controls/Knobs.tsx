/** Sliders for the model's knobs; every change recomputes the run at once. */
import { shownParts } from '../../content/story';
import { withSubscripts } from '../shared/Subscripts';
import { LIMITS } from '../../state/config';
import type { AppConfig } from '../../state/config';
import { CELL_FAMILIES, familySpec } from '../../engine/cells/vocabulary';
import type { CellFamily } from '../../engine/cells/vocabulary';
import { CELL_WORDS } from '../../content/cells';
import { t } from '../../i18n/t';
import { fixed } from '../../i18n/numbers';

type KnobKey = 'hidden' | 'weightScale' | 'forgetBias' | 'updateBias' | 'seed';

/** Each knob's label and hint are the catalogue's `knob.<key>` and `knob.<key>.hint`. */
const KNOBS: { key: KnobKey; format: (v: number) => string }[] = [
  { key: 'hidden', format: String },
  { key: 'weightScale', format: (v) => `×${fixed(v, 1)}` },
  { key: 'forgetBias', format: (v) => fixed(v, 1) },
  { key: 'updateBias', format: (v) => (v > 0 ? `+${fixed(v, 1)}` : fixed(v, 1)) },
  { key: 'seed', format: String },
];

export function Knobs({
  config,
  onChange,
  hidden = [],
}: {
  config: AppConfig;
  onChange: (key: KnobKey, value: number) => void;
  /** Parts a teacher's link hides: a hint does not point at them ("level 2"). */
  hidden?: readonly string[];
}) {
  return (
    <fieldset className="knobs">
      <legend className="visually-hidden">{t('knobs.label')}</legend>
      {KNOBS.map((k) => {
        const lim = LIMITS[k.key];
        const id = `knob-${k.key}`;
        return (
          <div className="knob" key={k.key}>
            <label htmlFor={id}>
              {t(`knob.${k.key}`)} <output htmlFor={id}>{k.format(config[k.key])}</output>
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
              {withSubscripts(t(`knob.${k.key}.hint`, shownParts(hidden)))}
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
    return ` ${t('knob.noEffect', { cell: CELL_WORDS[cell].inSentence })}`;
  const user = CELL_FAMILIES.find((f) => familySpec(f).retention?.knob === key);
  if (user && user !== cell) return ` ${t('knob.usedBy', { cell: CELL_WORDS[user].inSentence })}`;
  return '';
}
