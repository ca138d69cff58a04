import { useEffect, useState } from 'react';

type Theme = 'auto' | 'light' | 'dark';

/** Light, dark, or follow the system; applied as a data attribute the stylesheet reads. */
export function ThemeSwitch() {
  const [theme, setTheme] = useState<Theme>('auto');
  useEffect(() => {
    if (theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <label className="theme-switch">
      Theme{' '}
      <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        <option value="auto">system</option>
        <option value="light">light</option>
        <option value="dark">dark</option>
      </select>
    </label>
  );
}
