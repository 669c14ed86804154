import { type ContrastReport, checkContrast, mergeReports } from "./check-contrast";
import { colorDifference, parseColor, toHex } from "./color";
import { CONTRAST_MINIMUM, nearestPassingColor } from "./contrast";
import { type SchemeMode, themeCss } from "./css";
import { type DeriveInput, deriveColors } from "./derive";
import { densityScale, fontStacks, radiusPresets } from "./primitives";
import { alarmTiers, checkTiers, TIER_MIN_DIFFERENCE, type TierReport, tierColors, tierTokens } from "./tiers";
import {
  type ColorScheme,
  type Density,
  densityTokens,
  type RadiusPreset,
  radiusTokens,
  type ThemeColors,
  type TokenMap,
} from "./tokens";

export interface ThemeOptions {
  /** The clinic's brand colour (any opaque CSS colour). Used as the accent unless `accent` is given. */
  brand: string;
  /** Colour for links and primary buttons, when the brand colour itself is too light or too dark for them. */
  accent?: string;
  /** A colour whose hue tints the greys (text, borders, surfaces); keep it low in saturation. */
  neutral?: string;
  /** Corner rounding. @default "medium" */
  radius?: RadiusPreset;
  /** `"sans"`, `"serif"`, `"rounded"` or a CSS font-family list. @default "sans" */
  font?: string;
  /** Spacing and target-size scale. @default "default" */
  density?: Density;
  /** The `data-mk-theme` value: lower-case letters, digits and hyphens. @default "clinic" */
  name?: string;
  /** Light only, dark only, or follow the device setting (both are then checked). @default "light" */
  scheme?: SchemeMode;
}

export interface CreateThemeSettings {
  /**
   * Return the stylesheet even when a check fails, for previews and diagnostics. Never ship such CSS to patients.
   * @default false
   */
  allowFailing?: boolean;
}

export interface Theme {
  name: string;
  /**
   * A complete theme stylesheet: tokens scoped to `[data-mk-theme="<name>"]` in the movekit.theme layer.
   * Undefined when any check fails, unless `allowFailing` was asked for.
   */
  css: string | undefined;
  tokens: { light: ThemeColors; dark: ThemeColors; foundation: TokenMap };
  /** Contrast of every pair and distinctness of the care-card tiers, in every scheme the CSS ships. */
  report: ThemeReport;
}

export interface ThemeReport extends ContrastReport {
  /** True only when every contrast check and every tier check passes. */
  ok: boolean;
  /** The care-card tiers: each apart from the others, and the accent apart from the alarm tiers. */
  tiers: TierReport;
  /** One line per failed check (contrast first, then tiers); empty when `ok`. */
  problems: string[];
  /**
   * When the report fails: the accent nearest (in OKLCH lightness) to the one given for which the whole theme
   * passes. Pass it as `accent` and keep `brand` for the tints.
   */
  suggestedAccent?: string;
}

const NAME = /^[a-z][a-z0-9-]{0,39}$/;
// Font names, commas, spaces, quotes, dots and hyphens only: nothing that can end a declaration or a rule.
const FONT_LIST = /^[\p{L}\p{N} ,"'._-]{1,200}$/u;

/** Thrown for options createTheme cannot use; the message names the option and what is wrong. */
export class ThemeOptionsError extends TypeError {
  override name = "ThemeOptionsError";
}

function fail(option: string, problem: string): never {
  throw new ThemeOptionsError(`createTheme: "${option}" ${problem}`);
}

function color(option: string, value: unknown): string {
  if (typeof value !== "string" || !parseColor(value)) {
    fail(option, `must be an opaque CSS colour such as "#005eb8"; got ${JSON.stringify(value)}.`);
  }
  return toHex(value);
}

function oneOf<T extends string>(option: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    fail(option, `must be one of ${allowed.map((a) => `"${a}"`).join(", ")}; got ${JSON.stringify(value)}.`);
  }
  return value as T;
}

function fontFamily(value: unknown): string {
  // Own keys only: "toString" or "constructor" must not pick up Object.prototype's functions.
  if (typeof value === "string" && Object.hasOwn(fontStacks, value))
    return fontStacks[value as keyof typeof fontStacks];
  const balanced = (s: string, q: string) => s.split(q).length % 2 === 1;
  if (typeof value !== "string" || !FONT_LIST.test(value) || !balanced(value, '"') || !balanced(value, "'")) {
    fail(
      "font",
      `must be "sans", "serif", "rounded" or a font-family list like "Inter, sans-serif"; got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

function build(input: DeriveInput, scheme: SchemeMode) {
  const light = deriveColors("light", input);
  const dark = deriveColors("dark", input);
  const schemes = schemesChecked[scheme];
  const colorsFor = (s: ColorScheme) => (s === "light" ? light : dark);
  const contrast = mergeReports(...schemes.map((s) => checkContrast(colorsFor(s), { scheme: s })));
  const tierChecks = schemes.flatMap((s) => checkTiers(colorsFor(s), { scheme: s }).checks);
  const tierFailures = tierChecks.filter((c) => !c.passes);
  const tiers: TierReport = { ok: tierFailures.length === 0, checks: tierChecks, failures: tierFailures };
  const report: ThemeReport = {
    ...contrast,
    ok: contrast.ok && tiers.ok,
    tiers,
    problems: [...contrast.failures, ...tierFailures].map((f) => f.message),
  };
  return { light, dark, report };
}

/** The nearest accent that reads as text on the light surfaces and, with its derived states, passes everything. */
function suggestAccent(input: DeriveInput, scheme: SchemeMode, light: ThemeColors): string | undefined {
  const start = input.accent ?? input.brand;
  // Each round asks a little more of the accent, since its derived hover and focus colours need room too, and a
  // darker accent may be needed to move it away from an alarm tier of the same hue.
  for (let extra = 0; extra <= 8; extra += extra < 1 ? 0.1 : 0.25) {
    const minimum = CONTRAST_MINIMUM.text + extra;
    const candidate = nearestPassingColor(start, [
      { color: light.surface, minimum },
      { color: light["surface-muted"], minimum },
    ]);
    if (!candidate) return undefined;
    // Cheap test first: in light mode the accent is the candidate itself, so it must already clear the alarm tiers.
    if (scheme !== "dark" && !clearOfAlarmTiers(candidate)) continue;
    if (build({ ...input, accent: candidate }, scheme).report.ok) return candidate;
  }
  return undefined;
}

function clearOfAlarmTiers(accent: string): boolean {
  const tiers = tierColors("light");
  return alarmTiers.every((tier) => colorDifference(accent, tiers[tierTokens(tier).band]) >= TIER_MIN_DIFFERENCE);
}

const schemesChecked: Record<SchemeMode, ColorScheme[]> = { light: ["light"], dark: ["dark"], auto: ["light", "dark"] };

/**
 * Builds a clinic theme from a brand colour: derives every colour role for light and dark in OKLCH, checks each
 * text pair at 4.5:1 and each boundary, icon and focus indicator at 3:1 (in default, hover and active states),
 * checks that the kit's fixed care-card tier colours stay apart from each other and from the accent, and returns
 * the report with the CSS. A theme that fails any check comes back without CSS (`css: undefined`, the failed
 * checks in `report.problems`) unless `settings.allowFailing` is true. Pure: no DOM, no globals, safe on a server
 * or in a build script.
 */
export function createTheme(options: ThemeOptions, settings: CreateThemeSettings = {}): Theme {
  if (typeof options !== "object" || options === null) fail("options", "must be an object with at least a brand.");
  const brand = color("brand", options.brand);
  const accent = options.accent === undefined ? undefined : color("accent", options.accent);
  const neutral = options.neutral === undefined ? undefined : color("neutral", options.neutral);
  const name = options.name ?? "clinic";
  if (typeof name !== "string" || !NAME.test(name)) {
    fail("name", `must start with a letter and use only a-z, 0-9 and "-" (at most 40); got ${JSON.stringify(name)}.`);
  }
  const scheme = oneOf("scheme", options.scheme ?? "light", ["light", "dark", "auto"] as const);
  const radius = oneOf("radius", options.radius ?? "medium", Object.keys(radiusPresets) as RadiusPreset[]);
  const density = oneOf("density", options.density ?? "default", Object.keys(densityScale) as Density[]);

  const foundation: TokenMap = {};
  if (options.font !== undefined) {
    const family = fontFamily(options.font);
    Object.assign(foundation, { "font-family": family, "font-family-heading": family });
  }
  if (options.radius !== undefined) Object.assign(foundation, radiusTokens(radius));
  if (options.density !== undefined) Object.assign(foundation, densityTokens(density));

  const { light, dark, report } = build({ brand, accent, neutral }, scheme);
  if (!report.ok) {
    const suggestedAccent = suggestAccent({ brand, accent, neutral }, scheme, light);
    if (suggestedAccent) Object.assign(report, { suggestedAccent });
  }
  const css =
    !report.ok && settings.allowFailing !== true
      ? undefined
      : themeCss({
          name,
          scheme,
          light,
          dark,
          foundation,
          description: `Movekit theme "${name}" from brand ${brand}${accent ? `, accent ${accent}` : ""} (${scheme}), made by createTheme.`,
        });
  return { name, css, tokens: { light, dark, foundation }, report };
}
