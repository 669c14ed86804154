// OKLab and OKLCH for culori without its CIELAB modes. culori builds `modeOklab` and `modeOklch` by spreading
// its `lab` and `lch` definitions, so importing them bundles the CIELAB, CIELCh and XYZ conversions and parsers
// (about 1 kB gzip) that nothing here uses. These are the same definitions (same conversions, parsers, ranges,
// interpolators and hue difference), written out, so only the OK spaces come along.
import {
  convertLabToLch,
  convertLchToLab,
  convertOklabToRgb,
  convertRgbToOklab,
  differenceHueChroma,
  fixupAlpha,
  fixupHueShorter,
  interpolatorLinear,
  type Oklab,
  type Oklch,
  parseOklab,
  parseOklch,
  type useMode,
} from "culori/fn";

type Definition = Parameters<typeof useMode>[0];

// culori's polar conversions take the target mode as a second argument, which its types leave out.
const toLab = convertLchToLab as unknown as (c: Oklch, mode: "oklab") => Oklab;
const toLch = convertLabToLch as unknown as (c: Oklab, mode: "oklch") => Oklch;

const alpha = { use: interpolatorLinear, fixup: fixupAlpha };

export const okLabMode = {
  mode: "oklab",
  channels: ["l", "a", "b", "alpha"],
  toMode: { rgb: convertOklabToRgb },
  fromMode: { rgb: convertRgbToOklab },
  ranges: { l: [0, 1], a: [-0.4, 0.4], b: [-0.4, 0.4] },
  parse: [parseOklab],
  interpolate: { l: interpolatorLinear, a: interpolatorLinear, b: interpolatorLinear, alpha },
} as unknown as Definition;

export const okLchMode = {
  mode: "oklch",
  channels: ["l", "c", "h", "alpha"],
  toMode: {
    oklab: (c: Oklch) => toLab(c, "oklab"),
    rgb: (c: Oklch) => convertOklabToRgb(toLab(c, "oklab")),
  },
  fromMode: {
    rgb: (c: Parameters<typeof convertRgbToOklab>[0]) => toLch(convertRgbToOklab(c), "oklch"),
    oklab: (c: Oklab) => toLch(c, "oklch"),
  },
  ranges: { l: [0, 1], c: [0, 0.4], h: [0, 360] },
  parse: [parseOklch],
  interpolate: {
    h: { use: interpolatorLinear, fixup: fixupHueShorter },
    c: interpolatorLinear,
    l: interpolatorLinear,
    alpha,
  },
  difference: { h: differenceHueChroma },
} as unknown as Definition;
