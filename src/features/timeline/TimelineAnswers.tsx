/**
 * The network's output, drawn on the timeline: under each step, what a trained model's readout
 * (softmax over W_hy h_t + b) names if the sentence ended there, and its probability. Only the
 * drawn steps get text, like the bars. The same numbers as the "Who did it?" table.
 */
import { svgWords } from '../../ui/shared/svgWords';
import type { StepAnswer } from '../../compute/readout';
import { t } from '../../i18n/t';
import { pct1 } from '../../compute/format';
import { boxX } from './timelineGeometry';

/** Height the answer row adds under the tokens. */
export const ANSWERS_H = 46;

export function TimelineAnswers({
  answers,
  drawn,
  cellW,
  y,
}: {
  answers: StepAnswer[];
  drawn: number[];
  cellW: number;
  /** The row's top in the SVG's coordinates. */
  y: number;
}) {
  return (
    // Hidden from screen readers: the "Who did it?" table states the selected step's answer in words.
    <g className="timeline-answers" aria-hidden="true">
      <text x={4} y={y + 14} className="lane-label">
        y
      </text>
      <text x={4} y={y + 28} className="lane-sub" {...svgWords()}>
        {t('timeline.answer')}
      </text>
      {drawn.map((t) => {
        const a = answers[t];
        if (!a) return null;
        const cx = boxX(t, cellW) + cellW / 2;
        return (
          <g key={t} data-answer-step={t + 1} className={a.right ? 'answer right' : 'answer'}>
            <line x1={cx} x2={cx} y1={y - 4} y2={y + 2} className="answer-tick" />
            <text x={cx} y={y + 16} textAnchor="middle" className="answer-name">
              {a.answer}
            </text>
            <text x={cx} y={y + 31} textAnchor="middle" className="answer-p">
              {pct1(a.p)}
            </text>
          </g>
        );
      })}
    </g>
  );
}
