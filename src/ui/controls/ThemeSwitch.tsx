import type { Theme } from '../../state/appState';

/** Light, dark, or follow the system; App applies it as a data attribute the stylesheet reads. */
export function ThemeSwitch({ value, onChange }: { value: Theme; onChange: (t: Theme) => void }) {
  return (
    <label className="theme-switch">
      Theme{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as Theme)}>
        <option value="auto">system</option>
        <option value="light">light</option>
        <option value="dark">dark</option>
      </select>
    </label>
  );
}
