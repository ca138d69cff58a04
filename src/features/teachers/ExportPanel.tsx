/** Figures as SVG/PNG, the run as fixture-schema JSON, and PyTorch code for this configuration. */
import { memo, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { Run } from '../../compute/run';
import { pytorchCheckCode, pytorchModelCode, runToReferenceJson } from '../../compute/exportRun';
import { CopyButton } from '../../ui/shared/CopyButton';
import { PNG_MAX_SIDE, downloadJson, downloadPng, downloadSvg } from './exportFigure';
import { formatNumber } from '../../i18n/numbers';
import { FIGURES, figureOptions, fileStem } from './figureOptions';
import { PlaybackExport } from './PlaybackExport';
import { findFigure } from '../../ui/shared/figureHooks';

/**
 * Memoised: it re-renders for the run and the selected step only. `drawWhole(true)` asks the page
 * to draw every part of its figures synchronously (the timeline draws only its visible cells'
 * bars), so an export holds the whole figure; `drawWhole(false)` goes back.
 */
export const ExportPanel = memo(function ExportPanel({
  run,
  drawWhole,
  step = 0,
  speedMs = 700,
  select,
}: {
  run: Run;
  drawWhole?: (on: boolean) => void;
  step?: number;
  speedMs?: number;
  select?: (step: number) => void;
}) {
  const [withWeights, setWithWeights] = useState(false);
  const [visibleOnly, setVisibleOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [capped, setCapped] = useState<string | null>(null);
  // The module and its weights depend on the run only; the lines for the selected step follow the
  // selection at low priority (a deferred value), so stepping never waits for this text.
  const deferredStep = useDeferredValue(step);
  const model = useMemo(() => pytorchModelCode(run, withWeights), [run, withWeights]);
  const code = useMemo(
    () => `${model}\n${pytorchCheckCode(run, withWeights, deferredStep)}`,
    [model, run, withWeights, deferredStep],
  );
  const codeRef = useRef<HTMLTextAreaElement>(null);

  /** Serialises inside `drawWhole`; the PNG's encoding then goes on with the page back to normal. */
  function whole<R>(f: () => R): R {
    // A window export needs only what is on screen (and stays small).
    if (visibleOnly) return f();
    drawWhole?.(true);
    try {
      return f();
    } finally {
      drawWhole?.(false);
    }
  }
  async function guarded(f: () => void | Promise<void>) {
    try {
      setError(null);
      await f();
    } catch (e) {
      setError(`Export failed: ${(e as Error).message}`);
    }
  }

  return (
    <section className="panel export" aria-label="Export">
      <h2>Export</h2>
      <div className="export-buttons">
        {FIGURES.map((f) => (
          <span key={f.name} className="export-group">
            <button
              type="button"
              onClick={() =>
                guarded(() =>
                  whole(() =>
                    downloadSvg(
                      findFigure<SVGSVGElement>(f.figure)!,
                      fileStem(f.name, run, step),
                      figureOptions(f.name, run, step, visibleOnly),
                    ),
                  ),
                )
              }
            >
              Download {f.label} (SVG)
            </button>
            <button
              type="button"
              onClick={() =>
                guarded(() =>
                  whole(() =>
                    downloadPng(
                      findFigure<SVGSVGElement>(f.figure)!,
                      fileStem(f.name, run, step),
                      figureOptions(f.name, run, step, visibleOnly),
                    ).then(({ width, scale, pngWidth }) =>
                      setCapped(
                        scale < 2
                          ? `The whole ${f.label} is ${formatNumber(width)} px wide, so its PNG is drawn at ${formatNumber(scale, { maximumFractionDigits: 2 })}× (${formatNumber(pngWidth)} px) to stay within ${formatNumber(PNG_MAX_SIDE)} px, the most common image tools and slide apps open. “Only the part on screen” gives a 2× PNG of a slide-sized window.`
                          : null,
                      ),
                    ),
                  ),
                )
              }
            >
              Download {f.label} (PNG 2×)
            </button>
          </span>
        ))}
        <button
          type="button"
          onClick={() => guarded(() => downloadJson(fileStem('rnn-run', run, step), runToReferenceJson(run)))}
        >
          Download run (JSON)
        </button>
      </div>
      <label className="inline">
        <input type="checkbox" checked={visibleOnly} onChange={(e) => setVisibleOnly(e.target.checked)} />{' '}
        timeline: only the part on screen (a slide-sized window instead of the whole strip)
      </label>
      <p className="note">
        Figures carry a title (with the selected step), the drawing and a legend; the selected step is marked
        in both. The JSON uses the schema of the PyTorch reference runs (weights, inputs, every step&apos;s
        state, gates, gradients); the project&apos;s replay script recomputes it (How this was made, at the
        foot of the page).
      </p>
      <p className="note" role="status">
        {capped}
      </p>
      {error && (
        <p className="message" role="alert">
          {error}
        </p>
      )}
      {select && (
        <PlaybackExport run={run} step={step} speedMs={speedMs} select={select} drawWhole={drawWhole} />
      )}
      <h3>PyTorch code for this configuration</h3>
      <label className="inline">
        <input type="checkbox" checked={withWeights} onChange={(e) => setWithWeights(e.target.checked)} />{' '}
        include the weights (reproduces these exact numbers, and checks them against the page&apos;s: it
        prints the largest difference)
      </label>
      <div className="code-box">
        <textarea
          ref={codeRef}
          readOnly
          value={code}
          rows={Math.min(14, code.split('\n').length)}
          aria-label="PyTorch code"
          spellCheck={false}
        />
        <CopyButton text={code} label="Copy PyTorch code" fallbackTarget={() => codeRef.current} />
      </div>
    </section>
  );
});
