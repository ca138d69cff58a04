import { afterEach, describe, expect, it } from 'vitest';
import { fmt, fmtLoss, pct, pct1, wholePct } from '../../src/compute/format';
import { setNumberLocale } from '../../src/i18n/numbers';

afterEach(() => setNumberLocale('en'));

describe('numbers in the reader’s language', () => {
  it('English writes them as the page always did', () => {
    expect(fmt(0.12345)).toBe('0.123');
    expect(fmt(-2, 2)).toBe('-2.00');
    expect(fmt(0.0004)).toBe('4.0e-4');
    expect(fmt(12345.6)).toBe('1.2e+4');
    expect(fmtLoss(1.5)).toBe('1.5000');
    expect(pct(0.42)).toBe('42%');
    expect(pct(0.052)).toBe('5.2%');
    expect(pct(0)).toBe('0%');
    expect(pct(1e-7)).toBe('1.0e-5%');
    expect(pct1(0.4567)).toBe('45.7%');
    expect(wholePct(0.333)).toBe('33%');
  });

  it('Spanish and Brazilian Portuguese use a decimal comma, Spanish a spaced percent sign', () => {
    setNumberLocale('es');
    expect(fmt(0.12345)).toBe('0,123');
    expect(fmt(0.0004)).toBe('4,0e-4');
    expect(pct(0.052)).toBe('5,2\u00a0%');
    expect(pct(1e-7)).toBe('1,0e-5\u00a0%');
    setNumberLocale('pt-BR');
    expect(fmt(1.5, 1)).toBe('1,5');
    expect(pct1(0.4567)).toBe('45,7%');
  });

  it('never groups the digits of a value in a caption, and never prints NaN', () => {
    setNumberLocale('es');
    expect(fmt(1234.5, 1)).toBe('1234,5');
    expect(fmt(Number.NaN)).toBe('—');
    expect(pct(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('numbers in right-to-left text', () => {
  it('are isolated left-to-right runs in Arabic, so a minus sign stays in front', () => {
    setNumberLocale('ar');
    const v = fmt(-0.088);
    expect(v.startsWith('\u2066')).toBe(true);
    expect(v.endsWith('\u2069')).toBe(true);
    expect(v.replace(/[\u2066\u2069\u200e\u061c]/g, '')).toBe('-0.088');
    expect(pct(0.42).replace(/[\u2066\u2069\u200e\u061c]/g, '')).toBe('42%');
  });
});
