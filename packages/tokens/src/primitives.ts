// Primitive tokens: raw values with no meaning attached. Themes map them to semantic roles (tokens.ts); components
// only ever use the semantic `--mk-*` names, never these.

/** Hand-tuned colour ramps. Every pairing a theme makes from them is contrast-checked at build time. */
export const palette = {
  white: "#ffffff",
  black: "#000000",
  slate: {
    50: "#f2f4f7",
    100: "#e4e8ee",
    300: "#b8c1cc",
    400: "#8a95a3",
    500: "#6b7685",
    600: "#4a5461",
    700: "#2a323c",
    800: "#1f252d",
    900: "#1d232b",
    950: "#14181d",
    975: "#0e1114",
    light: "#eef1f5",
  },
  blue: { 200: "#b5d5ff", 300: "#8cc0ff", 600: "#005eb8", 700: "#004b93", 800: "#003a70", 900: "#002a5c" },
  amber: { 50: "#fff4d6", 200: "#ffe4a3", 400: "#e0a82e", 600: "#8a6500", 800: "#4d3800", 950: "#33270a" },
  red: { 50: "#fde8e8", 200: "#ffc9c4", 400: "#f07167", 600: "#b3261e", 800: "#7a1212", 950: "#3b1414" },
  green: { 50: "#e6f4ea", 200: "#b7ebc6", 400: "#4cb96e", 600: "#2e7d32", 800: "#14532d", 950: "#10301c" },
  yellow: { 300: "#ffdd00", 400: "#ffbf47" },
} as const;

/** Spacing steps in rem, multiplied by `--mk-density`. */
export const spaceScale = { 1: 0.25, 2: 0.5, 3: 0.75, 4: 1, 5: 1.25, 6: 1.5, 8: 2, 10: 2.5, 12: 3 } as const;

/** Corner radii in rem. */
export const radiusScale = { sm: 0.25, md: 0.5, lg: 1 } as const;

/**
 * Font stacks. The default (sans) names Atkinson Hyperlegible Next first: a face drawn for low-vision readers,
 * shipped as the opt-in `@movekit/tokens/fonts.css`. Without that stylesheet the browser moves on to the system
 * fonts after it, so nothing is downloaded unless a host asks.
 */
export const fontStacks = {
  sans: '"Atkinson Hyperlegible Next", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  serif: 'ui-serif, Charter, "Bitstream Charter", Georgia, Cambria, "Times New Roman", serif',
  rounded: 'ui-rounded, "SF Pro Rounded", "Nunito", system-ui, sans-serif',
} as const;

/** Type sizes in rem (a 1.25 ratio, rounded to values that render crisply). */
export const fontSizeScale = { sm: 0.875, md: 1, lg: 1.25, xl: 1.5, "2xl": 2 } as const;

/** Motion durations in ms; all become 0 under reduced motion. */
export const durationScale = { fast: 120, normal: 240, slow: 480 } as const;

/** Density multipliers for spacing and target size. */
export const densityScale = { compact: 0.875, default: 1, comfortable: 1.125 } as const;

/** Radius multipliers for the `radius` option of createTheme. */
export const radiusPresets = { none: 0, small: 0.5, medium: 1, large: 1.5 } as const;
