// Derives a full set of colour roles from a clinic's brand, in OKLCH so equal lightness steps look equal across
// hues. Derived colours are nudged (along lightness only) until they pass; the brand/accent colour in light mode is
// the clinic's own and is only checked, never silently changed.
import { toHex, toOklch } from "./color";
import { CONTRAST_MINIMUM, contrastRatio, nearestPassingColor, shiftLightness } from "./contrast";
import { darkColors, lightColors } from "./themes/builtin";
import { tierColors } from "./tiers";
import type { ColorScheme, ThemeColors } from "./tokens";

export interface DeriveInput {
  brand: string;
  accent?: string;
  neutral?: string;
}

// Derived colours aim a little above the minimum so rounding to hex never lands them on the edge.
const MARGIN = 0.3;
const TEXT = CONTRAST_MINIMUM.text;
const NON_TEXT = CONTRAST_MINIMUM.nonText;

/** Nearest colour to `start` that meets every minimum against `against`, with a margin when one exists. */
function ensure(start: string, against: readonly string[], minimum: number): string {
  const constraints = (min: number) => against.map((color) => ({ color, minimum: min }));
  return (
    nearestPassingColor(start, constraints(minimum + MARGIN)) ??
    nearestPassingColor(start, constraints(minimum)) ??
    start
  );
}

/** Of the candidates, the one with the most contrast against `background`. */
function mostContrasting(background: string, candidates: readonly string[]): string {
  return candidates.reduce((best, c) => (contrastRatio(c, background) > contrastRatio(best, background) ? c : best));
}

/** Lighter or darker by `step`, whichever moves away from `from` (so contrast with it only grows). */
function awayFrom(color: string, from: string, step: number): string {
  const direction = toOklch(from).l > toOklch(color).l ? -1 : 1;
  return shiftLightness(color, direction * step);
}

interface Tones {
  surface: number;
  muted: number;
  hover: number;
  text: number;
  textMuted: number;
  border: number;
}

const TONES: Record<ColorScheme, Tones> = {
  light: { surface: 1, muted: 0.965, hover: 0.93, text: 0.26, textMuted: 0.46, border: 0.56 },
  dark: { surface: 0.19, muted: 0.235, hover: 0.28, text: 0.95, textMuted: 0.82, border: 0.64 },
};

/** The colour roles for one scheme. */
export function deriveColors(scheme: ColorScheme, input: DeriveInput): ThemeColors {
  const tones = TONES[scheme];
  const brand = toOklch(input.brand);
  const neutral = input.neutral ? toOklch(input.neutral) : { h: brand.h, c: 0.006 };
  const grey = (l: number, maxChroma = 0.02) => toHex({ l, c: Math.min(neutral.c, maxChroma), h: neutral.h });
  const tint = (l: number) => toHex({ l, c: 0.012, h: brand.h });

  // Light surfaces stay pure white unless the clinic asks for a tinted neutral.
  const surface = scheme === "light" && !input.neutral ? "#ffffff" : grey(Math.min(tones.surface, 0.99), 0.012);
  const surfaceMuted = tint(tones.muted);
  const surfaceHover = tint(tones.hover);
  const surfaces = [surface, surfaceMuted, surfaceHover];
  const onSurface = ensure(grey(tones.text, 0.03), surfaces, TEXT);
  const onSurfaceMuted = ensure(grey(tones.textMuted, 0.03), [surface, surfaceMuted], TEXT);
  const border = ensure(grey(tones.border, 0.03), surfaces, NON_TEXT);

  const given = toHex(input.accent ?? input.brand);
  // Light: the clinic's colour exactly. Dark: the same hue made light enough to read on the dark surfaces.
  const accent = scheme === "light" ? given : ensure(given, [surface, surfaceMuted], TEXT);
  const onAccent = mostContrasting(accent, scheme === "light" ? ["#ffffff", onSurface] : [surface, onSurface]);
  const accentHover = awayFrom(accent, onAccent, 0.07);
  const accentActive = awayFrom(accent, onAccent, 0.14);

  // Status colours keep the kit's safety hues in every clinic theme; only their contrast is re-checked.
  const status = scheme === "light" ? lightColors : darkColors;
  const onStatus = (role: "caution" | "danger" | "success") => ensure(status[`on-${role}`], [status[role]], TEXT);
  const statusBorder = (role: "caution" | "danger" | "success") =>
    ensure(status[`${role}-border`], [status[role], surface], NON_TEXT);

  const focusRing = ensure(scheme === "light" ? onSurface : lightColors.focus, surfaces, NON_TEXT);
  // The halo separates the ring from an accent control, and focused links may sit on it as a highlight.
  const halo = scheme === "light" ? lightColors.focus : surface;
  const focus =
    nearestPassingColor(halo, [
      { color: focusRing, minimum: NON_TEXT + MARGIN },
      { color: accent, minimum: NON_TEXT + MARGIN },
      { color: onSurface, minimum: TEXT + MARGIN },
    ]) ??
    // When the accent itself fails (already reported), keep the halo readable rather than chase the accent.
    nearestPassingColor(halo, [
      { color: focusRing, minimum: NON_TEXT },
      { color: onSurface, minimum: TEXT },
    ]) ??
    halo;

  return {
    surface,
    "on-surface": onSurface,
    "surface-muted": surfaceMuted,
    "on-surface-muted": onSurfaceMuted,
    "surface-hover": surfaceHover,
    border,
    accent,
    "on-accent": onAccent,
    "accent-hover": accentHover,
    "accent-active": accentActive,
    caution: status.caution,
    "on-caution": onStatus("caution"),
    "caution-border": statusBorder("caution"),
    danger: status.danger,
    "on-danger": onStatus("danger"),
    "danger-border": statusBorder("danger"),
    success: status.success,
    "on-success": onStatus("success"),
    "success-border": statusBorder("success"),
    focus,
    "focus-ring": focusRing,
    // Disabled controls are exempt from contrast minimums; they still read as a control, just quieter.
    disabled: surfaceHover,
    "on-disabled": border,
    // Care-card tiers are the kit's, exactly: no option or brand reaches them.
    ...tierColors(scheme),
  };
}
