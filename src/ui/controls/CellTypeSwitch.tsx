import { CELL_FAMILIES, CELL_LABELS } from '../../state/config';
import type { CellFamily } from '../../state/config';
import { t } from '../../i18n/t';
import { RadioGroup } from './RadioGroup';

export function CellTypeSwitch({
  value,
  onChange,
}: {
  value: CellFamily;
  onChange: (c: CellFamily) => void;
}) {
  return (
    <RadioGroup
      legend={t('cells.legend')}
      spot="cells"
      name="cell"
      options={CELL_FAMILIES.map((f) => ({ value: f, label: CELL_LABELS[f] }))}
      value={value}
      onChange={onChange}
    />
  );
}
