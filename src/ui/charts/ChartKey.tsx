/**
 * The compact charts' title and legend in one line above the plot (embed, presenter): the
 * quantity, its log axis and the three cells' line styles — so a chart on a slide reads without
 * the page around it.
 */
import type { ReactNode } from 'react';
import { CELL_FAMILIES } from '../../state/config';
import type { CellFamily } from '../../state/config';
import { familyStroke } from './scales';
import { CELL_LABELS } from '../../content/cells';

export function ChartKey({ title, current }: { title: ReactNode; current: CellFamily }) {
  return (
    <div className="chart-key">
      <span className="chart-key-title">{title}</span>
      <span className="chart-key-items">
        {CELL_FAMILIES.map((f) => {
          const s = familyStroke(f, current);
          return (
            <span key={f} className="chart-key-item">
              <svg width="28" height="10" aria-hidden="true">
                <line
                  x1="1"
                  x2="27"
                  y1="5"
                  y2="5"
                  stroke={s.color}
                  strokeWidth={s.width}
                  strokeDasharray={s.dash}
                />
              </svg>
              {CELL_LABELS[f]}
            </span>
          );
        })}
      </span>
    </div>
  );
}
