/**
 * The Share dialog's teacher variants: tick the parts a class should not see, and the link and the
 * embed code carry `hide=` (state/hide.ts), as TensorFlow Playground's links carry their hide flags.
 */
import { HIDE_LABELS, HIDE_PARTS } from '../../state/hide';
import type { HidePart } from '../../state/hide';

/** `link` with its `hide` parameter set to `parts` (removed when none). */
export function withHidden(link: string, parts: readonly HidePart[]): string {
  const u = new URL(link);
  if (parts.length > 0) u.searchParams.set('hide', HIDE_PARTS.filter((p) => parts.includes(p)).join(','));
  else u.searchParams.delete('hide');
  return u.toString();
}

export function HideParts({
  value,
  onChange,
}: {
  value: readonly HidePart[];
  onChange: (parts: HidePart[]) => void;
}) {
  return (
    <fieldset className="hide-parts">
      <legend>Hide parts for your class (the link and the embed code above follow)</legend>
      {HIDE_PARTS.map((p) => (
        <label key={p}>
          <input
            type="checkbox"
            checked={value.includes(p)}
            onChange={(e) => onChange(e.target.checked ? [...value, p] : value.filter((v) => v !== p))}
          />{' '}
          {HIDE_LABELS[p]}
        </label>
      ))}
    </fieldset>
  );
}
