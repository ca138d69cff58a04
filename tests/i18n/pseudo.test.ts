import { describe, expect, it } from 'vitest';
import { setupI18n } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { pseudoMessages } from '../../src/i18n/pseudo';

const english = {
  plain: compileMessage('Start the guided tour'),
  count: compileMessage('Stop {n} of {total}'),
  plural: compileMessage('{n, plural, one {# step} other {# steps}}'),
  rich: compileMessage('the same <0>small network</0>'),
};

function render(locale: string, messages: Record<string, unknown>, id: string, values = {}) {
  const i18n = setupI18n({ locale, messages: { [locale]: messages as never } });
  return i18n._(id, values);
}

describe('the pseudo-languages', () => {
  it('en-XA is at least 40% longer, accented, with placeholders and plurals intact', () => {
    const long = pseudoMessages(english, 'en-XA');
    const plain = render('en-XA', long, 'plain');
    expect(plain.length).toBeGreaterThanOrEqual(Math.ceil('Start the guided tour'.length * 1.4));
    expect(plain).toMatch(/^Štárt thé/);
    expect(render('en-XA', long, 'count', { n: 3, total: 12 })).toMatch(/^Štöp 3 öf 12/);
    expect(render('en-XA', long, 'plural', { n: 1 })).toMatch(/^1 štép/);
    expect(render('en-XA', long, 'plural', { n: 5 })).toMatch(/^5 štépš/);
    expect(render('en-XA', long, 'rich')).toContain('<0>');
  });

  it('ar-XB writes each text right to left and keeps the numbers', () => {
    const rtl = pseudoMessages(english, 'ar-XB');
    const out = render('ar-XB', rtl, 'count', { n: 3, total: 12 });
    expect(out).toContain('\u202eStop \u202c');
    expect(out).toContain('3');
    expect(out).toContain('12');
  });
});
