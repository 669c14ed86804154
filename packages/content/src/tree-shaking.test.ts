// @vitest-environment node
// (esbuild's API refuses jsdom's TextEncoder, so this file runs in plain Node.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Exercise, RedFlag } from "@movekit/core";
import { build, type Plugin } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import * as content from "./index";

// What an app's bundler keeps when it imports one exercise: esbuild, minified, ESM, with the package's
// `sideEffects: false`. The workspace sources stand in for dist (the published files keep the same module
// boundaries); @movekit/core stays external so any runtime use of it would show as an import. UTF-8 output keeps
// the Spanish text searchable as written.
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
    charset: "utf8",
    write: false,
    external: ["@movekit/core", "react", "react-dom"],
    plugins: [workspaceContent],
    logLevel: "silent",
  });
  return out.outputFiles[0]?.text ?? "";
}

// Bundles are run from a file (not a data: URL) so the clip URLs resolve against a file: base, as in the tests.
const runDir = mkdtempSync(join(tmpdir(), "movekit-tree-shaking-"));
afterAll(() => rmSync(runDir, { recursive: true, force: true }));
async function run(code: string, name: string): Promise<Record<string, unknown>> {
  const file = join(runDir, `${name}.mjs`);
  writeFileSync(file, code);
  return import(pathToFileURL(file).href);
}

const exerciseExports = Object.entries(content).filter(
  (entry): entry is [string, Exercise] =>
    typeof entry[1] === "object" && content.exercises.includes(entry[1] as Exercise),
);
const slugsIn = (code: string) => [...code.matchAll(/slug:"([a-z0-9-]+)"/g)].map((m) => m[1]);
const programmeId = content.hipFlexorReturnToRun.id;
// Every warning sign and every source the library has, to check what one exercise leaves out.
const allFlags = Object.values(content.redFlags).filter(
  (value): value is RedFlag => typeof value === "object" && value !== null && "urgency" in value,
);
const allSourceNames = Object.values(content.sourceNames);
/** A variant built from another exercise (`...clamshell` in banded-clamshell.ts) brings that one along. */
function builtFromOf(exportName: string): string[] {
  const file = exportName.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const source = readFileSync(resolve(root, "src/exercises", `${file}.ts`), "utf8");
  return [...source.matchAll(/from "\.\/([a-z-]+)"/g)].map((m) => m[1] ?? "");
}
/** Every string an exercise holds, at any depth: what it can show. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (!value || typeof value !== "object") return [];
  return Object.values(value).flatMap(stringsIn);
}
/** The longer string literals in minified code: text, not identifiers or code. */
const textLiterals = (code: string) =>
  [...code.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)]
    .map((m) => JSON.parse(`"${m[1]}"`) as string)
    .filter((s) => s.length >= 40);
const citedNames = (exercise: Exercise) =>
  new Set(exercise.evidence.flatMap((item) => allSourceNames.filter((name) => item.source.split("; ").includes(name))));

describe("importing one exercise", () => {
  it("bundles clamshell with every warning sign it carries, and not another exercise or the programme", async () => {
    const code = await bundle('export { clamshell } from "@movekit/content";');
    expect(code).toContain('id:"clamshell"');
    expect(code).not.toContain('"front-plank"');
    expect(code).not.toContain(programmeId);
    // Safety text survives tree-shaking: each of clamshell's warning signs, its action included, in both languages.
    for (const flag of content.clamshell.redFlags) {
      expect(code).toContain(`id:"${flag.id}"`);
      expect(code).toContain(flag.action.es);
      expect(code).toContain(flag.action["en-GB"]);
    }
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
    const builtFrom = builtFromOf(name);
    expect(slugsIn(code).filter((slug) => slug !== undefined && !builtFrom.includes(slug))).toEqual([exercise.slug]);
    expect(code).not.toContain(programmeId);
  });

  // What one exercise bundles is what it shows. Run on its own, it is the library's exercise to the last character
  // (warning signs, contraindications, evidence and references, both languages, its clip).
  it.each(exerciseExports)("%s run from its own bundle is the library's exercise", async (name, exercise) => {
    const code = await bundle(`export { ${name} } from "@movekit/content";`);
    expect((await run(code, name))[name]).toEqual(exercise);
  });

  // And nothing else: no warning sign it does not carry, no source it does not cite, no sentence it does not hold
  // (a variant may hold the text of the exercise it is built from; clip file paths are not text).
  it.each(exerciseExports)("%s bundles no other sign, source or text", async (name, exercise) => {
    const code = await bundle(`export { ${name} } from "@movekit/content";`);
    const carried = new Set(exercise.redFlags.map((flag) => flag.id));
    expect(carried.size).toBeGreaterThan(0);
    expect(allFlags.filter((flag) => !carried.has(flag.id) && code.includes(`id:"${flag.id}"`))).toEqual([]);

    const cited = citedNames(exercise);
    expect(cited.size).toBeGreaterThan(0);
    expect(allSourceNames.filter((n) => !cited.has(n) && code.includes(`name:${JSON.stringify(n)}`))).toEqual([]);

    const builtFrom = content.exercises.filter((other) => builtFromOf(name).includes(other.slug));
    const held = [exercise, ...builtFrom].flatMap(stringsIn).join("\n");
    const texts = textLiterals(code).filter((text) => !text.startsWith("../media/"));
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((text) => !held.includes(text))).toEqual([]);
  });

  it("still bundles the whole library and the programme for those who import them", async () => {
    const code = await bundle('export { library } from "@movekit/content";');
    expect(new Set(slugsIn(code))).toEqual(new Set(content.exercises.map((e) => e.slug)));
    expect(code).toContain(programmeId);
  });
});
