import {
  densityScale,
  durationScale,
  fontSizeScale,
  fontStacks,
  radiusPresets,
  radiusScale,
  spaceScale,
} from "./primitives";

/**
 * Semantic colour roles. Each background has an `on-` foreground; `-border` colours draw boundaries and status
 * icons. Every name becomes `--mk-color-<name>`. The `tier-*` roles colour the four care-card tiers: `tier-<t>` is
 * the card's heading band and edge, `tier-<t>-surface` its body, each with an `on-` colour for text and icons.
 */
export const colorTokens = [
  "surface",
  "on-surface",
  "surface-muted",
  "on-surface-muted",
  "surface-hover",
  "border",
  "accent",
  "on-accent",
  "accent-hover",
  "accent-active",
  "caution",
  "on-caution",
  "caution-border",
  "danger",
  "on-danger",
  "danger-border",
  "success",
  "on-success",
  "success-border",
  "focus",
  "focus-ring",
  "disabled",
  "on-disabled",
  // Care-card tiers: fixed by the kit for each scheme, never derived from a brand (see tiers.ts).
  "tier-emergency",
  "on-tier-emergency",
  "tier-emergency-surface",
  "on-tier-emergency-surface",
  "tier-urgent",
  "on-tier-urgent",
  "tier-urgent-surface",
  "on-tier-urgent-surface",
  "tier-stop-exercising",
  "on-tier-stop-exercising",
  "tier-stop-exercising-surface",
  "on-tier-stop-exercising-surface",
  "tier-non-urgent",
  "on-tier-non-urgent",
  "tier-non-urgent-surface",
  "on-tier-non-urgent-surface",
] as const;

export type ColorToken = (typeof colorTokens)[number];

/** One value per colour role: what a theme (light, dark, a clinic's) decides. */
export type ThemeColors = Record<ColorToken, string>;

/** `cssVar("accent")` → `var(--mk-color-accent)`. */
export function cssVar(token: ColorToken): string {
  return `var(--mk-color-${token})`;
}

/** Light or dark: which way round a set of colours is. */
export type ColorScheme = "light" | "dark";

export type Density = keyof typeof densityScale;
export type RadiusPreset = keyof typeof radiusPresets;

/** Custom property name (without `--mk-`) → CSS value. */
export type TokenMap = Record<string, string>;

const rem = (n: number) => `${Number(n.toFixed(4))}rem`;

/** Space, radius, type, motion and density tokens (everything that is not colour). */
export function foundationTokens(): TokenMap {
  const tokens: TokenMap = { density: "1" };
  for (const [step, value] of Object.entries(spaceScale)) {
    // Declared with the scope's own density, so a nested theme scope with another density recomputes them.
    tokens[`space-${step}`] = `calc(${rem(value)} * var(--mk-density))`;
  }
  Object.assign(tokens, radiusTokens("medium"), { "radius-full": "9999px" });
  Object.assign(tokens, {
    "font-family": fontStacks.sans,
    "font-family-heading": "var(--mk-font-family)",
    "font-weight-regular": "400",
    "font-weight-bold": "700",
    "line-height": "1.5",
    "line-height-tight": "1.25",
  });
  for (const [size, value] of Object.entries(fontSizeScale)) tokens[`font-size-${size}`] = rem(value);
  Object.assign(tokens, typeRoles());
  for (const [speed, ms] of Object.entries(durationScale)) tokens[`motion-duration-${speed}`] = `${ms}ms`;
  Object.assign(tokens, {
    "motion-easing": "cubic-bezier(0.2, 0, 0, 1)",
    "border-width": "1px",
    // A control's or card's outline that must read as a boundary (WCAG 1.4.11), and a coloured edge band.
    "border-width-strong": "2px",
    "border-width-edge": "4px",
    "focus-width": "3px",
    "focus-offset": "2px",
    // WCAG 2.5.8 asks for 24 px; comfortable touch targets are 44 px, shrunk by density but never below 24 px.
    "target-size": "max(24px, calc(2.75rem * var(--mk-density)))",
    // Native radios and checkboxes: never below WCAG 2.5.8's 24 px, whatever the density.
    "control-size": "max(24px, calc(1.5rem * var(--mk-density)))",
    // The widest a block of reading text or a chart grows (about 75 characters), and a card column's narrowest.
    measure: "48rem",
    "column-min": "14rem",
  });
  return tokens;
}

/**
 * The type scale by role, so a page has one rhythm a designer can name: a page title that clearly outranks section
 * headings, a lead paragraph, body and small text. The title shrinks on narrow screens without a media query.
 */
function typeRoles(): TokenMap {
  return {
    "text-title": "clamp(1.75rem, 1.5rem + 1.25vw, 2.25rem)",
    "text-heading": rem(fontSizeScale.xl),
    "text-subheading": rem(1.125),
    "text-lead": rem(1.125),
    "text-body": rem(fontSizeScale.md),
    "text-small": rem(fontSizeScale.sm),
    "leading-title": "1.15",
    "leading-heading": "1.25",
    "leading-body": "1.5",
    // Vertical rhythm: the gap between blocks of text, and between sections of a page.
    flow: "var(--mk-space-4)",
    "flow-section": "var(--mk-space-8)",
  };
}

/** `--mk-radius-sm|md|lg` for a radius preset. */
export function radiusTokens(preset: RadiusPreset): TokenMap {
  const factor = radiusPresets[preset];
  return Object.fromEntries(Object.entries(radiusScale).map(([k, v]) => [`radius-${k}`, rem(v * factor)]));
}

/** `--mk-density` for a density preset. */
export function densityTokens(density: Density): TokenMap {
  return { density: String(densityScale[density]) };
}

/** Reduced motion: durations drop to zero, so CSS transitions end at once. */
export function reducedMotionTokens(): TokenMap {
  return Object.fromEntries(Object.keys(durationScale).map((speed) => [`motion-duration-${speed}`, "0ms"]));
}

/**
 * Forced-colors mode (Windows High Contrast): every role maps to a system colour so icons, focus rings and
 * boundaries drawn with tokens stay visible in the user's chosen palette.
 */
export const forcedColors: ThemeColors = {
  surface: "Canvas",
  "on-surface": "CanvasText",
  "surface-muted": "Canvas",
  "on-surface-muted": "CanvasText",
  "surface-hover": "Canvas",
  border: "CanvasText",
  accent: "Highlight",
  "on-accent": "HighlightText",
  "accent-hover": "Highlight",
  "accent-active": "Highlight",
  caution: "Canvas",
  "on-caution": "CanvasText",
  "caution-border": "CanvasText",
  danger: "Canvas",
  "on-danger": "CanvasText",
  "danger-border": "CanvasText",
  success: "Canvas",
  "on-success": "CanvasText",
  "success-border": "CanvasText",
  focus: "Canvas",
  "focus-ring": "Highlight",
  disabled: "Canvas",
  "on-disabled": "GrayText",
  ...forcedTierColors(),
};

function forcedTierColors() {
  // The user's palette decides; the tier is still said by its word and its icon.
  const tiers = ["emergency", "urgent", "stop-exercising", "non-urgent"] as const;
  return Object.fromEntries(
    tiers.flatMap((t) => [
      [`tier-${t}`, "CanvasText"],
      [`on-tier-${t}`, "Canvas"],
      [`tier-${t}-surface`, "Canvas"],
      [`on-tier-${t}-surface`, "CanvasText"],
    ]),
  ) as Pick<ThemeColors, Extract<ColorToken, `${string}tier-${string}`>>;
}
