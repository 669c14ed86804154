import { describe, expect, it } from "vitest";
import { colorDifference } from "./color";
import { contrastPairs } from "./contrast-pairs";
import { darkColors, highContrastColors, lightColors } from "./themes/builtin";
import {
  checkTiers,
  darkTiers,
  highContrastTiers,
  lightTiers,
  safetyTiers,
  TIER_MIN_DIFFERENCE,
  tierTokens,
} from "./tiers";

describe("care-card tiers", () => {
  it.each([
    ["light", lightColors, lightTiers],
    ["dark", darkColors, darkTiers],
    ["high-contrast", highContrastColors, highContrastTiers],
  ] as const)("the built-in %s theme carries the fixed tier colours, all apart", (_name, colors, tiers) => {
    expect(colors).toMatchObject(tiers);
    const report = checkTiers(colors);
    expect(report.failures.map((f) => f.message)).toEqual([]);
    // Six tier pairs plus the accent against three alarm tiers.
    expect(report.checks).toHaveLength(9);
    for (const check of report.checks) expect(check.difference).toBeGreaterThanOrEqual(TIER_MIN_DIFFERENCE);
  });

  it("gives each tier its own band colour and its own pairs in the contrast check", () => {
    const bands = safetyTiers.map((tier) => lightTiers[tierTokens(tier).band]);
    expect(new Set(bands).size).toBe(4);
    for (const tier of safetyTiers) {
      const { band, onBand, surface, onSurface } = tierTokens(tier);
      expect(contrastPairs).toContainEqual(expect.objectContaining({ foreground: onBand, background: band }));
      expect(contrastPairs).toContainEqual(expect.objectContaining({ foreground: onSurface, background: surface }));
      expect(contrastPairs).toContainEqual(expect.objectContaining({ foreground: band, background: "surface" }));
    }
  });

  it("refuses the old design, where Non-urgent took an accent close to Stop exercising", () => {
    // The builder's suggested accent for a gold brand was rgb(136,109,0); Stop exercising was rgb(138,101,0).
    const colors = { ...lightColors, accent: "#886d00", "tier-non-urgent": "#886d00" };
    const report = checkTiers(colors);
    expect(report.ok).toBe(false);
    expect(report.failures.map((f) => `${f.first.token}~${f.second.token}`)).toEqual([
      "tier-stop-exercising~tier-non-urgent",
      "accent~tier-stop-exercising",
    ]);
    expect(report.failures[0]?.message).toMatch(
      /^light · tier-stop-exercising #8a6500 vs tier-non-urgent #886d00: ΔE 0\.0\d\d, needs at least 0\.1 so the Stop exercising and Non-urgent cards look different \(lightness differs by 0\.0\d, hue by \d+°\)\.$/,
    );
  });

  it("judges distinctness perceptually, not by contrast: two colours of equal contrast can still be apart", () => {
    expect(colorDifference("#ffffff", "#ffffff")).toBe(0);
    expect(colorDifference("#000000", "#ffffff")).toBeCloseTo(1, 3);
    // Urgent red and Stop amber have nearly the same lightness; their hues keep them apart.
    expect(colorDifference(lightTiers["tier-urgent"], lightTiers["tier-stop-exercising"])).toBeGreaterThan(0.1);
  });

  it("names the scheme in each check", () => {
    expect(checkTiers(darkColors, { scheme: "dark" }).checks.every((c) => c.scheme === "dark")).toBe(true);
  });
});
