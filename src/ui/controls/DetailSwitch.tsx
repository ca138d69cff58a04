import type { Detail } from '../../state/appState';
import { RadioGroup } from './RadioGroup';

const OPTIONS = [
  { value: 'essentials', label: 'Essentials' },
  { value: 'everything', label: 'Everything' },
] as const;

/** Essentials: the lesson and its few controls; Everything: every tool. Switching keeps the run and the step. */
export function DetailSwitch({ value, onChange }: { value: Detail; onChange: (d: Detail) => void }) {
  return (
    <RadioGroup
      legend="Detail"
      name="detail"
      options={OPTIONS}
      value={value}
      onChange={onChange}
      className="detail-switch"
    />
  );
}
