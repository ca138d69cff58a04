/**
 * Where a figure sits on a frame of the playback. A video is a slide's shape, Full HD 16:9
 * (1920×1080), with the figure scaled to fill it and centred on white rather than stretched — drawn
 * from SVG, so it stays sharp on a projector. A GIF is placed on a slide as an image, which the slide
 * tool sizes and crops freely, so it keeps the figure's own size (GIF compresses drawings poorly: at
 * 1080p a long sequence would run to many MB). Sides are even: H.264 and VP8 need them.
 */
export interface SlideFrame {
  width: number;
  height: number;
  /** Figure pixels → frame pixels. */
  scale: number;
  /** The figure's top-left corner on the frame. */
  x: number;
  y: number;
}

const even = (n: number) => Math.ceil(n / 2) * 2;

export function slideFrame(figure: { width: number; height: number }, kind: 'video' | 'gif'): SlideFrame {
  const w = Math.max(1, figure.width);
  const h = Math.max(1, figure.height);
  if (kind === 'gif') return { width: even(w), height: even(h), scale: 1, x: 0, y: 0 };
  const width = 1920;
  const height = 1080;
  const scale = Math.min(width / w, height / h);
  return { width, height, scale, x: (width - w * scale) / 2, y: (height - h * scale) / 2 };
}
