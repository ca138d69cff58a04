/** Figures as SVG/PNG, the run as fixture-schema JSON, and PyTorch code for this configuration. */
import { memo, useMemo, useRef, useState } from 'react';
import type { Run } from '../../state/run';
import { pytorchCode, runToReferenceJson } from '../../state/exportRun';
import { CopyButton } from '../explainer/CopyButton';
import { downloadJson, downloadPng, downloadSvg } from './exportFigure';

const FIGURES = [
  { selector: 'svg.timeline', name: 'rnn-timeline', label: 'timeline' },
  { selector: 'svg.memory-chart', name: 'rnn-memory-chart', label: 'memory chart' },
] as const;

/**
 * Memoised: it depends on the run only, not on the selected step. `drawWhole(true)` asks the page
 * to draw every part of its figures synchronously (the timeline draws only its visible cells'
 * bars), so an export holds the whole figure; `drawWhole(false)` goes back.
 */
export const ExportPanel = memo(function ExportPanel({ run, drawWhole }: { run: Run; drawWhole?: (on: boolean) => void }) {
  const [withWeights, setWithWeights] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const code = useMemo(() => pytorchCode(run, withWeights), [run, withWeights]);
  const codeRef = useRef<HTMLTextAreaElement>(null);

  const figure = (selector: string) => document.querySelector<SVGSVGElement>(selector);
  /** Serialises inside `drawWhole`; the PNG's encoding then goes on with the page back to normal. */
  function whole<R>(f: () => R): R {
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
            <button type="button" onClick={() => guarded(() => whole(() => downloadSvg(figure(f.selector)!, f.name)))}>
              Download {f.label} (SVG)
            </button>
            <button type="button" onClick={() => guarded(() => whole(() => downloadPng(figure(f.selector)!, f.name)))}>
              Download {f.label} (PNG 2×)
            </button>
          </span>
        ))}
        <button type="button" onClick={() => guarded(() => downloadJson('rnn-run', runToReferenceJson(run)))}>
          Download run (JSON)
        </button>
      </div>
      <p className="note">
        The JSON uses the schema of the PyTorch reference runs (weights, inputs, every step&apos;s state, gates, gradients);{' '}
        <code>npm run replay</code> recomputes it.
      </p>
      {error && (
        <p className="message" role="alert">
          {error}
        </p>
      )}
      <h3>PyTorch code for this configuration</h3>
      <label className="inline">
        <input type="checkbox" checked={withWeights} onChange={(e) => setWithWeights(e.target.checked)} /> include the weights (reproduces
        these exact numbers)
      </label>
      <div className="code-box">
        <textarea ref={codeRef} readOnly value={code} rows={Math.min(14, code.split('\n').length)} aria-label="PyTorch code" spellCheck={false} />
        <CopyButton text={code} label="Copy PyTorch code" fallbackTarget={() => codeRef.current} />
      </div>
    </section>
  );
});
