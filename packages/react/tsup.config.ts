import { readdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, type Options } from "tsup";
import { entriesOf } from "../../scripts/build-entries";

// Compiled JSX imports "movekit-jsx/jsx-runtime", which is src/internal/jsx-runtime.ts (React's runtime re-exported):
// the files then share one import of React's runtime, and a consumer's bundler keeps one import statement of it
// instead of one per module (about 40 B gzip in a small component).
const JSX_RUNTIME = resolve(import.meta.dirname, "src/internal/jsx-runtime.ts");
const sharedJsxRuntime: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "movekit-jsx-runtime",
  setup(build) {
    build.onResolve({ filter: /^movekit-jsx\/jsx-runtime$/ }, () => ({ path: JSX_RUNTIME }));
  },
};

// One entry per component folder, so each ships as its own subpath (`@movekit/react/dosage-summary`).
const componentEntries = readdirSync("src")
  .filter((name) => statSync(`src/${name}`).isDirectory() && !name.startsWith("internal"))
  .filter((name) => {
    try {
      return statSync(`src/${name}/index.ts`).isFile();
    } catch {
      return false;
    }
  })
  .map((name) => `src/${name}/index.ts`);

export default defineConfig({
  // In a fixed order (scripts/build-entries.ts).
  entry: entriesOf("src", ["src/index.ts", ...componentEntries]),
  format: ["esm"],
  target: "es2022",
  // No source maps: the output is unminified ES2022 that reads like the source, and maps were ~42 % of the install.
  sourcemap: false,
  clean: true,
  splitting: true,
  treeshake: true,
  dts: {
    compilerOptions: {
      ignoreDeprecations: "6.0",
      // Components import client entries by their public name (`@movekit/react/progression-ladder`) so the JS
      // keeps the "use client" boundary; while building, those types come from src (dist has none yet). The
      // import itself stays external, like in the JS.
      paths: { "@movekit/react/*": ["./src/*/index.ts"] },
    },
  },
  esbuildOptions(options) {
    options.jsxImportSource = "movekit-jsx";
  },
  esbuildPlugins: [sharedJsxRuntime],
  external: [/^react($|\/)/, /^react-dom($|\/)/, /^@movekit\//, /^radix-ui/, /^hls\.js/, /^@tanstack\//],
});
