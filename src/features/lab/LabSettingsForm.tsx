/** The lab's settings: task, length, size, optimiser, clipping, truncation and initialisations. */
import type { Precision, RaceSettings, TaskId } from '../../train/settings';
import { DEFAULT_RACE, LAB_LIMITS, TASK_IDS } from '../../train/settings';
import { taskById } from '../../train/tasks';
import { INIT_LABELS } from '../../train/init';

const LRS = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1, 1, 1e9];

/** The settings typed as plain numbers, each within its LAB_LIMITS. */
type NumKey = 'T' | 'hidden' | 'batch' | 'seed' | 'seedCount' | 'maxUpdates' | 'forgetBias' | 'gruUpdateBias';

/** A labelled number input for one setting, bounded by its limits. */
function NumberField({
  label,
  field,
  step,
  settings,
  onValue,
}: {
  label: string;
  field: NumKey;
  step?: number;
  settings: RaceSettings;
  onValue: (key: NumKey, raw: string) => void;
}) {
  return (
    <label>
      {label}
      <input
        type="number"
        step={step}
        min={LAB_LIMITS[field].min}
        max={LAB_LIMITS[field].max}
        value={settings[field]}
        onChange={(e) => onValue(field, e.target.value)}
      />
    </label>
  );
}

export function LabSettingsForm({
  settings,
  onSettings,
  onlyTask = false,
}: {
  settings: RaceSettings;
  onSettings: (s: RaceSettings) => void;
  /** Essentials: the task and nothing else; every other setting keeps its value. */
  onlyTask?: boolean;
}) {
  const set = <K extends keyof RaceSettings>(key: K, value: RaceSettings[K]) =>
    onSettings({ ...settings, [key]: value });
  const num = (key: NumKey, raw: string) => {
    const lim = LAB_LIMITS[key];
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v)) return;
    const int = key !== 'forgetBias' && key !== 'gruUpdateBias';
    set(key, Math.min(lim.max, Math.max(lim.min, int ? Math.round(v) : v)));
  };

  return (
    <form className="lab-controls" onSubmit={(e) => e.preventDefault()} aria-label="Lab settings">
      <label>
        Task
        <select value={settings.task} onChange={(e) => set('task', e.target.value as TaskId)}>
          {TASK_IDS.map((id) => (
            <option key={id} value={id}>
              {taskById(id).name}
            </option>
          ))}
        </select>
      </label>
      {!onlyTask && (
        <>
          <NumberField label="Sequence length" field="T" settings={settings} onValue={num} />
          <NumberField label="Hidden size" field="hidden" settings={settings} onValue={num} />
          <NumberField label="Batch size" field="batch" settings={settings} onValue={num} />
          <label>
            Optimizer
            <select
              value={settings.optimizer}
              onChange={(e) => set('optimizer', e.target.value as 'adam' | 'sgd')}
            >
              <option value="adam">Adam</option>
              <option value="sgd">SGD, momentum 0.9</option>
            </select>
          </label>
          <label>
            Learning rate
            <select value={settings.lr} onChange={(e) => set('lr', Number(e.target.value))}>
              {[...new Set([...LRS, settings.lr])]
                .sort((a, b) => a - b)
                .map((lr) => (
                  <option key={lr} value={lr}>
                    {lr >= 1e3 ? lr.toExponential(0) : lr}
                  </option>
                ))}
            </select>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={settings.minGru}
              onChange={(e) => set('minGru', e.target.checked)}
            />
            Race a minGRU too (Feng et al. 2024)
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={settings.clip !== null}
              onChange={(e) => set('clip', e.target.checked ? 1 : null)}
            />
            Clip gradient norm
          </label>
          {settings.clip !== null && (
            <label>
              Max norm
              <input
                type="number"
                step="0.1"
                min={LAB_LIMITS.clip.min}
                max={LAB_LIMITS.clip.max}
                value={settings.clip}
                onChange={(e) =>
                  Number(e.target.value) > 0 && set('clip', Math.min(100, Number(e.target.value)))
                }
              />
            </label>
          )}
          <label>
            Truncation window
            <input
              type="number"
              min={0}
              max={LAB_LIMITS.truncation.max}
              value={settings.truncation ?? 0}
              aria-describedby="trunc-hint"
              onChange={(e) => {
                const v = Math.round(Number(e.target.value));
                if (Number.isFinite(v))
                  set('truncation', v >= 1 ? Math.min(LAB_LIMITS.truncation.max, v) : null);
              }}
            />
            <span id="trunc-hint" className="hint">
              0 = full BPTT
            </span>
          </label>
          <label>
            Vanilla init
            <select
              value={settings.vanillaInit}
              onChange={(e) => set('vanillaInit', e.target.value as RaceSettings['vanillaInit'])}
            >
              {(['pytorch_default', 'orthogonal'] as const).map((s) => (
                <option key={s} value={s}>
                  {INIT_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            LSTM init
            <select
              value={settings.lstmInit}
              onChange={(e) => set('lstmInit', e.target.value as RaceSettings['lstmInit'])}
            >
              {(['forget_bias', 'chrono'] as const).map((s) => (
                <option key={s} value={s}>
                  {INIT_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          {settings.lstmInit === 'forget_bias' && (
            <NumberField
              label="LSTM forget bias"
              field="forgetBias"
              step={0.5}
              settings={settings}
              onValue={num}
            />
          )}
          <NumberField
            label="GRU update bias"
            field="gruUpdateBias"
            step={0.5}
            settings={settings}
            onValue={num}
          />
          <NumberField label="Seed" field="seed" settings={settings} onValue={num} />
          <NumberField label="Seeds at once" field="seedCount" settings={settings} onValue={num} />
          <NumberField label="Updates" field="maxUpdates" step={100} settings={settings} onValue={num} />
          <label>
            Arithmetic
            <select
              value={settings.precision ?? 'f64'}
              aria-describedby="precision-hint"
              onChange={(e) => set('precision', e.target.value as Precision)}
            >
              <option value="f32">32-bit, fast</option>
              <option value="f64">64-bit, as the PyTorch check</option>
            </select>
            <span id="precision-hint" className="hint">
              same result on every computer either way
            </span>
          </label>
          <button type="button" className="link-button" onClick={() => onSettings(DEFAULT_RACE)}>
            Defaults
          </button>
        </>
      )}
    </form>
  );
}
