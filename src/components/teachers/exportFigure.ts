/**
 * Export a drawn figure (an <svg> on the page) as a standalone SVG file or a 2x PNG. The page's
 * stylesheet colours the SVG, so the computed styles are inlined into the copy first.
 */
const STYLE_PROPS = [
  'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-weight', 'font-family',
  'text-anchor', 'dominant-baseline',
];

export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const dst = [copy, ...Array.from(copy.querySelectorAll('*'))];
  src.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    (dst[i] as SVGElement).setAttribute('style', style);
  });
  const { width, height } = svgSize(svg);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('class');
  // A background so the figure reads on any slide.
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  const vb = svg.viewBox.baseVal;
  bg.setAttribute('x', String(vb.x));
  bg.setAttribute('y', String(vb.y));
  bg.setAttribute('width', String(vb.width || width));
  bg.setAttribute('height', String(vb.height || height));
  bg.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#fff');
  copy.insertBefore(bg, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const vb = svg.viewBox.baseVal;
  return { width: Math.round(vb?.width || svg.clientWidth), height: Math.round(vb?.height || svg.clientHeight) };
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

export function downloadSvg(svg: SVGSVGElement, name: string): void {
  download(`${name}.svg`, new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }));
}

/** Rasterise at 2x the figure's own size (crisp on slides and high-DPI screens). */
export async function downloadPng(svg: SVGSVGElement, name: string): Promise<void> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
    download(`${name}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadJson(name: string, value: unknown): void {
  download(`${name}.json`, new Blob([JSON.stringify(value)], { type: 'application/json' }));
}
