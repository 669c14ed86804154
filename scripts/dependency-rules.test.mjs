// @vitest-environment node
// The dependency-cruiser rules (.dependency-cruiser.cjs) match on paths; a pattern that silently matches nothing
// would let a layering breach through while `pnpm test` stays green. These cases pin what each pattern catches.
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const config = createRequire(import.meta.url)(join(import.meta.dirname, "../.dependency-cruiser.cjs"));
const rule = (name) => {
  const found = config.forbidden.find((r) => r.name === name);
  if (!found) throw new Error(`no rule ${name}`);
  return found;
};
const matches = (pattern, path) => new RegExp(pattern).test(path);

describe("dependency rules", () => {
  it("has a rule for each layering promise in docs/architecture.md", () => {
    expect(config.forbidden.map((r) => r.name)).toEqual([
      "core-is-framework-free",
      "core-imports-no-movekit-package",
      "core-imports-only-valibot",
      "content-imports-only-core",
      "tokens-imports-no-movekit-package",
      "react-imports-core-only",
      "no-relative-import-into-another-package",
      "fixtures-only-from-tests",
      "no-circular-inside-a-package",
    ]);
    for (const r of config.forbidden) expect(r.severity).toBe("error");
  });

  it("catches a UI framework in core, installed under pnpm's layout or unresolved by its bare name", () => {
    const to = rule("core-is-framework-free").to.path;
    for (const path of [
      "node_modules/.pnpm/react@19.3.1/node_modules/react/index.js",
      "node_modules/.pnpm/framer-motion@14.14.0_react@19.3.1/node_modules/framer-motion/dist/index.d.ts",
      "node_modules/.pnpm/radix-ui@1.8.1/node_modules/radix-ui/dist/index.d.mts",
      "hls.js",
      "@tanstack/react-virtual",
      "react-dom",
    ]) {
      expect(matches(to, path), path).toBe(true);
    }
    for (const path of ["node_modules/.pnpm/valibot@1.5.0/node_modules/valibot/dist/index.mjs", "react-hook-x"]) {
      expect(matches(to, path), path).toBe(false);
    }
  });

  it("lets core use valibot and nothing else from npm", () => {
    const allowed = rule("core-imports-only-valibot").to.pathNot;
    expect(matches(allowed, "node_modules/.pnpm/valibot@1.5.0/node_modules/valibot/dist/index.mjs")).toBe(true);
    expect(matches(allowed, "node_modules/.pnpm/x/node_modules/@valibot/to-json-schema/dist/index.js")).toBe(true);
    expect(matches(allowed, "node_modules/.pnpm/zod@4/node_modules/zod/index.js")).toBe(false);
    expect(rule("core-imports-only-valibot").to.dependencyTypes).toContain("core"); // Node built-ins
  });

  it("holds shipped files to the layering and leaves tests, stories and fixtures to the looser rules", () => {
    const notShipped = rule("react-imports-core-only").from.pathNot;
    for (const path of [
      "packages/react/src/pain-check/pain-check.test.tsx",
      "packages/react/src/pain-check/pain-check.browser.test.tsx",
      "packages/react/src/static-components.rsc.test.tsx",
      "packages/core/src/model/types.test-d.ts",
      "packages/core/src/fhir/fhir-schema.fixture.ts",
      "packages/react/src/exercise-video/testing/demo-media.ts",
    ]) {
      expect(matches(notShipped, path), path).toBe(true);
    }
    for (const path of [
      "packages/react/src/pain-check/pain-check.tsx",
      "packages/react/src/safety-notice/tier-icons.tsx",
      "packages/core/src/pain/verdict.ts",
      "packages/react/src/testimonial/index.ts",
    ]) {
      expect(matches(notShipped, path), path).toBe(false);
    }
  });

  it("keeps the private fixtures package out of every shipped file, from any package", () => {
    const { from, to } = rule("fixtures-only-from-tests");
    expect(matches(to.path, "packages/fixtures/src/exercises.ts")).toBe(true);
    for (const path of ["packages/react/src/cue-list/cue-list.tsx", "packages/core/src/pain/verdict.ts"]) {
      expect(matches(from.path, path) && !matches(from.pathNot, path), path).toBe(true);
    }
    expect(matches(from.pathNot, "packages/react/src/cue-list/cue-list.test.tsx")).toBe(true);
  });

  it("lets react take tokens as CSS only, and no content", () => {
    const { to } = rule("react-imports-core-only");
    expect(matches(to.path, "packages/tokens/src/index.ts")).toBe(true);
    expect(matches(to.pathNot, "packages/tokens/src/index.ts")).toBe(false);
    expect(matches(to.pathNot, "packages/tokens/css/tokens.css")).toBe(true);
    expect(matches(to.path, "packages/content/src/index.ts")).toBe(true);
    expect(matches(to.path, "packages/core/src/index.ts")).toBe(false);
  });

  it("refuses runtime cycles and lets cycles made only of type imports through", () => {
    const { to } = rule("no-circular-inside-a-package");
    expect(to.circular).toBe(true);
    expect(to.viaOnly).toEqual({ dependencyTypesNot: ["type-only"] });
  });
});
