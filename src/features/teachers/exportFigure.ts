import { AUTHORS, CONTENT_LICENCE_URL, VERSION, figureRights } from '../../content/about';
import { withPngText } from './pngText';
/**
 * Export a drawn figure (an <svg> on the page) as a standalone SVG file or a 2× PNG fit for a
 * slide: a title, the figure (whole, or only the window the reader sees), and a legend (the colour
 * scale, or the cells' line styles). The page's stylesheet colours the SVG, so the computed styles
 * are copied into the file — once each, as classes in one <style> block (a 64-step timeline with a
 * style attribute on every element was ~1 MB). Fonts are named with generic fallbacks, and only
 * with names SVG renderers outside the browser understand (librsvg, Inkscape).
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'font-family',
  'text-anchor',
  'dominant-baseline',
  // A label's halo is a stroke painted under its fill: without these the stroke covers the letters.
  'paint-order',
  'stroke-linejoin',
];
/** What renderers outside a browser do not know (system-ui, -apple-system) is dropped; a generic family always ends the list. */
export function portableFontFamily(family: string): string {
  const names = family
    .split(',')
    .map((f) => f.trim())
    .filter(
      (f) =>
        f !== '' &&
        !/^(system-ui|-apple-system|BlinkMacSystemFont|ui-sans-serif)$/i.test(f.replace(/["']/g, '')),
    );
  const generic = /^(sans-serif|serif|monospace|cursive|fantasy)$/i;
  const fallbacks = ['"Helvetica Neue"', 'Arial', '"DejaVu Sans"', 'sans-serif'];
  const body = names.filter((n) => !generic.test(n));
  const last = names.find((n) => generic.test(n));
  const out = [
    ...body,
    ...fallbacks.filter((f) => !body.some((b) => b.replace(/["']/g, '') === f.replace(/["']/g, ''))),
  ];
  if (last && last !== 'sans-serif') out.splice(out.length - 1, 1, last);
  return out.join(', ');
}

export type FigureLegend =
  | { kind: 'scale'; label: string; min: string; max: string; color: (t: number) => string }
  | { kind: 'lines'; items: { label: string; color: string; width: number; dash?: string }[] };

export interface FigureOptions {
  title: string;
  legend: FigureLegend;
  /** Only this horizontal window of the figure, in its own units (the part of the timeline on screen). */
  window?: { x: number; width: number };
  background?: string;
  /**
   * Starts the file's class names and ids. Two exports stacked in one document (the video's timeline
   * and chart) need different ones, or the second's rules restyle the first.
   */
  prefix?: string;
}

const TITLE_H = 34;
const LEGEND_H = 40;

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The figure's drawing with the page's computed styles as classes in one style block. */
function styledCopy(svg: SVGSVGElement, prefix: string): { copy: SVGSVGElement; css: string } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const dst = [copy, ...Array.from(copy.querySelectorAll('*'))];
  const classes = new Map<string, string>();
  const drop: Element[] = [];
  src.forEach((from, i) => {
    const to = dst[i] as SVGElement;
    const cs = getComputedStyle(from);
    if (cs.display === 'none') {
      drop.push(to);
      return;
    }
    const decl = STYLE_PROPS.map((p) => {
      const v = cs.getPropertyValue(p);
      return `${p}:${p === 'font-family' ? portableFontFamily(v) : v}`;
    }).join(';');
    let cls = classes.get(decl);
    if (!cls) {
      cls = `${prefix}${classes.size}`;
      classes.set(decl, cls);
    }
    // Original classes are kept (a figure edited in Inkscape keeps its structure); styles come from sN.
    to.setAttribute('class', `${from.getAttribute('class') ?? ''} ${cls}`.trim());
    to.removeAttribute('style');
  });
  for (const d of drop) d.remove();
  const css = Array.from(classes, ([decl, cls]) => `.${cls}{${decl}}`).join('\n');
  return { copy, css };
}

function legendGroup(
  legend: FigureLegend,
  y: number,
  width: number,
  ink: string,
  prefix: string,
): SVGGElement {
  const g = el('g', { class: 'legend', transform: `translate(12,${y})`, 'font-size': 13, fill: ink });
  if (legend.kind === 'lines') {
    let x = 0;
    for (const it of legend.items) {
      g.append(
        el('line', {
          x1: x,
          x2: x + 30,
          y1: 14,
          y2: 14,
          stroke: it.color,
          'stroke-width': it.width,
          ...(it.dash ? { 'stroke-dasharray': it.dash } : {}),
        }),
      );
      g.append(el('text', { x: x + 36, y: 18 }, it.label));
      x += 48 + it.label.length * 8;
    }
    return g;
  }
  const w = Math.min(260, width - 24);
  const grad = el('linearGradient', { id: `${prefix}-legend-scale`, x1: 0, x2: 1, y1: 0, y2: 0 });
  for (let k = 0; k <= 10; k++)
    grad.append(el('stop', { offset: k / 10, 'stop-color': legend.color(-1 + (2 * k) / 10) }));
  g.append(el('defs', {}), grad);
  g.append(el('rect', { x: 0, y: 6, width: w, height: 10, fill: `url(#${prefix}-legend-scale)` }));
  g.append(el('text', { x: 0, y: 32 }, legend.min));
  g.append(el('text', { x: w / 2, y: 32, 'text-anchor': 'middle' }, '0'));
  g.append(el('text', { x: w, y: 32, 'text-anchor': 'end' }, legend.max));
  g.append(el('text', { x: w + 14, y: 16 }, legend.label));
  return g;
}

/** The figure as one standalone SVG document: title, drawing (or its window) and legend. */
export function standaloneSvg(svg: SVGSVGElement, opts: FigureOptions): string {
  const prefix = opts.prefix ?? 's';
  const { copy, css } = styledCopy(svg, prefix);
  const vb = svg.viewBox.baseVal;
  const full = svgSize(svg);
  const x = opts.window ? Math.max(vb?.x ?? 0, opts.window.x) : (vb?.x ?? 0);
  const w = Math.round(opts.window ? Math.min(opts.window.width, full.width) : full.width);
  const h = full.height;
  const width = Math.max(w, 420);
  const height = TITLE_H + h + LEGEND_H;
  const ink = getComputedStyle(document.body).color || '#1d1d28';
  const family = portableFontFamily(getComputedStyle(document.body).fontFamily);

  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(TITLE_H));
  copy.setAttribute('width', String(w));
  copy.setAttribute('height', String(h));
  copy.setAttribute('viewBox', `${x} ${vb?.y ?? 0} ${w} ${h}`);
  for (const a of ['role', 'aria-label', 'aria-labelledby', 'preserveAspectRatio']) copy.removeAttribute(a);
  copy.setAttribute('preserveAspectRatio', 'xMinYMin meet');

  const root = el('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': family,
  });
  // Who made it and under which licence, where slide tools and image viewers read it (RDF / Dublin Core).
  root.append(el('title', {}, opts.title));
  root.append(figureMetadata(opts.title));
  root.append(el('style', {}, css));
  root.append(
    el('rect', {
      x: 0,
      y: 0,
      width,
      height,
      fill: opts.background ?? (getComputedStyle(document.body).backgroundColor || '#fff'),
    }),
  );
  // A long title is set smaller rather than run off the figure (~0.56 em per character, bold).
  const titlePx = Math.max(11, Math.min(16, Math.floor((width - 24) / (opts.title.length * 0.56))));
  root.append(
    el(
      'text',
      { x: 12, y: 22, 'font-size': titlePx, 'font-weight': 700, fill: ink, class: 'figure-title' },
      opts.title,
    ),
  );
  root.append(copy);
  root.append(legendGroup(opts.legend, TITLE_H + h + 4, width, ink, prefix));
  return new XMLSerializer().serializeToString(root);
}

/** Two exported figures one above the other, as one SVG document (the video's timeline and chart). */
export function stackSvgs(top: string, bottom: string): string {
  const a = docSize(top);
  const b = docSize(bottom);
  const width = Math.max(a.width, b.width);
  const place = (svg: string, y: number) => svg.replace(/^<svg /, `<svg x="0" y="${y}" `);
  return `<svg xmlns="${SVG_NS}" width="${width}" height="${a.height + b.height}" viewBox="0 0 ${width} ${a.height + b.height}"><rect width="${width}" height="${a.height + b.height}" fill="#ffffff"/>${place(top, 0)}${place(bottom, a.height)}</svg>`;
}

/** Where the timeline's window goes to keep step `i` in the middle (as far as the strip allows). */
export function windowAround(svg: SVGSVGElement, i: number, width: number): { x: number; width: number } {
  const full = svgSize(svg).width;
  const cell = svg.querySelectorAll<SVGGraphicsElement>('g[role="button"]')[i];
  const box = cell?.getBBox?.();
  const centre = box ? box.x + box.width / 2 : 0;
  const w = Math.min(width, full);
  return { x: Math.max(0, Math.min(full - w, centre - w / 2)), width: w };
}

export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const vb = svg.viewBox.baseVal;
  return {
    width: Math.round(vb?.width || svg.clientWidth),
    height: Math.round(vb?.height || svg.clientHeight),
  };
}

/** The exported document's own size (title and legend included). */
export function docSize(text: string): { width: number; height: number } {
  const m = /^<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(text);
  return { width: Number(m?.[1] ?? 800), height: Number(m?.[2] ?? 400) };
}

export function download(filename: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSvg(svg: SVGSVGElement, name: string, opts: FigureOptions): void {
  download(`${name}.svg`, new Blob([standaloneSvg(svg, opts)], { type: 'image/svg+xml' }));
}

/** Draw an exported SVG document onto a canvas at `scale` × its own size (the PNG export, the video's frames). */
export async function drawSvgDocument(
  text: string,
  ctx: CanvasRenderingContext2D,
  scale: number,
): Promise<void> {
  const { width, height } = docSize(text);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    ctx.drawImage(img, 0, 0, width * scale, height * scale);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The figure's credit as RDF / Dublin Core: title, creator, rights, licence and the page's version. */
function figureMetadata(title: string): SVGElement {
  const meta = el('metadata', {});
  const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
  const DC = 'http://purl.org/dc/elements/1.1/';
  const CC = 'http://creativecommons.org/ns#';
  const rdf = document.createElementNS(RDF, 'rdf:RDF');
  const work = document.createElementNS(CC, 'cc:Work');
  const add = (ns: string, name: string, text: string) => {
    const e = document.createElementNS(ns, name);
    e.textContent = text;
    work.append(e);
  };
  add(DC, 'dc:title', title);
  add(DC, 'dc:creator', AUTHORS);
  add(DC, 'dc:rights', figureRights());
  add(DC, 'dc:source', `RNN Explainer ${VERSION}`);
  const licence = document.createElementNS(CC, 'cc:license');
  licence.setAttributeNS(RDF, 'rdf:resource', CONTENT_LICENCE_URL);
  work.append(licence);
  rdf.append(work);
  meta.append(rdf);
  return meta;
}

/**
 * The largest side a PNG is given: 16,384 px, the limit of common image tools and slide apps (a
 * 64-step strip at 2× was 18,592 px wide and would not open in them).
 */
export const PNG_MAX_SIDE = 16384;

/** 2× (crisp on slides and high-DPI screens), unless that would pass PNG_MAX_SIDE. */
export const pngScale = (width: number, height: number): number =>
  Math.min(2, PNG_MAX_SIDE / Math.max(1, width), PNG_MAX_SIDE / Math.max(1, height));

/** Rasterise at pngScale of the exported document's size; resolves to the figure's and the PNG's sizes. */
export async function downloadPng(
  svg: SVGSVGElement,
  name: string,
  opts: FigureOptions,
): Promise<{ width: number; scale: number; pngWidth: number }> {
  const text = standaloneSvg(svg, opts);
  const { width, height } = docSize(text);
  const scale = pngScale(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(width * scale);
  canvas.height = Math.floor(height * scale);
  await drawSvgDocument(text, canvas.getContext('2d') as CanvasRenderingContext2D, scale);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  download(`${name}.png`, await withPngText(blob, { Title: opts.title, Copyright: figureRights() }));
  return { width, scale, pngWidth: canvas.width };
}

export function downloadJson(name: string, value: unknown): void {
  download(`${name}.json`, new Blob([JSON.stringify(value)], { type: 'application/json' }));
}
