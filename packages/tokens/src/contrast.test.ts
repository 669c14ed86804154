import { describe, expect, it } from "vitest";
import {
  CONTRAST_MINIMUM,
  checkPair,
  contrastRatio,
  formatRatio,
  meetsContrast,
  nearestPassingColor,
} from "./contrast";

// Ratios against white from the sRGB formula (0.04045 linearisation); see safety anchors §4.5.
const onWhite = [
  { color: "#767676", ratio: 4.542, minimum: 4.5, passes: true },
  { color: "#777777", ratio: 4.478, minimum: 4.5, passes: false },
  { color: "#949494", ratio: 3.033, minimum: 3, passes: true },
  // The rounding edge: 2.995 shows as "3.0" when rounded, yet fails.
  { color: "#959595", ratio: 2.995, minimum: 3, passes: false },
  { color: "#005eb8", ratio: 6.377, minimum: 4.5, passes: true },
  { color: "#d5281b", ratio: 5.062, minimum: 4.5, passes: true },
] as const;

describe("contrastRatio", () => {
  it.each(onWhite)("$color on white is $ratio:1", ({ color, ratio }) => {
    expect(contrastRatio(color, "#ffffff")).toBeCloseTo(ratio, 3);
  });

  it("is symmetric and runs from 1:1 to 21:1", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBe(21);
    expect(contrastRatio("#ffffff", "#000000")).toBe(21);
    expect(contrastRatio("#005eb8", "#005eb8")).toBe(1);
  });

  it("reads any CSS colour syntax", () => {
    expect(contrastRatio("white", "rgb(0 0 0)")).toBe(21);
    expect(contrastRatio("oklch(1 0 0)", "hsl(0 0% 0%)")).toBeCloseTo(21, 6);
  });

  it("refuses colours it cannot judge, naming them", () => {
    expect(() => contrastRatio("not-a-colour", "#fff")).toThrow(/"not-a-colour" is not an opaque CSS colour/);
    // Translucent colours depend on what is behind them, so a ratio would be a guess.
    expect(() => contrastRatio("rgb(0 0 0 / 50%)", "#fff")).toThrow(/not an opaque/);
  });
});

describe("meetsContrast and checkPair", () => {
  it.each(onWhite)("$color on white passes $minimum:1: $passes", ({ color, minimum, passes }) => {
    expect(checkPair(color, "#ffffff", minimum).passes).toBe(passes);
  });

  it("never rounds a ratio up to the minimum", () => {
    expect(meetsContrast(2.995, 3)).toBe(false);
    expect(meetsContrast(2.99999, 3)).toBe(false);
    expect(meetsContrast(3, 3)).toBe(true);
    expect(meetsContrast(4.4999, CONTRAST_MINIMUM.text)).toBe(false);
  });

  it("shows ratios truncated, so a failure never looks like a pass", () => {
    expect(formatRatio(contrastRatio("#959595", "#ffffff"))).toBe("2.99:1");
    expect(formatRatio(4.478)).toBe("4.47:1");
    expect(formatRatio(21)).toBe("21.00:1");
  });
});

describe("nearestPassingColor", () => {
  it("returns the colour unchanged when it already passes", () => {
    expect(nearestPassingColor("#005eb8", [{ color: "#ffffff", minimum: 4.5 }])).toBe("#005eb8");
  });

  it("finds the closest passing grey, one step darker than the failing one", () => {
    expect(nearestPassingColor("#959595", [{ color: "#ffffff", minimum: 3 }])).toBe("#949494");
    expect(nearestPassingColor("#777777", [{ color: "#ffffff", minimum: 4.5 }])).toBe("#767676");
  });

  it("keeps the hue while darkening a yellow until it reads on white", () => {
    const fixed = nearestPassingColor("#ffdd00", [{ color: "#ffffff", minimum: 4.5 }]) as string;
    expect(contrastRatio(fixed, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(fixed, "#ffffff")).toBeLessThan(4.7);
    // Still a yellow-brown: red channel above blue.
    expect(Number.parseInt(fixed.slice(1, 3), 16)).toBeGreaterThan(Number.parseInt(fixed.slice(5, 7), 16));
  });

  it("goes lighter when lighter is nearer, as on a dark background", () => {
    const fixed = nearestPassingColor("#4a5461", [{ color: "#14181d", minimum: 4.5 }]) as string;
    expect(contrastRatio(fixed, "#14181d")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(fixed, "#ffffff")).toBeLessThan(contrastRatio("#4a5461", "#ffffff"));
  });

  it("meets several constraints at once, or says none can be met", () => {
    const both = [
      { color: "#ffffff", minimum: 4.5 },
      { color: "#f2f4f7", minimum: 4.5 },
    ];
    const fixed = nearestPassingColor("#8bc34a", both) as string;
    for (const c of both) expect(contrastRatio(fixed, c.color)).toBeGreaterThanOrEqual(4.5);
    // No colour reaches 4.6:1 against both black and white (the best mid grey manages about 4.58:1).
    const impossible = [
      { color: "#ffffff", minimum: 4.6 },
      { color: "#000000", minimum: 4.6 },
    ];
    expect(nearestPassingColor("#777777", impossible)).toBeUndefined();
  });
});
