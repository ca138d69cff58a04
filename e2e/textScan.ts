/**
 * Every element that draws text directly, visible, checked for size as drawn (SVG text measured
 * through its transform to the screen, so a scaled-down chart counts at the size it is seen) and
 * for being inside the viewport and every clipping box. Runs in the page (page.evaluate).
 */
interface Problem {
  text: string;
  why: string;
}

/** Every element that draws text directly, visible, checked for size and for being inside the viewport and every clipping box. */
export function scanText(minPx: number): Problem[] {
  const problems: Problem[] = [];
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const eps = 1;
  for (const el of Array.from(document.querySelectorAll<HTMLElement | SVGElement>('body *'))) {
    const own = Array.from(el.childNodes).some(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
    );
    if (!own || el.closest('.visually-hidden, [aria-hidden="true"] title, title, style, script')) continue;
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || cs.display === 'none') continue;
    const text = (el.textContent ?? '').trim().slice(0, 40);
    // The timeline is a window onto the whole sequence (like a scroller): what lies beyond its
    // edges is not cut, it is further along.
    const strip = el.closest('svg.timeline');
    if (strip) {
      const b = strip.getBoundingClientRect();
      if (r.left < b.left || r.right > b.right) continue;
    }
    let px = parseFloat(cs.fontSize);
    if (el instanceof SVGGraphicsElement) {
      const m = el.getScreenCTM();
      if (m) px *= Math.hypot(m.a, m.b);
    }
    // Sub- and superscripts are parts of a label, drawn smaller by convention.
    const isScript =
      el.closest('sub, sup') !== null ||
      (el.tagName === 'tspan' && el.getAttribute('baseline-shift') !== null);
    if (!isScript && px < minPx - 0.01) problems.push({ text, why: `font ${px.toFixed(1)} px` });
    if (r.left < -eps || r.top < -eps || r.right > vw + eps || r.bottom > vh + eps)
      problems.push({
        text,
        why: `outside the ${vw}×${vh} screen: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
      });
    // Inside every ancestor that clips (overflow other than visible), unless that ancestor scrolls on purpose (the timeline is windowed, not cut).
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const o = getComputedStyle(a);
      if (o.overflowX === 'visible' && o.overflowY === 'visible') continue;
      const b = a.getBoundingClientRect();
      if (r.bottom > b.bottom + eps || r.top < b.top - eps)
        problems.push({ text, why: `cut by its box (${a.className || a.tagName})` });
      break;
    }
  }
  return problems;
}
