import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { slideFrame } from '../../../src/features/teachers/slideFrame';

describe('slideFrame: where a figure sits on a playback frame', () => {
  it('puts the 1206×594 timeline-and-chart figure on a 1920×1080 frame, filling its width, centred', () => {
    const f = slideFrame({ width: 1206, height: 594 }, 'video');
    expect([f.width, f.height]).toEqual([1920, 1080]);
    expect(f.x).toBeCloseTo(0, 9);
    expect(f.scale * 1206).toBeCloseTo(1920, 9);
    expect(f.y * 2 + 594 * f.scale).toBeCloseTo(1080, 9);
  });

  it('keeps any figure whole, unstretched and centred on the video frame; a GIF at its own even size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 20000 }), (w, h) => {
        const f = slideFrame({ width: w, height: h }, 'video');
        expect(f.width * 9).toBe(f.height * 16);
        // Whole: inside the frame; filling: touching two opposite sides; centred.
        expect(w * f.scale).toBeLessThanOrEqual(f.width + 1e-6);
        expect(h * f.scale).toBeLessThanOrEqual(f.height + 1e-6);
        expect(Math.min(f.width - w * f.scale, f.height - h * f.scale)).toBeCloseTo(0, 6);
        expect(f.x).toBeCloseTo((f.width - w * f.scale) / 2, 6);
        const g = slideFrame({ width: w, height: h }, 'gif');
        expect(g.scale).toBe(1);
        expect((g.width % 2) + (g.height % 2)).toBe(0);
        expect(g.width - w).toBeLessThanOrEqual(1);
        expect(g.height - h).toBeLessThanOrEqual(1);
      }),
    );
  });
});
