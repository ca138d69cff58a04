import type { Detail } from '../../state/appState';
import { RadioGroup } from './RadioGroup';
import { t } from '../../i18n/i18n';

/** Essentials: the lesson and its few controls; Everything: every tool. Switching keeps the run and the step. */
export function DetailSwitch({ value, onChange }: { value: Detail; onChange: (d: Detail) => void }) {
  return (
    <RadioGroup
      legend={t('detail.label')}
      name="detail"
      options={[
        { value: 'essentials' as const, label: t('detail.essentials') },
        { value: 'everything' as const, label: t('detail.everything') },
      ]}
      value={value}
      onChange={onChange}
      className="detail-switch"
    />
  );
}
