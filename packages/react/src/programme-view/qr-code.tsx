import { useMemo } from "react";
import { encode } from "uqr";

export interface QrCodeProps {
  /** The https URL the code opens. */
  value: string;
  /** Text alternative: what scanning it opens. */
  label: string;
  className?: string;
}

/** One SVG path for all dark modules: small output, no innerHTML, crisp at any print size. */
function qrPath(value: string): { size: number; d: string } {
  const { data, size } = encode(value, { ecc: "M", border: 2 });
  let d = "";
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return { size, d };
}

/**
 * A QR code as React SVG elements (encoded by uqr), for printed handouts.
 * @selector [data-slot="qr-code"]
 */
export function QrCode({ value, label, className }: QrCodeProps) {
  const { size, d } = useMemo(() => qrPath(value), [value]);
  return (
    <svg
      className={className}
      data-slot="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
