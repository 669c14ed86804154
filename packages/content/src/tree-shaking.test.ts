// @vitest-environment node
// (esbuild's API refuses jsdom's TextEncoder, so this file runs in plain Node.)
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";
import * as content from "./index";

// What an app's bundler keeps when it imports one exercise: esbuild, minified, ESM, with the package's
// `sideEffects: false`. The workspace sources stand in for dist (the published files keep the same module
// boundaries); @movekit/core stays external so any runtime use of it would show as an import.
const root = resolve(import.meta.dirname, "..");
const workspaceContent: Plugin = {
  name: "workspace-content",
  setup(b) {
    b.onResolve({ filter: /^@movekit\/content$/ }, () => ({ path: resolve(root, "src/index.ts") }));
    b.onResolve({ filter: /^@movekit\/content\/exercises\// }, (args) => ({
      path: resolve(root, "src/exercises", `${args.path.split("/").pop()}.ts`),
    }));
  },
};

async function bundle(source: string): Promise<string> {
  const out = await build({
    stdin: { contents: source, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    external: ["@movekit/core", "react", "react-dom"],
    plugins: [workspaceContent],
    logLevel: "silent",
  });
  return out.outputFiles[0]?.text ?? "";
}

const exerciseExports = Object.entries(content).filter(
  (entry): entry is [string, (typeof content.exercises)[number]] =>
    typeof entry[1] === "object" && content.exercises.includes(entry[1] as (typeof content.exercises)[number]),
);
const slugsIn = (code: string) => [...code.matchAll(/slug:"([a-z0-9-]+)"/g)].map((m) => m[1]);
const programmeId = content.hipFlexorReturnToRun.id;

describe("importing one exercise", () => {
  it("bundles clamshell with every warning sign it carries, and not another exercise or the programme", async () => {
    const code = await bundle('export { clamshell } from "@movekit/content";');
    expect(code).toContain('id:"clamshell"');
    expect(code).not.toContain('"front-plank"');
    expect(code).not.toContain(programmeId);
    // Safety text survives tree-shaking: each of clamshell's warning signs, its action included.
    for (const flag of content.clamshell.redFlags) expect(code).toContain(`id:"${flag.id}"`);
    // A running-only sign (not on clamshell) and the clip of another exercise are left out.
    expect(code).not.toContain("chest-pain-or-breathlessness");
    expect(code).not.toContain("glute-bridge.mp4");
    expect(code).toContain("clamshell.mp4");
    // The data needs no code from @movekit/core.
    expect(code).not.toContain("@movekit/core");
  });

  it("gives the same exercise from its own subpath", async () => {
    const code = await bundle('export { clamshell } from "@movekit/content/exercises/clamshell";');
    expect(slugsIn(code)).toEqual(["clamshell"]);
    expect(code).not.toContain(programmeId);
  });

  it.each(exerciseExports)("%s brings only its own exercise object", async (name, exercise) => {
    const code = await bundle(`export { ${name} } from "@movekit/content";`);
    // A variant built from another exercise (`...clamshell` in banded-clamshell.ts) brings that one along.
    const file = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const source = readFileSync(resolve(root, "src/exercises", `${file}.ts`), "utf8");
    const builtFrom = [...source.matchAll(/from "\.\/([a-z-]+)"/g)].map((m) => m[1]);
    expect(slugsIn(code).filter((slug) => !builtFrom.includes(slug))).toEqual([exercise.slug]);
    expect(code).not.toContain(programmeId);
  });

  it("still bundles the whole library and the programme for those who import them", async () => {
    const code = await bundle('export { library } from "@movekit/content";');
    expect(new Set(slugsIn(code))).toEqual(new Set(content.exercises.map((e) => e.slug)));
    expect(code).toContain(programmeId);
  });
});
