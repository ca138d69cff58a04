/**
 * Choosing a language, as a reader does: the menu changes every word the page has in its catalogue,
 * `<html lang dir>` follow, the choice goes into the address and is remembered on the device.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { activate } from '../../src/i18n/i18n';
import { initialState } from '../../src/state/appState';
import { readCatalogues } from '../i18n/catalogue';
import type { Catalogue } from '../i18n/catalogue';

let cat: Record<string, Catalogue>;
beforeAll(async () => {
  // Read in a node-like way: the catalogues as translators write them.
  cat = await readCatalogues();
});
afterEach(async () => {
  await activate('en');
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});

const languageMenu = () =>
  screen.getByRole('combobox', {
    name: new RegExp(cat[document.documentElement.lang]?.['language.label'] ?? cat.en['language.label']),
  });

describe('the language menu', () => {
  it('offers each language by its own name, and switches the page to it', async () => {
    const user = userEvent.setup();
    render(<App initial={initialState()} />);
    const menu = await screen.findByRole('combobox', { name: cat.en['language.label'] });
    const names = within(menu)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).toEqual(['English', '简体中文', 'Español', 'Português (Brasil)', 'العربية']);

    await user.selectOptions(menu, 'es');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(cat.es['masthead.title']),
    );
    expect(document.documentElement.lang).toBe('es');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.title).toBe(cat.es['page.title']);
    expect(screen.getAllByRole('button', { name: cat.es['tour.start'] }).length).toBeGreaterThan(0);
    await waitFor(() => expect(window.location.search).toContain('lang=es'));
    expect(window.localStorage.getItem('rnn-explainer:lang')).toBe('es');

    await user.selectOptions(languageMenu(), 'ar');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(cat.ar['masthead.title']);
    expect(document.documentElement.lang).toBe('ar');
  });

  it('keeps the step, the cell and the detail when the language changes', async () => {
    const user = userEvent.setup();
    render(<App initial={{ ...initialState(), step: 3, detail: 'everything' }} />);
    const menu = await screen.findByRole('combobox', { name: cat.en['language.label'] });
    await user.selectOptions(menu, 'zh-CN');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(cat['zh-CN']['masthead.title']),
    );
    expect(screen.getByRole('radio', { name: cat['zh-CN']['detail.everything'] })).toBeChecked();
    // The timeline's step buttons, named in the new language ("第 4 步：“on”").
    const [before, after] = cat['zh-CN']['timeline.step'].split('{step}');
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stepName = new RegExp(`^${escape(before)}\\d+${escape(after.split('{token}')[0])}`);
    const steps = screen.getAllByRole('button', { name: stepName });
    expect(steps.length).toBe(initialState().config.input.text.split(' ').length);
    expect(steps[3]).toHaveAttribute('aria-pressed', 'true');
  });
});
