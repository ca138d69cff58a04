/**
 * "Export playback as video", for slide tools that cannot embed a page (Google Slides, Keynote,
 * offline PowerPoint): the timeline (and optionally the memory chart) stepping through the sequence
 * at the chosen speed, each frame the same figure the PNG export draws — title with the step
 * counter, the drawing, the legend. WebM is encoded with WebCodecs (VP8) and muxed by mediabunny
 * with exact timestamps, so it is made faster than real time and lasts steps × speed; the GIF is
 * encoded by gifenc. No server: everything happens in the page. Loaded only when asked for.
 */
import { BufferTarget, CanvasSource, Output, QUALITY_HIGH, WebMOutputFormat } from 'mediabunny';
import { GIFEncoder, applyPalette, quantize } from 'gifenc';
import { docSize, drawSvgDocument } from './exportFigure';

export interface PlaybackFrames {
  /** How many frames (steps). */
  count: number;
  /** Draw frame `i` (0-based step) as an SVG document (the figure export's). */
  svgAt: (i: number) => Promise<string>;
}

/** Draw frame `svg` over the last one (a canvas rounded up to even sides has a margin the frame does not cover). */
async function drawFrame(svg: string, ctx: CanvasRenderingContext2D): Promise<void> {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  await drawSvgDocument(svg, ctx, 1);
}

/** A canvas as large as the first frame, with even sides (VP8 needs them). */
async function canvasFor(frames: PlaybackFrames): Promise<{ ctx: CanvasRenderingContext2D; first: string }> {
  const first = await frames.svgAt(0);
  const { width, height } = docSize(first);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width / 2) * 2;
  canvas.height = Math.ceil(height / 2) * 2;
  const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
  return { ctx, first };
}

export function canEncodeWebm(): boolean {
  return typeof VideoEncoder !== 'undefined';
}

/** The playback as WebM: one frame per step, each shown for `msPerStep`. */
export async function playbackWebm(
  frames: PlaybackFrames,
  msPerStep: number,
  onProgress: (done: number) => void,
): Promise<Blob> {
  if (!canEncodeWebm())
    throw new Error('this browser cannot encode video (no WebCodecs); the GIF works everywhere');
  const { ctx, first } = await canvasFor(frames);
  const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
  // A key frame every step: any frame a reader seeks to is exact.
  const source = new CanvasSource(ctx.canvas, { codec: 'vp8', quality: QUALITY_HIGH, keyFrameInterval: 0 });
  output.addVideoTrack(source, { frameRate: 1000 / msPerStep });
  await output.start();
  const dt = msPerStep / 1000;
  for (let i = 0; i < frames.count; i++) {
    await drawFrame(i === 0 ? first : await frames.svgAt(i), ctx);
    await source.add(i * dt, dt);
    onProgress(i + 1);
  }
  await output.finalize();
  return new Blob([output.target.buffer as ArrayBuffer], { type: 'video/webm' });
}

/** The playback as an animated GIF that loops (slide tools play GIFs everywhere). */
export async function playbackGif(
  frames: PlaybackFrames,
  msPerStep: number,
  onProgress: (done: number) => void,
): Promise<Blob> {
  const { ctx, first } = await canvasFor(frames);
  const gif = GIFEncoder();
  const { width, height } = ctx.canvas;
  for (let i = 0; i < frames.count; i++) {
    await drawFrame(i === 0 ? first : await frames.svgAt(i), ctx);
    const { data } = ctx.getImageData(0, 0, width, height);
    const palette = quantize(data, 256);
    gif.writeFrame(applyPalette(data, palette), width, height, {
      palette,
      delay: msPerStep,
      ...(i === 0 ? { repeat: 0 } : {}),
    });
    onProgress(i + 1);
    // Each frame is its own task: the page stays responsive while a long sequence encodes.
    await new Promise((r) => setTimeout(r, 0));
  }
  gif.finish();
  return new Blob([gif.bytes() as Uint8Array<ArrayBuffer>], { type: 'image/gif' });
}
