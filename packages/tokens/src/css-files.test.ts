import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateCssFiles } from "./css-files";
import { themeCatalog } from "./themes/catalog";
import { clinicPresets } from "./themes/presets";
import { colorTokens } from "./tokens";

const cssDir = path.resolve(import.meta.dirname, "../css");
const files = generateCssFiles();

// Names components already used before the theming work; they must keep working.
const baselineNames = [
  ...[
    "surface",
    "on-surface",
    "surface-muted",
    "on-surface-muted",
    "border",
    "accent",
    "on-accent",
    "caution",
    "on-caution",
    "caution-border",
    "danger",
    "on-danger",
    "danger-border",
    "success",
    "on-success",
    "success-border",
    "focus",
    "focus-ring",
  ].map((n) => `color-${n}`),
  ...["1", "2", "3", "4", "6", "8"].map((n) => `space-${n}`),
  ...["sm", "md", "lg"].map((n) => `radius-${n}`),
  "font-family",
  ...["sm", "md", "lg", "xl"].map((n) => `font-size-${n}`),
  "line-height",
  ...["fast", "normal", "slow"].map((n) => `motion-duration-${n}`),
];

describe("generated CSS", () => {
  it.each(Object.keys(files))("css/%s matches its TypeScript source (run scripts/build-css.mjs)", (name) => {
    expect(readFileSync(path.join(cssDir, name), "utf8")).toBe(files[name]);
  });

  it("ships a file for every theme in the catalogue and nothing else", () => {
    expect(Object.keys(files).sort()).toEqual(themeCatalog.map((t) => t.file).sort());
  });

  it("keeps every token name components already use", () => {
    for (const name of baselineNames) expect(files["tokens.css"]).toContain(`--mk-${name}:`);
  });

  it("puts the defaults on :root and on every theme scope, in the tokens layer", () => {
    const css = files["tokens.css"] as string;
    expect(css).toContain("@layer movekit.tokens {\n  :root,\n  [data-mk-theme] {");
    expect(css).toContain("@media (prefers-reduced-motion: reduce)");
    // MovekitProvider reducedMotion="always" writes data-reduced-motion="always".
    expect(css).toContain('[data-reduced-motion="always"] [data-mk-theme] {');
  });

  it.each(themeCatalog.filter((t) => t.name !== "default"))(
    "$file scopes its tokens to [data-mk-theme=$name] in the theme layer",
    ({ name, file }) => {
      const css = files[file] as string;
      expect(css.startsWith("/*")).toBe(true);
      expect(css).toContain("@layer movekit.tokens, movekit.theme, movekit.components;");
      expect(css).toContain(`@layer movekit.theme {\n  [data-mk-theme="${name}"] {`);
      // Every colour role set, never leaking outside the scope.
      for (const token of colorTokens) expect(css).toContain(`--mk-color-${token}:`);
      expect(css).not.toMatch(/:root/);
    },
  );

  it.each(Object.keys(files))("css/%s keeps focus and boundaries visible in forced-colors mode", (name) => {
    const css = files[name] as string;
    const forced = css.slice(css.indexOf("@media (forced-colors: active)"));
    expect(forced).toContain("--mk-color-focus-ring: Highlight;");
    expect(forced).toContain("--mk-color-border: CanvasText;");
  });

  it("makes the auto theme follow prefers-color-scheme", () => {
    expect(files["themes/auto.css"]).toContain('@media (prefers-color-scheme: dark) {\n    [data-mk-theme="auto"] {');
  });

  it("gives the presets different brand hues, one dark scheme and one serif face", () => {
    const accents = Object.keys(clinicPresets).map(
      (name) => /--mk-color-accent: (#[0-9a-f]{6});/.exec(files[`themes/${name}.css`] as string)?.[1],
    );
    expect(new Set(accents).size).toBe(3);
    expect(files["themes/midnight.css"]).toContain("color-scheme: dark;");
    expect(files["themes/heritage.css"]).toMatch(/--mk-font-family: [^;]*serif;/);
  });
});
