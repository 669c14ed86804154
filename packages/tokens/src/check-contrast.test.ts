import { describe, expect, it } from "vitest";
import { checkContrast } from "./check-contrast";
import { contrastRatio } from "./contrast";
import { contrastPairs } from "./contrast-pairs";
import { darkColors, highContrastColors, highContrastMinimum, lightColors } from "./themes/builtin";

describe("checkContrast", () => {
  it.each([
    ["light", lightColors, undefined],
    ["dark", darkColors, undefined],
    ["high-contrast", highContrastColors, highContrastMinimum],
  ] as const)("passes every pair of the built-in %s theme", (_name, colors, minimum) => {
    const report = checkContrast(colors, { minimum });
    expect(report.failures.map((f) => f.message)).toEqual([]);
    expect(report.checks).toHaveLength(contrastPairs.length);
  });

  it("holds high contrast to 7:1 for text and 4.5:1 for boundaries", () => {
    const report = checkContrast(highContrastColors, { minimum: highContrastMinimum });
    for (const check of report.checks) {
      expect(check.ratio).toBeGreaterThanOrEqual(check.kind === "text" ? 7 : 4.5);
    }
  });

  it("checks hover and active states, and leaves disabled out", () => {
    const states = new Set(contrastPairs.map((p) => p.state));
    expect([...states].sort()).toEqual(["active", "default", "hover"]);
    expect(contrastPairs.some((p) => p.foreground === "on-disabled" || p.background === "disabled")).toBe(false);
  });

  it("names the failing pair, its exact ratio and a nearest passing colour", () => {
    const report = checkContrast({ ...lightColors, border: "#959595" }, { scheme: "light" });
    expect(report.ok).toBe(false);
    const failure = report.failures.find((f) => f.foreground.token === "border" && f.background.token === "surface");
    expect(failure).toMatchObject({ kind: "non-text", required: 3, passes: false, scheme: "light" });
    expect(failure?.ratio).toBeCloseTo(2.995, 3);
    expect(failure?.suggestion).toEqual({ token: "border", color: "#949494", ratio: contrastRatio("#949494", "#fff") });
    expect(failure?.message).toBe(
      "light · border #959595 on surface #ffffff: 2.99:1, needs at least 3:1 for input and control boundaries. Nearest passing border: #949494 (3.03:1).",
    );
  });

  it("suggests a new accent, not a new label colour, when a button label fails on it", () => {
    const report = checkContrast({ ...lightColors, accent: "#e91e63" });
    const label = report.failures.find((f) => f.foreground.token === "on-accent" && f.state === "default");
    expect(label?.suggestion?.token).toBe("accent");
    expect(contrastRatio("#ffffff", label?.suggestion?.color as string)).toBeGreaterThanOrEqual(4.5);
  });

  it("fails a hover state on its own when only the hover colour is too light", () => {
    const report = checkContrast({ ...lightColors, "accent-hover": "#4d8fd6" });
    const failing = report.failures.map((f) => `${f.foreground.token}/${f.background.token}/${f.state}`);
    expect(failing).toEqual(["accent-hover/surface/hover", "on-accent/accent-hover/hover"]);
  });

  it("fails a focus ring that disappears against a panel", () => {
    const report = checkContrast({ ...darkColors, "focus-ring": "#3a4250" }, { scheme: "dark" });
    const ring = report.failures.filter((f) => f.foreground.token === "focus-ring");
    expect(ring.map((f) => f.background.token)).toEqual(["surface", "surface-muted", "surface-hover"]);
    expect(ring.every((f) => f.scheme === "dark" && f.required === 3)).toBe(true);
  });
});
