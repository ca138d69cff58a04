/**
 * A message with markup (`<0>bold</0>`, a subscript), as React elements: Lingui's `Trans` with the
 * page's one i18n instance, so it also renders where no provider is above it (a figure drawn for
 * export, a panel rendered on its own).
 */
import { I18nProvider, Trans as LinguiTrans } from '@lingui/react';
import type { ComponentProps } from 'react';
import { i18n } from './t';

export function Trans(props: ComponentProps<typeof LinguiTrans>) {
  return (
    <I18nProvider i18n={i18n}>
      <LinguiTrans {...props} />
    </I18nProvider>
  );
}
