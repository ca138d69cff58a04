/** What a lazily loaded panel shows for the moment before its code arrives. */
import { t } from '../i18n/t';
export function PanelLoading({ name, panel }: { name: string; panel?: string }) {
  return (
    <section className="panel" aria-label={name} data-panel={panel}>
      <h2>{name}</h2>
      <p className="note">{t('loading.panel')}</p>
    </section>
  );
}
