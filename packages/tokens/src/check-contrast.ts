import { CONTRAST_MINIMUM, contrastRatio, formatRatio, meetsContrast, nearestPassingColor } from "./contrast";
import { type ContrastKind, type ContrastPair, contrastPairs, type InteractionState } from "./contrast-pairs";
import type { ColorScheme, ColorToken, ThemeColors } from "./tokens";

/** The result of checking one foreground/background pair. */
export interface ContrastCheck {
  scheme: ColorScheme;
  foreground: { token: ColorToken; color: string };
  background: { token: ColorToken; color: string };
  kind: ContrastKind;
  state: InteractionState;
  usage: string;
  /** Exact ratio, never rounded. */
  ratio: number;
  required: number;
  passes: boolean;
  /** For a failure: the nearest colour (by OKLCH lightness) for the adjustable side that passes. */
  suggestion?: { token: ColorToken; color: string; ratio: number };
  /** One line a person can act on. */
  message: string;
}

export interface ContrastReport {
  ok: boolean;
  checks: ContrastCheck[];
  failures: ContrastCheck[];
}

export interface CheckContrastOptions {
  scheme?: ColorScheme;
  /** Minimums; defaults to WCAG AA (4.5 text, 3 non-text). The high-contrast theme asks for more. */
  minimum?: { text: number; nonText: number };
  pairs?: readonly ContrastPair[];
}

/** Checks every pair a theme's colours make, in one scheme. Failures carry a suggested fix. */
export function checkContrast(colors: ThemeColors, options: CheckContrastOptions = {}): ContrastReport {
  const { scheme = "light", minimum = CONTRAST_MINIMUM, pairs = contrastPairs } = options;
  const checks = pairs.map((p): ContrastCheck => {
    const fg = colors[p.foreground];
    const bg = colors[p.background];
    const required = p.kind === "text" ? minimum.text : minimum.nonText;
    const ratio = contrastRatio(fg, bg);
    const passes = meetsContrast(ratio, required);
    const name = `${scheme} · ${p.foreground} ${fg} on ${p.background} ${bg}${p.state === "default" ? "" : ` (${p.state})`}`;
    if (passes) {
      return { ...base(p, scheme, fg, bg, ratio, required, passes), message: `${name}: ${formatRatio(ratio)} ✓` };
    }
    const [token, color, other] =
      p.adjust === "foreground" ? [p.foreground, fg, bg] : ([p.background, bg, fg] as const);
    const fix = nearestPassingColor(color, [{ color: other, minimum: required }]);
    const suggestion = fix ? { token, color: fix, ratio: contrastRatio(fix, other) } : undefined;
    const hint = suggestion
      ? ` Nearest passing ${token}: ${suggestion.color} (${formatRatio(suggestion.ratio)}).`
      : ` No lightness of this ${token} reaches it; change its hue or the other colour.`;
    const message = `${name}: ${formatRatio(ratio)}, needs at least ${required}:1 for ${p.usage}.${hint}`;
    return { ...base(p, scheme, fg, bg, ratio, required, passes), suggestion, message };
  });
  const failures = checks.filter((c) => !c.passes);
  return { ok: failures.length === 0, checks, failures };
}

function base(
  p: ContrastPair,
  scheme: ColorScheme,
  fg: string,
  bg: string,
  ratio: number,
  required: number,
  passes: boolean,
) {
  return {
    scheme,
    foreground: { token: p.foreground, color: fg },
    background: { token: p.background, color: bg },
    kind: p.kind,
    state: p.state,
    usage: p.usage,
    ratio,
    required,
    passes,
  };
}

/** Merges reports (for example light and dark) into one. */
export function mergeReports(...reports: ContrastReport[]): ContrastReport {
  const checks = reports.flatMap((r) => r.checks);
  const failures = checks.filter((c) => !c.passes);
  return { ok: failures.length === 0, checks, failures };
}
