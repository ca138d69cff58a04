/** The hidden states as a table: the same numbers as the bars, for screen readers and copying. */
import { memo, useState } from 'react';
import type { StreamTrace } from '../../engine';
import { fmt } from '../../ui/charts/scales';
import { t as say } from '../../i18n/t';
import { Trans } from '../../i18n/Trans';

export function StateTable({
  stream,
  labels,
  step,
}: {
  stream: StreamTrace;
  labels: string[];
  step: number;
}) {
  const { H } = stream;
  // A closed table is not rendered at all: at 200 steps × 64 units it would be 13,000 cells the
  // browser restyles on every change while nobody sees them.
  const [open, setOpen] = useState(false);
  return (
    <details className="state-table panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{say('stateTable.summary')}</summary>
      {open && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={say('stateTable.label')}>
          <table>
            <caption>
              <Trans id="stateTable.caption" values={{ H }} components={{ 0: <i />, 1: <sub /> }} />
            </caption>
            <thead>
              <tr>
                <th scope="col">{say('stateTable.step')}</th>
                <th scope="col">{say('stateTable.token')}</th>
                {Array.from({ length: H }, (_, j) => (
                  <th scope="col" key={j}>
                    h[{j + 1}]
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {labels.map((label, t) => (
                <StateRow key={t} t={t} label={label} stream={stream} current={t === step} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}

/** Memoised so a new selection re-renders two rows, not the whole table. */
const StateRow = memo(function StateRow({
  t,
  label,
  stream,
  current,
}: {
  t: number;
  label: string;
  stream: StreamTrace;
  current: boolean;
}) {
  const { H } = stream;
  return (
    <tr aria-current={current ? 'step' : undefined}>
      <th scope="row">{t + 1}</th>
      <td dir="auto">{label}</td>
      {Array.from({ length: H }, (_, j) => (
        <td key={j}>{fmt(stream.h[t * H + j])}</td>
      ))}
    </tr>
  );
});
