import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, type Options } from "tsup";
import { moduleEntries } from "../../scripts/build-entries";
import { oneLanguage } from "./scripts/one-language";

// Types for the root entry and for each exercise subpath (`@movekit/content/exercises/<file>`).
const typedEntries = Object.fromEntries([
  ["index", "src/index.ts"],
  ...readdirSync("src/exercises")
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => [`exercises/${file.slice(0, -3)}`, `src/exercises/${file}`]),
]);

const shared: Options = {
  // Every module is its own entry and shared code goes to chunks (as in @movekit/core), so the published files
  // keep the source's module boundaries: with `sideEffects: false` an app that imports one exercise bundles that
  // exercise, its sources and its clip, not the library. Chunks sit directly in their folder (dist/, en-GB/),
  // one below the package root, which keeps `new URL("../media/…", import.meta.url)` (media-urls.ts) pointing at
  // media/ from wherever the code lands. In a fixed order (scripts/build-entries.ts), tests left out.
  entry: moduleEntries("src", (path) => path.endsWith(".test.ts")),
  format: ["esm"],
  target: "es2022",
  splitting: true,
  // No source maps: the output is unminified ES2022 that reads like the source, and maps were ~42 % of the install.
  sourcemap: false,
  clean: true,
};

export default defineConfig([
  // tsup 8.5 injects baseUrl, which TS 6 deprecates (TS5101).
  { ...shared, outDir: "dist", dts: { entry: typedEntries, compilerOptions: { ignoreDeprecations: "6.0" } } },
  // The same modules with English text only (`@movekit/content/en-GB`); its types are dist's, the shapes being
  // the same.
  { ...shared, outDir: "en-GB", esbuildPlugins: [oneLanguage("en-GB", resolve("src"))] },
]);
