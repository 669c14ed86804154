import { readdirSync } from "node:fs";
import { defineConfig } from "tsup";
import { moduleEntries } from "../../scripts/build-entries";

// Types for the root entry and for each exercise subpath (`@movekit/content/exercises/<file>`).
const typedEntries = Object.fromEntries([
  ["index", "src/index.ts"],
  ...readdirSync("src/exercises")
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => [`exercises/${file.slice(0, -3)}`, `src/exercises/${file}`]),
]);

export default defineConfig({
  // Every module is its own entry and shared code goes to chunks (as in @movekit/core), so the published files
  // keep the source's module boundaries: with `sideEffects: false` an app that imports one exercise bundles that
  // exercise, its sources and its clip, not the library. Chunks sit directly in dist/, which keeps
  // `new URL("../media/…", import.meta.url)` (media-urls.ts) pointing at media/ from wherever the code lands.
  // In a fixed order (scripts/build-entries.ts), tests left out.
  entry: moduleEntries("src", (path) => path.endsWith(".test.ts")),
  format: ["esm"],
  target: "es2022",
  splitting: true,
  // No source maps: the output is unminified ES2022 that reads like the source, and maps were ~42 % of the install.
  sourcemap: false,
  clean: true,
  // tsup 8.5 injects baseUrl, which TS 6 deprecates (TS5101).
  dts: { entry: typedEntries, compilerOptions: { ignoreDeprecations: "6.0" } },
});
