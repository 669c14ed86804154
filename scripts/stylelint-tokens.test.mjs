// @vitest-environment node
// The stylelint rule that keeps component CSS on the tokens (stylelint.config.mjs). A rule that silently accepts
// everything would let raw values back in while `pnpm test` stays green, so these samples pin what it rejects.
import { join } from "node:path";
import stylelint from "stylelint";
import { describe, expect, it } from "vitest";

const configFile = join(import.meta.dirname, "../stylelint.config.mjs");

/** The rule ids stylelint reports for `css`, in order. */
async function problems(css) {
  const { results } = await stylelint.lint({ code: css, codeFilename: "component.css", configFile });
  return results.flatMap((result) => result.warnings.map((warning) => warning.rule));
}

const rule = (declaration) => `.mk-x { ${declaration} }`;

describe("component CSS lint", () => {
  it.each([
    ["a pixel outline", "outline: 3px solid var(--mk-color-focus-ring);", "unit-disallowed-list"],
    ["a rem target size", "min-height: 2.75rem;", "unit-disallowed-list"],
    ["a pixel font size", "font-size: 11px;", "unit-disallowed-list"],
    ["a print point size outside a waiver", "font-size: 11pt;", "unit-disallowed-list"],
    ["a millisecond duration", "transition: opacity 250ms linear;", "unit-disallowed-list"],
    ["a second duration", "animation-duration: 1s;", "unit-disallowed-list"],
    ["a raw length as a token's fallback", "padding: var(--mk-space-2, 8px);", "unit-disallowed-list"],
    ["a hex colour", "color: #1d232b;", "color-no-hex"],
    ["a named colour", "background: white;", "color-named"],
    ["an rgb() colour", "border-color: rgb(0 0 0);", "function-disallowed-list"],
    ["an oklch() colour", "color: oklch(50% 0.1 200);", "function-disallowed-list"],
  ])("rejects %s", async (_, declaration, expected) => {
    expect(await problems(rule(declaration))).toContain(expected);
  });

  it.each([
    ["tokens", "outline: var(--mk-focus-width) solid var(--mk-color-focus-ring);"],
    ["token arithmetic", "min-height: calc(var(--mk-target-size) * 2);"],
    ["zero", "margin: 0;"],
    ["text-relative em and ch", "margin-top: 0.15em; min-width: 3ch;"],
    ["percentages, fr and viewport units", "width: 100%; grid-template-columns: 1fr 2fr; height: 75vh;"],
    ["unitless numbers", "line-height: 1.5; flex: 1 1 0; stroke-width: 2;"],
    ["transparent and currentColor", "border: var(--mk-border-width) solid transparent; fill: currentColor;"],
  ])("accepts %s", async (_, declaration) => {
    expect(await problems(rule(declaration))).toEqual([]);
  });

  it("accepts a breakpoint in a media or container query, which cannot read a custom property", async () => {
    const css = "@media (min-width: 48rem) { .a { gap: 0; } } @container (max-width: 480px) { .b { gap: 0; } }";
    expect(await problems(css)).toEqual([]);
  });

  it("needs a reason for every waiver, and reports a waiver that waives nothing", async () => {
    const silent = "/* stylelint-disable-next-line unit-disallowed-list */\n.a { width: 1px; }";
    expect(await problems(silent)).toContain("--report-descriptionless-disables");
    const needless = "/* stylelint-disable-next-line unit-disallowed-list -- why */\n.a { width: 0; }";
    expect(await problems(needless)).toContain("--report-needless-disables");
  });

  it("passes every component stylesheet in packages/react/src", async () => {
    const { errored, results } = await stylelint.lint({
      files: "packages/react/src/**/*.css",
      cwd: join(import.meta.dirname, ".."),
      configFile,
    });
    expect(results.length).toBeGreaterThan(15);
    expect(results.flatMap((r) => r.warnings.map((w) => `${r.source}:${w.line} ${w.text}`))).toEqual([]);
    expect(errored).toBe(false);
  });
});
