import { palette } from "../primitives";
import { darkTiers, highContrastTiers, lightTiers } from "../tiers";
import type { ThemeColors, TokenMap } from "../tokens";

const { white, black, slate, blue, amber, red, green, yellow } = palette;

/** The default light theme (the baseline in tokens.css). */
export const lightColors: ThemeColors = {
  surface: white,
  "on-surface": slate[900],
  "surface-muted": slate[50],
  "on-surface-muted": slate[600],
  "surface-hover": slate[100],
  border: slate[500],
  accent: blue[600],
  "on-accent": white,
  "accent-hover": blue[700],
  "accent-active": blue[800],
  caution: amber[50],
  "on-caution": amber[800],
  "caution-border": amber[600],
  danger: red[50],
  "on-danger": red[800],
  "danger-border": red[600],
  success: green[50],
  "on-success": green[800],
  "success-border": green[600],
  focus: yellow[400],
  "focus-ring": slate[900],
  disabled: slate[100],
  "on-disabled": slate[500],
  ...lightTiers,
};

/** Dark theme: light text on near-black, a lighter accent, and a yellow focus ring that stands out on dark. */
export const darkColors: ThemeColors = {
  surface: slate[950],
  "on-surface": slate.light,
  "surface-muted": slate[800],
  "on-surface-muted": slate[300],
  "surface-hover": slate[700],
  border: slate[400],
  accent: blue[300],
  "on-accent": slate[975],
  "accent-hover": blue[200],
  "accent-active": white,
  caution: amber[950],
  "on-caution": amber[200],
  "caution-border": amber[400],
  danger: red[950],
  "on-danger": red[200],
  "danger-border": red[400],
  success: green[950],
  "on-success": green[200],
  "success-border": green[400],
  focus: slate[975],
  "focus-ring": yellow[400],
  disabled: slate[800],
  "on-disabled": slate[400],
  ...darkTiers,
};

/** High contrast: black on white with thicker lines; text meets 7:1 (WCAG AAA) and boundaries 4.5:1. */
export const highContrastColors: ThemeColors = {
  surface: white,
  "on-surface": black,
  "surface-muted": "#f0f0f0",
  "on-surface-muted": "#1a1a1a",
  "surface-hover": "#e0e0e0",
  border: black,
  accent: blue[900],
  "on-accent": white,
  "accent-hover": "#001d40",
  "accent-active": black,
  caution: "#fff2c2",
  "on-caution": black,
  "caution-border": "#5c4300",
  danger: "#ffe5e5",
  "on-danger": black,
  "danger-border": "#8f0000",
  success: "#e3f5e6",
  "on-success": black,
  "success-border": "#0a5c1f",
  focus: yellow[300],
  "focus-ring": black,
  disabled: "#e0e0e0",
  "on-disabled": "#4d4d4d",
  ...highContrastTiers,
};

export const highContrastFoundation: TokenMap = { "border-width": "2px", "focus-width": "4px" };

/** The stricter minimums the high-contrast theme promises. */
export const highContrastMinimum = { text: 7, nonText: 4.5 } as const;
