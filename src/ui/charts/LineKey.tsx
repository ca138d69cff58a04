/** A chart's legend as a list: each line's colour, width and dash beside its name (the shape carries it without colour). */
export interface KeyLine {
  name: string;
  color: string;
  width?: number;
  dash?: string;
}

export function LineKey({ lines }: { lines: readonly KeyLine[] }) {
  return (
    <ul className="chart-key s2s-key">
      {lines.map((l) => (
        <li key={l.name} className="chart-key-item">
          <svg width="26" height="10" aria-hidden="true">
            <line
              x1="1"
              x2="25"
              y1="5"
              y2="5"
              stroke={l.color}
              strokeWidth={l.width ?? 2.5}
              strokeDasharray={l.dash}
            />
          </svg>
          {l.name}
        </li>
      ))}
    </ul>
  );
}
