import { contrastRatio, type OklchColor, toHex, toOklch } from "./color";

export { contrastRatio };

/** WCAG minimums: 4.5:1 for text, 3:1 for UI boundaries, focus indicators and icons. */
export const CONTRAST_MINIMUM = { text: 4.5, nonText: 3 } as const;

/** True when the ratio meets the minimum. Never rounds: 2.995:1 fails 3:1. */
export function meetsContrast(ratio: number, minimum: number): boolean {
  return ratio >= minimum;
}

/** Whether `foreground` on `background` meets `minimum`, with the exact ratio. */
export function checkPair(
  foreground: string,
  background: string,
  minimum: number = CONTRAST_MINIMUM.text,
): { ratio: number; passes: boolean } {
  const ratio = contrastRatio(foreground, background);
  return { ratio, passes: meetsContrast(ratio, minimum) };
}

/**
 * A ratio for people to read, truncated (not rounded) to two decimals so a failing 2.995 shows as "2.99:1",
 * never as a passing-looking "3.00:1".
 */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** A colour that must keep at least `minimum` contrast against `color`. */
export interface ContrastConstraint {
  color: string;
  minimum: number;
}

function satisfiesAll(hex: string, constraints: readonly ContrastConstraint[]): boolean {
  return constraints.every((c) => meetsContrast(contrastRatio(hex, c.color), c.minimum));
}

const STEP = 0.005;

/**
 * The colour nearest to `color` in OKLCH lightness (same hue and chroma, gamut-mapped to sRGB) that meets every
 * constraint, or undefined when no lightness does. Searches outwards in both directions, then narrows the first
 * passing step down so the answer changes the colour as little as possible.
 */
export function nearestPassingColor(color: string, constraints: readonly ContrastConstraint[]): string | undefined {
  const start = toHex(color);
  if (satisfiesAll(start, constraints)) return start;
  const base = toOklch(start);
  const at = (l: number): string => toHex({ ...base, l } satisfies OklchColor);
  for (let distance = STEP; distance <= 1 + STEP; distance += STEP) {
    for (const direction of [-1, 1]) {
      const l = base.l + direction * distance;
      if (l < 0 || l > 1) continue;
      if (!satisfiesAll(at(l), constraints)) continue;
      // Bisect between the last failing and this passing lightness for the closest passing colour.
      let failing = base.l + direction * (distance - STEP);
      let passing = l;
      for (let i = 0; i < 16; i++) {
        const mid = (failing + passing) / 2;
        if (satisfiesAll(at(mid), constraints)) passing = mid;
        else failing = mid;
      }
      return at(passing);
    }
  }
  return undefined;
}

/** Moves a colour's OKLCH lightness by `delta`, clamped to 0–1, keeping hue and chroma where sRGB allows. */
export function shiftLightness(color: string, delta: number): string {
  const base = toOklch(color);
  return toHex({ ...base, l: Math.min(1, Math.max(0, base.l + delta)) });
}
