import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contrastRatio } from "./contrast";
import { createTheme, ThemeOptionsError } from "./create-theme";
import { darkTiers, lightTiers } from "./tiers";

describe("createTheme", () => {
  it("builds a passing light theme from NHS blue, keeping the brand colour exactly", () => {
    const theme = createTheme({ brand: "#005EB8", name: "nhs-blue" });
    expect(theme.report.ok).toBe(true);
    expect(theme.report.checks.every((c) => c.scheme === "light")).toBe(true);
    expect(theme.tokens.light.accent).toBe("#005eb8");
    expect(theme.css).toContain('[data-mk-theme="nhs-blue"] {');
    expect(theme.css).toContain("--mk-color-accent: #005eb8;");
    expect(theme.css).toMatch(/^\/\*[^\n]*\*\/\n@layer movekit\.tokens, movekit\.theme, movekit\.components;\n/);
    expect(theme.css).toContain("@layer movekit.theme {");
    expect(theme.css).toContain("@media (forced-colors: active)");
  });

  it("derives hover and active states that keep the button label readable", () => {
    const { light } = createTheme({ brand: "#00707a" }).tokens;
    const label = light["on-accent"];
    expect(contrastRatio(label, light["accent-hover"])).toBeGreaterThan(contrastRatio(label, light.accent));
    expect(contrastRatio(label, light["accent-active"])).toBeGreaterThan(contrastRatio(label, light["accent-hover"]));
  });

  it("checks light and dark when the theme follows the device, and writes both", () => {
    const theme = createTheme({ brand: "#7a2e62", scheme: "auto" });
    expect(new Set(theme.report.checks.map((c) => c.scheme))).toEqual(new Set(["light", "dark"]));
    expect(theme.report.ok).toBe(true);
    expect(theme.css).toContain("@media (prefers-color-scheme: dark)");
    expect(theme.css).toContain(`--mk-color-accent: ${theme.tokens.dark.accent};`);
    expect(theme.css).toContain("color-scheme: light dark;");
  });

  it("lightens a dark brand for the dark scheme until it reads on the dark surfaces", () => {
    const { dark } = createTheme({ brand: "#003a70", scheme: "dark" }).tokens;
    expect(contrastRatio(dark.accent, dark.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(dark.accent, dark["surface-muted"])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(["#ff0000", "#00ff00", "#0000ff", "#ffdd00", "#ff69b4", "#808080", "#000000", "#ffffff"])(
    "always derives a passing dark scheme, even from %s",
    (brand) => {
      const theme = createTheme({ brand, scheme: "dark", neutral: "#5a6b7c" });
      expect(theme.report.failures.map((f) => f.message)).toEqual([]);
    },
  );

  it("reports a yellow brand that fails as link text, with the pair, ratio and nearest passing accent", () => {
    const theme = createTheme({ brand: "#ffdd00", name: "sunny" });
    expect(theme.report.ok).toBe(false);
    const link = theme.report.failures.find((f) => f.foreground.token === "accent" && f.background.token === "surface");
    expect(link?.message).toMatch(
      /^light · accent #ffdd00 on surface #ffffff: 1\.\d\d:1, needs at least 4\.5:1 for links and accent text\. Nearest passing accent: #[0-9a-f]{6} \(4\.5\d:1\)\.$/,
    );
    const { suggestedAccent } = theme.report;
    expect(suggestedAccent).toMatch(/^#[0-9a-f]{6}$/);
    // Following the suggestion gives a theme where every pair passes.
    expect(createTheme({ brand: "#ffdd00", accent: suggestedAccent }).report.ok).toBe(true);
  });

  it("gives no stylesheet for gold #FFD700 and says which checks failed", () => {
    const theme = createTheme({ brand: "#FFD700", name: "gold" });
    expect(theme.report.ok).toBe(false);
    expect(theme.css).toBeUndefined();
    expect(theme.report.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^light · accent #ffd700 on surface #ffffff: 1\.40:1, needs at least 4\.5:1 for links/),
        expect.stringMatching(/^light · accent-active #ffffff on surface #ffffff \(active\): 1\.00:1.+pressed links/),
      ]),
    );
  });

  it("hands back a failing stylesheet only when asked explicitly", () => {
    const theme = createTheme({ brand: "#FFD700" }, { allowFailing: true });
    expect(theme.report.ok).toBe(false);
    expect(theme.css).toContain("--mk-color-accent: #ffd700;");
    // Anything but `true` is not an explicit request.
    expect(createTheme({ brand: "#FFD700" }, { allowFailing: "yes" as never }).css).toBeUndefined();
  });

  it("refuses a red brand whose buttons would look like the Urgent care card, though its contrast passes", () => {
    const theme = createTheme({ brand: "#c8102e" });
    expect(theme.report.failures).toEqual([]);
    expect(theme.report.tiers.ok).toBe(false);
    expect(theme.report.ok).toBe(false);
    expect(theme.css).toBeUndefined();
    expect(theme.report.problems).toEqual([
      expect.stringMatching(
        /^light · accent #c8102e vs tier-urgent #c42b1c: ΔE 0\.0\d+, needs at least 0\.1 so buttons and links do not look like the Urgent card \(lightness differs by 0\.\d\d, hue by \d+°\)\.$/,
      ),
    ]);
  });

  it("refuses a dark theme whose accent would look like the dark Emergency card", () => {
    const theme = createTheme({ brand: "#ff5c50", scheme: "dark" });
    expect(theme.report.tiers.failures.map((f) => [f.scheme, f.second.token])).toContainEqual([
      "dark",
      "tier-emergency",
    ]);
    expect(theme.css).toBeUndefined();
  });

  it("suggests an accent that keeps clear of the amber Stop exercising card, not only one that reads", () => {
    const { suggestedAccent } = createTheme({ brand: "#FFD700" }).report;
    expect(suggestedAccent).toMatch(/^#[0-9a-f]{6}$/);
    const fixed = createTheme({ brand: "#FFD700", accent: suggestedAccent });
    expect(fixed.report.problems).toEqual([]);
    expect(fixed.css).toContain(`--mk-color-accent: ${suggestedAccent};`);
  });

  // One createTheme per run (a failing one also searches for an accent), so the property stays cheap on a busy CI.
  it("keeps the kit's care-card tier colours for every brand, neutral and scheme", { timeout: 30_000 }, () => {
    const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, "0")}`);
    const scheme = fc.constantFrom("light" as const, "dark" as const, "auto" as const);
    fc.assert(
      fc.property(hex, fc.option(hex, { nil: undefined }), scheme, (brand, neutral, mode) => {
        const theme = createTheme({ brand, neutral, scheme: mode });
        expect(theme.tokens.light).toMatchObject(lightTiers);
        expect(theme.tokens.dark).toMatchObject(darkTiers);
        // A stylesheet comes back by default exactly when every check passes.
        expect(theme.css === undefined).toBe(!theme.report.ok);
        expect(theme.report.problems.length === 0).toBe(theme.report.ok);
      }),
      { seed: 14, numRuns: 25 },
    );
  });

  it("fails a brand just under 4.5:1 rather than rounding it up", () => {
    const theme = createTheme({ brand: "#777777" });
    const link = theme.report.failures.find((f) => f.foreground.token === "accent" && f.background.token === "surface");
    expect(link?.ratio).toBeCloseTo(4.478, 3);
    expect(theme.css).toBeUndefined();
    expect(createTheme({ brand: "#767676", neutral: "#767676" }).tokens.light.accent).toBe("#767676");
  });

  it("sets font, radius and density only when asked", () => {
    const plain = createTheme({ brand: "#005eb8" });
    expect(plain.tokens.foundation).toEqual({});
    expect(plain.css).not.toContain("--mk-font-family");
    const styled = createTheme({ brand: "#005eb8", font: "serif", radius: "none", density: "compact" });
    expect(styled.css).toMatch(/--mk-font-family: ui-serif,[^;]*serif;/);
    expect(styled.css).toContain("--mk-radius-md: 0rem;");
    expect(styled.css).toContain("--mk-density: 0.875;");
    const custom = createTheme({ brand: "#005eb8", font: '"Atkinson Hyperlegible", Verdana, sans-serif' });
    expect(custom.css).toContain('--mk-font-family: "Atkinson Hyperlegible", Verdana, sans-serif;');
  });

  it("tints the greys with a neutral colour", () => {
    const warm = createTheme({ brand: "#005eb8", neutral: "#8a6d4b" }).tokens.light;
    expect(warm.surface).not.toBe("#ffffff");
    expect(contrastRatio(warm["on-surface"], warm.surface)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(["toString", "constructor", "__proto__", "hasOwnProperty"])(
    "uses a font named %s as a font name, not an inherited property",
    (font) => {
      const { css } = createTheme({ brand: "#005eb8", font });
      expect(css).toContain(`--mk-font-family: ${font};`);
      expect(css).not.toMatch(/function|native code/);
    },
  );

  it.each([
    [{ brand: "bluish" }, /"brand" must be an opaque CSS colour such as "#005eb8"; got "bluish"/],
    [{ brand: "#005eb880" }, /"brand" must be an opaque CSS colour/],
    [{ brand: "#005eb8", accent: 42 }, /"accent" must be an opaque CSS colour/],
    [{ brand: "#005eb8", name: "Clinic One" }, /"name" must start with a letter and use only a-z, 0-9 and "-"/],
    [{ brand: "#005eb8", radius: "huge" }, /"radius" must be one of "none", "small", "medium", "large"; got "huge"/],
    [{ brand: "#005eb8", density: "tiny" }, /"density" must be one of "compact", "default", "comfortable"/],
    [{ brand: "#005eb8", scheme: "sepia" }, /"scheme" must be one of "light", "dark", "auto"/],
    // Anything that could close the declaration or the rule is refused, so a brand file cannot inject CSS.
    [{ brand: "#005eb8", font: "Arial; } body { display: none" }, /"font" must be "sans", "serif", "rounded"/],
    [{ brand: "#005eb8", font: 'Arial "' }, /"font" must be/],
  ])("refuses %j with a clear message", (options, message) => {
    expect(() => createTheme(options as never)).toThrow(ThemeOptionsError);
    expect(() => createTheme(options as never)).toThrow(message);
  });
});
