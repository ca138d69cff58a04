import { describe, expect, it } from 'vitest';
import { chooseLocale, dirOf, matchLocale } from '../../src/i18n/locales';

describe('which language a reader gets', () => {
  it('matches a tag to the nearest language the page has', () => {
    expect(matchLocale('es')).toBe('es');
    expect(matchLocale('es-MX')).toBe('es');
    expect(matchLocale('PT-br')).toBe('pt-BR');
    expect(matchLocale('pt-PT')).toBe('pt-BR');
    expect(matchLocale('zh')).toBe('zh-CN');
    expect(matchLocale('zh-Hans-SG')).toBe('zh-CN');
    expect(matchLocale('ar-EG')).toBe('ar');
    expect(matchLocale('en-GB')).toBe('en');
    expect(matchLocale('de-DE')).toBeNull();
    expect(matchLocale('')).toBeNull();
    expect(matchLocale('<script>')).toBeNull();
  });

  it('prefers the link, then the device’s choice, then the browser’s languages, then English', () => {
    expect(chooseLocale('ar', 'es', ['zh-CN'])).toBe('ar');
    expect(chooseLocale(null, 'es', ['zh-CN'])).toBe('es');
    expect(chooseLocale(null, 'nonsense', ['de-DE', 'pt-PT', 'en'])).toBe('pt-BR');
    expect(chooseLocale(null, null, ['de-DE', 'fr'])).toBe('en');
    expect(chooseLocale(null, null, [])).toBe('en');
  });

  it('never gives a pseudo-language from the browser’s list, only when named', () => {
    expect(chooseLocale(null, null, ['en-XA'])).toBe('en');
    expect(chooseLocale('en-XA', null, [])).toBe('en-XA');
  });

  it('writes Arabic right to left', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('ar-XB')).toBe('rtl');
    expect(dirOf('zh-CN')).toBe('ltr');
  });
});
