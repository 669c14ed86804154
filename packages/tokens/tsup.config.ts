import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm"],
  target: "es2022",
  sourcemap: true,
  clean: true,
  // tsup 8.5 injects baseUrl, which TS 6 deprecates (TS5101).
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
});
