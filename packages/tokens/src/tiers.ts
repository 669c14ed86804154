// The four care-card tiers are clinical, not brand: their colours are fixed here for each scheme and copied into
// every theme unchanged. A theme is checked so that the tiers stay apart from each other and the clinic's accent
// never looks like an alarm tier (a red or amber brand would otherwise make ordinary buttons read as warnings, or
// warnings read as buttons).
import { colorDifference, toOklch } from "./color";
import type { ColorScheme, ColorToken, ThemeColors } from "./tokens";

/** Care-card tiers, most urgent first (NHS care-card semantics plus "stop exercising"). */
export const safetyTiers = ["emergency", "urgent", "stop-exercising", "non-urgent"] as const;
export type SafetyTier = (typeof safetyTiers)[number];

/** The tiers a clinic accent must not resemble: each asks the person to stop or get help now. */
export const alarmTiers: readonly SafetyTier[] = ["emergency", "urgent", "stop-exercising"];

/** The four colour roles of one tier. */
export function tierTokens(tier: SafetyTier) {
  return {
    band: `tier-${tier}`,
    onBand: `on-tier-${tier}`,
    surface: `tier-${tier}-surface`,
    onSurface: `on-tier-${tier}-surface`,
  } as const satisfies Record<string, ColorToken>;
}

export type TierColors = Pick<ThemeColors, Extract<ColorToken, `${string}tier-${string}`>>;

/** [band, text on band, body, text on body] → the four tokens. */
function tiers(values: Record<SafetyTier, readonly [string, string, string, string]>): TierColors {
  const entries = safetyTiers.flatMap((tier) => {
    const names = tierTokens(tier);
    const [band, onBand, surface, onSurface] = values[tier];
    return [
      [names.band, band],
      [names.onBand, onBand],
      [names.surface, surface],
      [names.onSurface, onSurface],
    ];
  });
  return Object.fromEntries(entries) as TierColors;
}

/**
 * Light scheme. Emergency: dark red band over a near-black body (the NHS emergency card's red-and-black); urgent:
 * bright red band over pale red; stop exercising: amber; non-urgent: blue. The bands differ in hue or lightness
 * by at least TIER_MIN_DIFFERENCE, so they stay apart for people who see fewer hues too.
 */
export const lightTiers: TierColors = tiers({
  emergency: ["#8f1a14", "#ffffff", "#1d232b", "#ffffff"],
  urgent: ["#c42b1c", "#ffffff", "#fde8e8", "#7a1212"],
  "stop-exercising": ["#8a6500", "#ffffff", "#fff4d6", "#4d3800"],
  "non-urgent": ["#005eb8", "#ffffff", "#e8f1fb", "#003a70"],
});

/** Dark scheme: light bands with black text so the card edge stands out on dark surfaces; dark tinted bodies. */
export const darkTiers: TierColors = tiers({
  emergency: ["#ff5c50", "#000000", "#000000", "#ffffff"],
  urgent: ["#ffb3ab", "#000000", "#3b1414", "#ffc9c4"],
  "stop-exercising": ["#f5d04c", "#000000", "#33270a", "#ffe4a3"],
  "non-urgent": ["#8cc0ff", "#000000", "#0b2540", "#cfe3ff"],
});

/** High contrast: 7:1 text and 4.5:1 edges, like the rest of that theme. */
export const highContrastTiers: TierColors = tiers({
  emergency: ["#660000", "#ffffff", "#000000", "#ffffff"],
  urgent: ["#a3150d", "#ffffff", "#ffe5e5", "#000000"],
  "stop-exercising": ["#5c4300", "#ffffff", "#fff2c2", "#000000"],
  "non-urgent": ["#002a5c", "#ffffff", "#e8f1fb", "#000000"],
});

/** The kit's tier colours for a scheme. */
export function tierColors(scheme: ColorScheme): TierColors {
  return scheme === "dark" ? darkTiers : lightTiers;
}

/**
 * Smallest OKLab distance (ΔE OK, lightness, chroma and hue together) allowed between two tier bands, and between
 * the accent and an alarm tier's band: five times the 0.02 that CSS Color 4 uses as a just-noticeable difference.
 */
export const TIER_MIN_DIFFERENCE = 0.1;

export interface TierCheck {
  scheme: ColorScheme;
  /** `tiers`: two tiers' bands; `accent`: the clinic accent against an alarm tier's band. */
  kind: "tiers" | "accent";
  first: { token: ColorToken; color: string };
  second: { token: ColorToken; color: string };
  /** ΔE OK, unrounded. */
  difference: number;
  required: number;
  passes: boolean;
  message: string;
}

export interface TierReport {
  ok: boolean;
  checks: TierCheck[];
  failures: TierCheck[];
}

const TIER_WORDS: Record<SafetyTier, string> = {
  emergency: "Emergency",
  urgent: "Urgent",
  "stop-exercising": "Stop exercising",
  "non-urgent": "Non-urgent",
};

function describe(a: string, b: string): string {
  const x = toOklch(a);
  const y = toOklch(b);
  const hue = Math.abs(((x.h - y.h + 540) % 360) - 180);
  return `lightness differs by ${Math.abs(x.l - y.l).toFixed(2)}, hue by ${Math.round(hue)}°`;
}

function check(
  scheme: ColorScheme,
  kind: TierCheck["kind"],
  first: ColorToken,
  second: ColorToken,
  colors: ThemeColors,
  what: string,
): TierCheck {
  const a = colors[first];
  const b = colors[second];
  const difference = colorDifference(a, b);
  const passes = difference >= TIER_MIN_DIFFERENCE;
  const head = `${scheme} · ${first} ${a} vs ${second} ${b}: ΔE ${difference.toFixed(3)}`;
  const message = passes
    ? `${head} ✓`
    : `${head}, needs at least ${TIER_MIN_DIFFERENCE} so ${what} (${describe(a, b)}).`;
  return {
    scheme,
    kind,
    first: { token: first, color: a },
    second: { token: second, color: b },
    difference,
    required: TIER_MIN_DIFFERENCE,
    passes,
    message,
  };
}

/**
 * Checks that the four tiers' bands are perceptibly different from each other, and that the accent (links and
 * primary buttons) is perceptibly different from every alarm tier. Contrast of the tier colours themselves is
 * checked with the other pairs by checkContrast.
 */
export function checkTiers(colors: ThemeColors, options: { scheme?: ColorScheme } = {}): TierReport {
  const { scheme = "light" } = options;
  const checks: TierCheck[] = [];
  safetyTiers.forEach((tier, i) => {
    for (const other of safetyTiers.slice(i + 1)) {
      const what = `the ${TIER_WORDS[tier]} and ${TIER_WORDS[other]} cards look different`;
      checks.push(check(scheme, "tiers", tierTokens(tier).band, tierTokens(other).band, colors, what));
    }
  });
  for (const tier of alarmTiers) {
    const what = `buttons and links do not look like the ${TIER_WORDS[tier]} card`;
    checks.push(check(scheme, "accent", "accent", tierTokens(tier).band, colors, what));
  }
  const failures = checks.filter((c) => !c.passes);
  return { ok: failures.length === 0, checks, failures };
}
