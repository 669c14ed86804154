import { describe, expect, it } from "vitest";
import { parseColor, toHex, toOklch } from "./color";

describe("toHex", () => {
  it.each(["#ffdd00", "#005eb8", "#00707a", "#7a2e62", "#f28c28", "#010203", "#fefefe"])("keeps %s exactly", (hex) => {
    expect(toHex(hex)).toBe(hex);
    expect(toHex(hex.toUpperCase())).toBe(hex);
  });

  it("normalises other CSS syntaxes to #rrggbb", () => {
    expect(toHex("#fd0")).toBe("#ffdd00");
    expect(toHex("rebeccapurple")).toBe("#663399");
    expect(toHex("rgb(0 94 184)")).toBe("#005eb8");
    expect(toHex("hsl(0 100% 50%)")).toBe("#ff0000");
  });

  it("maps colours outside sRGB back in, keeping lightness and hue", () => {
    const mapped = toHex({ l: 0.7, c: 0.4, h: 250 });
    expect(mapped).toMatch(/^#[0-9a-f]{6}$/);
    expect(toOklch(mapped).l).toBeCloseTo(0.7, 1);
    expect(toOklch(mapped).h).toBeCloseTo(250, -1);
  });
});

describe("parseColor", () => {
  it("reads opaque colours and refuses translucent or unknown ones", () => {
    expect(parseColor("#005eb8")).toBeDefined();
    expect(parseColor("oklch(0.5 0.1 200)")).toBeDefined();
    expect(parseColor("#005eb880")).toBeUndefined();
    expect(parseColor("transparent")).toBeUndefined();
    expect(parseColor("brand-blue")).toBeUndefined();
  });
});
