/**
 * A heat lane of T x H cells for the bidirectional views (the reader's sentence with random weights,
 * the trained tagger): columns are tokens, rows units, colour the state value as in the timeline.
 */
import { memo, useMemo } from 'react';
import { binnedPaths } from '../../../ui/charts/binnedPaths';

export const COL = 46;
export const ROW = 7;
export const LEFT = 92;

/**
 * One lane of T × H cells as one path per colour step (25,600 rects at 200 × 64 otherwise). A
 * component of its own, so React can yield between the two lanes when a new run arrives.
 */
export const HeatLane = memo(function HeatLane({
  data,
  T,
  H,
  y0,
  extent,
}: {
  data: Float64Array;
  T: number;
  H: number;
  y0: number;
  extent: number;
}) {
  const paths = useMemo(() => {
    const cells = function* () {
      for (let t = 0; t < T; t++)
        for (let j = 0; j < H; j++)
          yield {
            v: data[t * H + j] / extent,
            x: LEFT + t * COL + 4,
            y: y0 + j * ROW,
            w: COL - 8,
            h: ROW - 1,
          };
    };
    return binnedPaths(cells());
  }, [data, T, H, y0, extent]);
  return (
    <g>
      {paths.map((b) => (
        <path key={b.bin} d={b.d} fill={b.fill} />
      ))}
    </g>
  );
});
