import type { SpotId } from '../../content/story';

/** A labelled group of native radio buttons (arrow keys, screen readers and forms work for free). */
export interface RadioOption<V extends string> {
  value: V;
  label: string;
}

export function RadioGroup<V extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  className,
  spot,
}: {
  legend: string;
  name: string;
  options: readonly RadioOption<V>[];
  value: V | null;
  onChange: (v: V) => void;
  className?: string;
  /** What the tour and the prose's pointers call this group (spotlight.ts). */
  spot?: SpotId;
}) {
  return (
    <fieldset
      className={`radio-group ${className ?? ''}`}
      role="radiogroup"
      aria-label={legend}
      data-spot={spot}
    >
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className={o.value === value ? 'checked' : undefined}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={o.value === value}
            onChange={() => onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
