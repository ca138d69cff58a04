/** The "reach for it when / skip it when" pair, side by side. */
import { t } from '../../i18n/t';

export function ReachSkip({ reachFor, skip }: { reachFor: string[]; skip: string[] }) {
  return (
    <div className="reach-skip">
      <div className="card reach" role="group" aria-label={t('reach.title')}>
        <h3>{t('reach.title')}</h3>
        <ul>
          {reachFor.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
      <div className="card skip" role="group" aria-label={t('skip.title')}>
        <h3>{t('skip.title')}</h3>
        <ul>
          {skip.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
