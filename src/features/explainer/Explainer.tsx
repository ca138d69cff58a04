/**
 * The explainer at three depths: level 1 always visible; levels 2 and 3 behind labelled
 * disclosures that remember their state (in the URL); "too dense?" closes them again.
 */
import { Suspense, lazy, memo, useDeferredValue, useMemo, useRef } from 'react';
import { LEVELS } from '../../content/levels';
import { TermText } from '../../ui/shared/TermText';
import type { Level } from '../../content/levels';
import type { SymbolKey } from '../../content/glossary';
import type { Run } from '../../compute/run';
import { useDeepRun } from '../../ui/deepRunContext';
import { DeepPending } from './deep/DeepPending';
import { BuildWhenIdle } from '../../ui/shared/BuildWhenIdle';
import { CodeBlock } from './CodeBlock';
import { LiveMath } from './LiveMath';
import { ReachSkip } from './ReachSkip';
import { BidirectionalView } from './deep/BidirectionalView';
import { GateDiagram } from './deep/GateDiagram';
import { GradientSignalView, LagTermsView } from './deep/GradientSignalView';
import { CellEquations } from './CellEquations';
import { Misconceptions } from './Misconceptions';
import { TaskKinds } from './TaskKinds';
import type { CellFamily } from '../../state/config';
import type { AppState } from '../../state/appState';
import { t } from '../../i18n/t';

const Level3Visuals = lazy(() => import('./deep/Level3Visuals'));

export interface ExplainerProps {
  run: Run;
  step: number;
  open: readonly number[];
  onOpen: (levels: number[]) => void;
  highlight: SymbolKey | null;
  onHighlight: (k: SymbolKey | null) => void;
  /** Put another cell on the timeline (level 2's equation cards). */
  onCell: (cell: CellFamily) => void;
  /** The pair the lab's attention race trained, opened in level 3 (null: none on this device). */
  labPair: AppState['labPair'];
  /** Level 3's view has switched to a freshly opened pair. */
  onPairShown: () => void;
  /** Parts a teacher's link hides (`hide=`): the prose does not point at them. */
  hidden: readonly string[];
}

function Prose({ level, hidden }: { level: Level; hidden: readonly string[] }) {
  return (
    <div className="prose">
      {level.paragraphs.map((p) => (
        <p key={p.text}>
          <TermText text={p.textHiding?.(hidden) ?? p.text} />
          {p.see && <span className="see"> ↳ {p.see}</span>}
        </p>
      ))}
    </div>
  );
}

function Extras({ level }: { level: Level }) {
  return (
    <>
      <ReachSkip reachFor={level.reachFor} skip={level.skip} />
      <CodeBlock title={level.code.title} source={level.code.source} />
    </>
  );
}

export function Explainer(props: ExplainerProps) {
  // The deep views follow the selection a beat later, in an interruptible render, so typesetting
  // the live math never holds up the timeline's own response to a click or key; the memoised body
  // is skipped entirely in the urgent render (bench/selectStep.bench.ts).
  // The run and the step are deferred as one pair: a deferred step paired with a newer, shorter run
  // would point past its end (a blank page once: step 10 of "a b c").
  const pair = useMemo(
    () => ({ run: props.run, step: Math.min(props.step, props.run.labels.length - 1) }),
    [props.run, props.step],
  );
  const deferred = useDeferredValue(pair);
  return <ExplainerBody {...props} run={deferred.run} step={deferred.step} />;
}

const ExplainerBody = memo(function ExplainerBody({
  run,
  step,
  open,
  onOpen,
  highlight,
  onHighlight,
  onCell,
  labPair,
  onPairShown,
  hidden,
}: ExplainerProps) {
  const top = useRef<HTMLHeadingElement>(null);
  const [l1, l2, l3] = LEVELS;
  const toggle = (id: number) =>
    onOpen(open.includes(id) ? open.filter((l) => l !== id) : [...open, id].sort());
  const tooDense = () => {
    onOpen([]);
    top.current?.scrollIntoView?.({ block: 'start' });
    top.current?.focus();
  };
  const stream = run.trace.streams.l0;
  const deep = useDeepRun(run);

  const disclosure = (level: Level) => (
    <h2 className="disclosure">
      <button
        type="button"
        aria-expanded={open.includes(level.id)}
        aria-controls={`level-${level.id}`}
        onClick={() => toggle(level.id)}
      >
        <span className="chev" aria-hidden="true">
          {open.includes(level.id) ? '▾' : '▸'}
        </span>
        <span className="level-tag">{t('level.tag', { n: level.id })}</span> {level.prompt}
      </button>
    </h2>
  );
  const back = (
    <p>
      <button type="button" className="link-button" onClick={tooDense}>
        {t('level.back')}
      </button>
    </p>
  );

  return (
    <section className="explainer panel" aria-label={t('explainer.label')}>
      <h2 id="level-1" ref={top} tabIndex={-1}>
        <span className="level-tag">{t('level.tag', { n: 1 })}</span> {l1.title}
      </h2>
      <Prose level={l1} hidden={hidden} />
      <TaskKinds />
      <Extras level={l1} />

      {disclosure(l2)}
      {open.includes(2) && (
        <div
          id="level-2"
          className="level"
          role="region"
          aria-label={t('level.region', { n: 2, title: l2.title })}
        >
          <Prose level={l2} hidden={hidden} />
          {/* The figures below the prose build one at a time after load (ui/shared/BuildWhenIdle). */}
          <BuildWhenIdle minHeight={500}>
            <CellEquations current={run.config.cell} onCell={onCell} />
          </BuildWhenIdle>
          <BuildWhenIdle minHeight={380}>
            <GateDiagram run={run} step={step} />
          </BuildWhenIdle>
          <BuildWhenIdle minHeight={600}>
            <LiveMath
              family={run.config.cell}
              nonlinearity={run.config.nonlinearity}
              stream={stream}
              step={step}
              label={run.labels[step]}
              highlight={highlight}
              onHighlight={onHighlight}
            />
          </BuildWhenIdle>
          {deep ? (
            <>
              <BuildWhenIdle minHeight={320}>
                <GradientSignalView run={run} deep={deep} step={step} />
              </BuildWhenIdle>
              <BuildWhenIdle minHeight={300}>
                <LagTermsView run={run} deep={deep} step={step} />
              </BuildWhenIdle>
              <BuildWhenIdle minHeight={200}>
                <Misconceptions run={run} deep={deep} />
              </BuildWhenIdle>
              <BuildWhenIdle minHeight={360}>
                <BidirectionalView run={run} deep={deep} step={step} />
              </BuildWhenIdle>
            </>
          ) : (
            <DeepPending />
          )}
          <BuildWhenIdle minHeight={300}>
            <Extras level={l2} />
          </BuildWhenIdle>
          {back}
        </div>
      )}

      {disclosure(l3)}
      {open.includes(3) && (
        <div
          id="level-3"
          className="level"
          role="region"
          aria-label={t('level.region', { n: 3, title: l3.title })}
        >
          <Prose level={l3} hidden={hidden} />
          <Suspense fallback={<p className="note">{t('level.loading3')}</p>}>
            <Level3Visuals run={run} step={step} labPair={labPair} onPairShown={onPairShown} />
          </Suspense>
          <BuildWhenIdle minHeight={300}>
            <Extras level={l3} />
          </BuildWhenIdle>
          {back}
        </div>
      )}
    </section>
  );
});
