// Colour maths via culori's tree-shakeable `culori/fn` build. Modes are registered on first use, not at import,
// so importing @movekit/tokens has no side effects.
import {
  type Color,
  converter,
  convertRgbToLrgb,
  formatHex,
  inGamut,
  modeHsl,
  modeRgb,
  type Oklab,
  type Oklch,
  parse,
  type Rgb,
  toGamut,
  useMode,
} from "culori/fn";
import { okLabMode, okLchMode } from "./culori-modes";

type Converters = {
  toOklch: (c: Color) => Oklch;
  toOklab: (c: Color) => Oklab;
  toRgb: (c: Color) => Rgb;
  inSrgb: (c: Color) => boolean;
  mapToSrgb: (c: Color) => Rgb;
};
let converters: Converters | undefined;

function setup(): Converters {
  if (!converters) {
    // No linear-RGB mode: OKLab converts to and from sRGB directly, and contrast linearises below.
    useMode(modeRgb);
    useMode(modeHsl);
    useMode(okLabMode);
    const toOklch = useMode(okLchMode) as unknown as (c: Color) => Oklch;
    converters = {
      toOklch,
      toOklab: converter("oklab") as (c: Color) => Oklab,
      toRgb: converter("rgb") as (c: Color) => Rgb,
      inSrgb: inGamut("rgb"),
      // CSS Color 4 gamut mapping: keeps lightness and hue, reduces chroma until the colour fits sRGB.
      mapToSrgb: toGamut("rgb", "oklch") as (c: Color) => Rgb,
    };
  }
  return converters;
}

/** A colour in OKLCH: lightness 0–1, chroma ≥ 0, hue in degrees. */
export interface OklchColor {
  l: number;
  c: number;
  h: number;
}

/** Parses any CSS colour (hex, rgb(), hsl(), oklch(), named) or returns undefined. Alpha is not allowed. */
export function parseColor(input: string): Color | undefined {
  setup();
  const color = parse(input.trim());
  if (!color || (color.alpha !== undefined && color.alpha < 1)) return undefined;
  return color;
}

function requireColor(input: string): Color {
  const color = parseColor(input);
  if (!color) throw new TypeError(`"${input}" is not an opaque CSS colour (try a hex value like #005eb8).`);
  return color;
}

/** Normalises any CSS colour to lower-case #rrggbb, mapping out-of-gamut colours into sRGB. */
export function toHex(input: string | OklchColor): string {
  const { toRgb, inSrgb, mapToSrgb } = setup();
  const color: Color = typeof input === "string" ? requireColor(input) : { mode: "oklch", ...input };
  // In-gamut colours convert directly, so a clinic's "#ffdd00" stays exactly that.
  return formatHex(inSrgb(color) ? toRgb(color) : mapToSrgb(color));
}

/** The colour's OKLCH coordinates (hue 0 for greys). */
export function toOklch(input: string): OklchColor {
  const { toOklch: convert } = setup();
  const { l, c, h } = convert(requireColor(input));
  return { l, c, h: h ?? 0 };
}

/**
 * WCAG 2 contrast ratio between two opaque colours, unrounded (1–21).
 * Uses the sRGB relative-luminance formula with the 0.04045 linearisation threshold.
 */
export function contrastRatio(a: string, b: string): number {
  const { toRgb } = setup();
  // culori's wcagContrast, without registering its linear-RGB mode (bytes every importer paid for).
  const luminance = (input: string) => {
    const { r, g, b } = convertRgbToLrgb(toRgb(requireColor(input)));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/**
 * Perceptual difference between two colours: the Euclidean distance in OKLab (ΔE OK), which weighs lightness,
 * chroma and hue together. 0.02 is about the smallest difference people notice (CSS Color 4's gamut-mapping JND).
 */
export function colorDifference(a: string, b: string): number {
  const { toOklab } = setup();
  const x = toOklab(requireColor(a));
  const y = toOklab(requireColor(b));
  return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
}
