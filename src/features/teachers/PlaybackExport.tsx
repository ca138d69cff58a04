/**
 * "Export playback as video": the timeline stepping through the sequence at the chosen speed, as
 * MP4, WebM or an animated GIF (playbackVideo.ts), each named for its cell and length. The page steps through the sequence while it records
 * (each frame is the figure export of that step) and returns to the step it was on.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Run } from '../../compute/run';
import { download, standaloneSvg, stackSvgs, windowAround } from './exportFigure';
import { figureOptions } from './figureOptions';
import { findFigure } from '../../ui/shared/figureHooks';
import { canEncode } from './videoSupport';
import type { VideoKind } from './videoSupport';

interface Props {
  run: Run;
  step: number;
  speedMs: number;
  select: (step: number) => void;
  drawWhole?: (on: boolean) => void;
}

export function PlaybackExport({ run, step, speedMs, select, drawWhole }: Props) {
  const [withChart, setWithChart] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [encodes, setEncodes] = useState<Record<VideoKind, boolean | null>>({ mp4: null, webm: null });
  const T = run.labels.length;

  useEffect(() => {
    let live = true;
    void Promise.all([canEncode('mp4'), canEncode('webm')]).then(
      ([mp4, webm]) => live && setEncodes({ mp4, webm }),
    );
    return () => {
      live = false;
    };
  }, []);

  async function record(kind: VideoKind | 'gif') {
    const timeline = findFigure<SVGSVGElement>('timeline');
    const chart = findFigure<SVGSVGElement>('memory-chart');
    const scroller = findFigure<HTMLElement>('timeline-scroller');
    if (!timeline || (withChart && !chart)) return;
    // The window the reader sees (the PNG export's "only the part on screen"), moved along with the step.
    const width = scroller?.clientWidth || 960;
    const back = step;
    setBusy(true);
    setStatus(`Recording step 1 of ${T}…`);
    try {
      const video = await import('./playbackVideo');
      const frames = {
        count: T,
        async svgAt(i: number) {
          flushSync(() => select(i));
          drawWhole?.(true);
          try {
            const opts = figureOptions('rnn-timeline', run, i, false);
            const top = standaloneSvg(timeline, { ...opts, window: windowAround(timeline, i, width) });
            return withChart && chart
              ? stackSvgs(
                  top,
                  standaloneSvg(chart, { ...figureOptions('rnn-memory-chart', run, i, false), prefix: 'c' }),
                )
              : top;
          } finally {
            drawWhole?.(false);
          }
        },
      };
      const progress = (done: number) => setStatus(`Recording step ${Math.min(done + 1, T)} of ${T}…`);
      const blob =
        kind === 'gif'
          ? await video.playbackGif(frames, speedMs, progress)
          : await video.playbackVideo(frames, kind, speedMs, progress);
      const name = `rnn-${run.config.cell}-playback-${T}-steps${withChart ? '-with-chart' : ''}.${kind}`;
      download(name, blob);
      setStatus(`Saved ${name}: ${T} steps × ${speedMs} ms = ${((T * speedMs) / 1000).toFixed(1)} s.`);
    } catch (e) {
      setStatus(`Could not record the video: ${(e as Error).message}`);
    } finally {
      flushSync(() => select(back));
      setBusy(false);
    }
  }

  return (
    <div className="playback-export">
      <h3>Playback as a video</h3>
      <p className="note">
        For slides that cannot show a live page (Google Slides, Keynote, PowerPoint offline): the timeline
        steps through all {T} steps at the playback speed ({speedMs} ms a step), each frame titled with its
        step. <strong>MP4</strong> (H.264, 1920×1080) plays in PowerPoint, Keynote, Google Slides (from Drive)
        and browsers; <strong>WebM</strong> (VP8, 1920×1080) in browsers and VLC — both 16:9, a slide's shape;
        the <strong>GIF</strong> loops as an image in any slide tool, without a pause button.
      </p>
      <label className="inline">
        <input type="checkbox" checked={withChart} onChange={(e) => setWithChart(e.target.checked)} /> include
        the memory chart
      </label>
      <div className="export-buttons">
        {(['mp4', 'webm'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            disabled={busy || encodes[kind] !== true}
            onClick={() => void record(kind)}
          >
            Download playback ({kind === 'mp4' ? 'MP4' : 'WebM'})
          </button>
        ))}
        <button type="button" disabled={busy} onClick={() => void record('gif')}>
          Download playback (GIF)
        </button>
      </div>
      {(encodes.mp4 === false || encodes.webm === false) && (
        <p className="note">
          {encodes.webm === false
            ? 'This browser cannot encode video (no WebCodecs); the GIF works everywhere.'
            : 'This browser has no H.264 encoder for MP4; WebM and GIF work here.'}
        </p>
      )}
      <p role="status" className="note">
        {status}
      </p>
    </div>
  );
}
