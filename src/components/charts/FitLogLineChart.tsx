/**
 * A LogLineChart drawn at the width it is shown at. A fixed 760-unit viewBox shrunk into a 340 px
 * phone column turns 11 px tick labels into 5 px ones; measuring the column (before the first
 * paint, so nothing jumps) keeps every label at its real size. The height follows the designed
 * aspect ratio, with a floor so narrow charts stay readable.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { LogLineChart } from './LogLineChart';
import type { LogLineChartProps } from './LogLineChart';

const MIN_HEIGHT = 190;

export function FitLogLineChart(props: LogLineChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setMeasured(el.clientWidth);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  // jsdom (tests) measures 0: draw at the designed size.
  const width = measured > 0 ? measured : props.width;
  const height = measured > 0 ? Math.max(MIN_HEIGHT, Math.round((props.height * width) / props.width)) : props.height;
  return (
    <div ref={ref} className="fit-chart">
      <LogLineChart {...props} width={width} height={height} />
    </div>
  );
}
