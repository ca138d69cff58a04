/**
 * A QR code of `text` (uqr encodes it; drawn here as one SVG path, dark modules on white with the
 * 4-module quiet zone scanners need, in any colour scheme). Error correction M: a phone camera
 * reads it from a projected slide or a screen across a desk.
 */
import { useMemo } from 'react';
import { encode } from 'uqr';

export function QrCode({ text, label, px = 180 }: { text: string; label: string; px?: number }) {
  const { size, d } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 4 });
    let path = '';
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) path += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { size: qr.size, d: path };
  }, [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={px}
      height={px}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
