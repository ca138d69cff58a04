/**
 * The kinds of sequence task as one small figure (as colah, Karpathy and d2l draw them): where the
 * inputs go in and where a readout gives an output. Each kind names the place on this page that
 * does it, so the figure points at runs rather than at abstractions.
 */
import { Trans } from '../../i18n/Trans';
import { listOf, t } from '../../i18n/t';
import { formatNumber } from '../../i18n/numbers';

interface Kind {
  id: string;
  /** Its words in the catalogue: `kind.<key>.name` and `kind.<key>.example`. */
  key: string;
  /** Cells in a row; the encoder–decoder's first `split` cells only read. */
  cells: number;
  inputs: (t: number) => boolean;
  outputs: (t: number) => boolean;
  split?: number;
}

const KINDS: readonly Kind[] = [
  {
    id: 'one-to-many',
    key: 'oneToMany',
    cells: 4,
    inputs: (t) => t === 0,
    outputs: () => true,
  },
  {
    id: 'many-to-one',
    key: 'manyToOne',
    cells: 4,
    inputs: () => true,
    outputs: (t) => t === 3,
  },
  {
    id: 'many-to-many',
    key: 'manyToMany',
    cells: 4,
    inputs: () => true,
    outputs: () => true,
  },
  {
    id: 'encoder-decoder',
    key: 'encoderDecoder',
    cells: 5,
    split: 3,
    inputs: (t) => t < 3,
    outputs: (t) => t >= 3,
  },
];

const CELL = 26;
const GAP = 12;
const W = 5 * CELL + 4 * GAP + 8;
const H = 112;

function KindDrawing({ kind }: { kind: Kind }) {
  const x = (t: number) => 4 + t * (CELL + GAP);
  const steps = Array.from({ length: kind.cells }, (_, t) => t);
  const inputs = steps.filter(kind.inputs).map((t) => formatNumber(t + 1));
  const outputs = steps.filter(kind.outputs).map((t) => formatNumber(t + 1));
  const label = t('kind.label', {
    name: t(`kind.${kind.key}.name`),
    cells: formatNumber(kind.cells),
    cellCount: kind.cells,
    inputs: listOf(inputs),
    inputCount: inputs.length,
    outputs: listOf(outputs),
    outputCount: outputs.length,
  });
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label} data-kind={kind.id}>
      {Array.from({ length: kind.cells }, (_, t) => (
        <g key={t}>
          {kind.outputs(t) && (
            <>
              <line x1={x(t) + CELL / 2} x2={x(t) + CELL / 2} y1={40} y2={24} className="kind-arrow" />
              <circle cx={x(t) + CELL / 2} cy={14} r={9} className="kind-output" data-output="" />
            </>
          )}
          <rect
            x={x(t)}
            y={40}
            width={CELL}
            height={CELL}
            rx={5}
            className={kind.split !== undefined && t >= kind.split ? 'kind-cell kind-decoder' : 'kind-cell'}
          />
          {t > 0 && <line x1={x(t) - GAP} x2={x(t)} y1={53} y2={53} className="kind-arrow" />}
          {kind.inputs(t) && (
            <>
              <rect
                x={x(t) + 5}
                y={86}
                width={CELL - 10}
                height={16}
                rx={3}
                className="kind-input"
                data-input=""
              />
              <line x1={x(t) + CELL / 2} x2={x(t) + CELL / 2} y1={86} y2={66} className="kind-arrow" />
            </>
          )}
        </g>
      ))}
    </svg>
  );
}

export function TaskKinds() {
  return (
    <figure className="task-kinds" aria-labelledby="task-kinds-caption">
      <ul className="task-kinds-grid">
        {KINDS.map((k) => (
          <li key={k.id}>
            <KindDrawing kind={k} />
            <strong>{t(`kind.${k.key}.name`)}</strong>
            <span className="note">{t(`kind.${k.key}.example`)}</span>
          </li>
        ))}
      </ul>
      <figcaption id="task-kinds-caption">
        <Trans id="kind.caption" components={{ 0: <sub />, 1: <sub /> }} />
      </figcaption>
    </figure>
  );
}
