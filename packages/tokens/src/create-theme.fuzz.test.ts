// Property: createTheme answers every input with a theme (and its contrast report) or a ThemeOptionsError that
// names the option at fault; nothing else escapes, and a theme's CSS never carries text from outside its own keys.

import { fuzzParameters, hostileString, jsonish, withinBound } from "@movekit/fixtures/fuzz-arbitraries";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTheme, ThemeOptionsError } from "./create-theme";

const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map(([r, g, b]) => `#${[r, g, b].map((n) => n.toString(16).padStart(2, "0")).join("")}`);
const colour = fc.oneof(
  hex,
  fc.constantFrom("red", "rgb(0 94 184)", "oklch(50% 0.1 250)", "transparent"),
  hostileString,
);
const optionValue = <T>(valid: fc.Arbitrary<T>) => fc.option(fc.oneof(valid, jsonish), { nil: undefined });

const options = fc.record(
  {
    brand: fc.oneof(colour, jsonish),
    accent: optionValue(colour),
    neutral: optionValue(colour),
    radius: optionValue(fc.constantFrom("none", "small", "medium", "large", "toString")),
    font: optionValue(fc.oneof(fc.constantFrom("sans", "serif", "rounded", "constructor", "__proto__"), hostileString)),
    density: optionValue(fc.constantFrom("compact", "default", "comfortable", "valueOf")),
    name: optionValue(fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,39}$/), hostileString)),
    scheme: optionValue(fc.constantFrom("light", "dark", "auto", "hasOwnProperty")),
  },
  { requiredKeys: ["brand"] },
);

function answer(input: unknown): void {
  try {
    const theme = withinBound("createTheme", () => createTheme(input as Parameters<typeof createTheme>[0]));
    expect(typeof theme.css).toBe("string");
    expect(typeof theme.report.ok).toBe("boolean");
    expect(theme.css).not.toContain("[native code]");
  } catch (error) {
    // The documented refusal: a ThemeOptionsError naming the option (its "path") and what is wrong.
    if (!(error instanceof ThemeOptionsError)) throw error;
    expect(error.message).toMatch(/^createTheme: "[a-zA-Z]+" /);
  }
}

describe("fuzzing createTheme (fixed seed; pnpm fuzz runs longer with a random seed)", () => {
  it("answers every options object with a theme or a ThemeOptionsError naming the option", { timeout: 60_000 }, () => {
    fc.assert(fc.property(options, answer), fuzzParameters());
  });

  it("answers arbitrary values and strings the same way", { timeout: 60_000 }, () => {
    fc.assert(fc.property(fc.oneof(jsonish, fc.anything(), hostileString), answer), fuzzParameters());
  });
});
