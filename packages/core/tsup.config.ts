import { defineConfig } from "tsup";
import { moduleEntries } from "../../scripts/build-entries";

export default defineConfig({
  // Every module is its own entry and shared code goes to chunks, so the published files keep the source's
  // module boundaries: with `sideEffects: false` a consumer's bundler drops whole modules it does not use
  // (the content schemas and the other namespaces' strings when an app only shows a DosageSummary).
  // In a fixed order (scripts/build-entries.ts): tests, fixtures and the schema sources left out.
  entry: moduleEntries(
    "src",
    (path) => path === "src/schema" || /\.test\.ts$|\.fixture\.ts$|\/test-fixtures\.ts$/.test(path),
  ),
  format: ["esm"],
  target: "es2022",
  splitting: true,
  // No source maps: the output is unminified ES2022 that reads like the source, and maps were ~42 % of the install.
  sourcemap: false,
  clean: true,
  // tsup 8.5 injects baseUrl, which TS 6 deprecates (TS5101).
  // Types for the root and for each subpath in package.json `exports`.
  dts: {
    entry: {
      index: "src/index.ts",
      "fhir/index": "src/fhir/index.ts",
      "cert/index": "src/cert/index.ts",
      "records/index": "src/records/index.ts",
      "guard/index": "src/guard/index.ts",
      "locales/es/index": "src/locales/es/index.ts",
      "running/index": "src/running/index.ts",
      "session/index": "src/session/index.ts",
      "validation/index": "src/validation/index.ts",
      "video/index": "src/video/index.ts",
      "demo/index": "src/demo/index.ts",
    },
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
});
