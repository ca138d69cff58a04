import type { Theme } from '../../state/appState';
import { t } from '../../i18n/i18n';

/** Light, dark, or follow the system; App applies it as a data attribute the stylesheet reads. */
export function ThemeSwitch({ value, onChange }: { value: Theme; onChange: (theme: Theme) => void }) {
  return (
    <label className="theme-switch">
      {t('theme.label')}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as Theme)}>
        <option value="auto">{t('theme.auto')}</option>
        <option value="light">{t('theme.light')}</option>
        <option value="dark">{t('theme.dark')}</option>
      </select>
    </label>
  );
}
