/**
 * Level 2 shows every cell's equations side by side — not only the selected cell's — each
 * with a button that puts that cell on the timeline, so a reader can compare and then look.
 */
import { EQUATIONS } from '../../content/equations';
import { CELL_FAMILIES, CELL_LABELS } from '../../state/config';
import type { CellFamily } from '../../state/config';
import { Tex } from '../../ui/shared/Tex';
import { CELL_NOTES } from '../../content/cellNotes';

export function CellEquations({ current, onCell }: { current: CellFamily; onCell: (c: CellFamily) => void }) {
  return (
    <section className="deep cell-equations" aria-labelledby="cell-eq-title">
      <h3 id="cell-eq-title">
        The cells, as PyTorch computes them (and the minGRU, as its paper defines it)
      </h3>
      <div className="eq-cards">
        {CELL_FAMILIES.map((f) => (
          <article
            key={f}
            className={f === current ? 'eq-card current' : 'eq-card'}
            aria-label={`${CELL_LABELS[f]} equations`}
          >
            <h4>{CELL_LABELS[f]}</h4>
            <p className="note">{CELL_NOTES[f].source}</p>
            <div
              className="eq-scroll"
              tabIndex={0}
              role="group"
              aria-label={`${CELL_LABELS[f]} equations (scrolls sideways when wide)`}
            >
              <Tex tex={EQUATIONS[f].replace('\\phi', '\\tanh')} display />
            </div>
            <button type="button" aria-pressed={f === current} onClick={() => onCell(f)}>
              {f === current ? `On the timeline now` : `Show the ${CELL_LABELS[f]} on the timeline`}
            </button>
          </article>
        ))}
      </div>
    </section>
  );
}
