/**
 * "Export playback as video", for slide tools that cannot embed a page (Google Slides, Keynote,
 * offline PowerPoint): the timeline (and optionally the memory chart) stepping through the sequence
 * at the chosen speed, each frame the same figure the PNG export draws — title with the step
 * counter, the drawing, the legend; a video's frames are 16:9, a slide's shape (slideFrame.ts), and
 * a GIF keeps the figure's size. MP4 (H.264) and WebM (VP8) are encoded with WebCodecs and muxed
 * by mediabunny with exact timestamps, so they are made faster than real time and last steps ×
 * speed; the GIF is encoded by gifenc. No server: everything happens in the page. Loaded only when
 * asked for.
 */
import {
  BufferTarget,
  CanvasSource,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
} from 'mediabunny';
import { GIFEncoder, applyPalette, quantize } from 'gifenc';
import { docSize, drawSvgDocument } from './exportFigure';
import { slideFrame } from './slideFrame';
import type { SlideFrame } from './slideFrame';
import type { VideoKind } from './videoSupport';

export interface PlaybackFrames {
  /** How many frames (steps). */
  count: number;
  /** Draw frame `i` (0-based step) as an SVG document (the figure export's). */
  svgAt: (i: number) => Promise<string>;
}

/** Draw frame `svg` on white, scaled and centred as `frame` says (SVG, so a larger frame stays sharp). */
async function drawFrame(svg: string, ctx: CanvasRenderingContext2D, frame: SlideFrame): Promise<void> {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.translate(frame.x, frame.y);
  await drawSvgDocument(svg, ctx, frame.scale);
}

/** A 16:9 canvas for the first frame's figure: Full HD for video, the figure's own scale for a GIF. */
async function canvasFor(
  frames: PlaybackFrames,
  kind: 'video' | 'gif',
): Promise<{ ctx: CanvasRenderingContext2D; first: string; frame: SlideFrame }> {
  const first = await frames.svgAt(0);
  const frame = slideFrame(docSize(first), kind);
  const canvas = document.createElement('canvas');
  canvas.width = frame.width;
  canvas.height = frame.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
  return { ctx, first, frame };
}

const CODEC = { mp4: 'avc', webm: 'vp8' } as const;

/** The playback as MP4 or WebM: one frame per step, each shown for `msPerStep`. */
export async function playbackVideo(
  frames: PlaybackFrames,
  kind: VideoKind,
  msPerStep: number,
  onProgress: (done: number) => void,
): Promise<Blob> {
  const { ctx, first, frame } = await canvasFor(frames, 'video');
  const format = kind === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat();
  const output = new Output({ format, target: new BufferTarget() });
  // A key frame every step: any frame a reader seeks to is exact.
  const source = new CanvasSource(ctx.canvas, {
    codec: CODEC[kind],
    quality: QUALITY_HIGH,
    keyFrameInterval: 0,
  });
  output.addVideoTrack(source, { frameRate: 1000 / msPerStep });
  await output.start();
  const dt = msPerStep / 1000;
  for (let i = 0; i < frames.count; i++) {
    await drawFrame(i === 0 ? first : await frames.svgAt(i), ctx, frame);
    await source.add(i * dt, dt);
    onProgress(i + 1);
  }
  await output.finalize();
  return new Blob([output.target.buffer as ArrayBuffer], {
    type: kind === 'mp4' ? 'video/mp4' : 'video/webm',
  });
}

/** The playback as an animated GIF that loops (slide tools play GIFs everywhere). */
export async function playbackGif(
  frames: PlaybackFrames,
  msPerStep: number,
  onProgress: (done: number) => void,
): Promise<Blob> {
  const { ctx, first, frame } = await canvasFor(frames, 'gif');
  const gif = GIFEncoder();
  const { width, height } = ctx.canvas;
  for (let i = 0; i < frames.count; i++) {
    await drawFrame(i === 0 ? first : await frames.svgAt(i), ctx, frame);
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
