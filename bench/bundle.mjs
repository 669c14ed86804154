// Bundle cost per public entry point, as a consumer's bundler would see it: esbuild, minified ESM, code
// splitting on, production; React, ReactDOM and the JSX runtime external, everything else (@movekit/*, Radix,
// framer-motion, hls.js, …) bundled. Each output chunk is gzipped (level 9) on its own; the entry's up-front
// bytes are its chunk plus every chunk it imports statically, its lazy bytes every other chunk reachable
// through import() (bench/bundle-graph.mjs). Budgets and the table: bench/budgets.json, bench/bundle-report.mjs.

import { join, relative, resolve } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { build } from "esbuild";
import { entryPoints, PACKAGES } from "../scripts/export-entries.mjs";
import { entryChunk, splitChunks, total } from "./bundle-graph.mjs";

const root = resolve(import.meta.dirname, "..");
const REACT = ["react", "react-dom", "react/jsx-runtime", "react-dom/client", "scheduler"];
const ENTRY = "movekit-bench-entry";

/** A virtual entry module with `source` as its text, resolved from the repository root. */
const virtualEntry = (source) => ({
  name: "bench-entry",
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${ENTRY}$`) }, () => ({ path: "entry.js", namespace: ENTRY }));
    b.onLoad({ filter: /.*/, namespace: ENTRY }, () => ({ contents: source, resolveDir: root, loader: "js" }));
  },
});

const sizeOf = (code) => ({
  min: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code).length,
});

/** Builds `source` with splitting and returns its up-front and lazy sizes. */
export async function measure(source, external) {
  const out = await build({
    entryPoints: [ENTRY],
    plugins: [virtualEntry(source)],
    absWorkingDir: root,
    outdir: join(root, "bench-out"),
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    external,
    // Stylesheets ship as their own files (`@movekit/react/styles.css`); these budgets are for script.
    loader: { ".css": "empty" },
    logLevel: "silent",
    // Resolve like a consumer: through package exports to dist, not the workspace's source paths.
    tsconfig: resolve(root, "bench/tsconfig.bench.json"),
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const sizes = new Map();
  for (const file of out.outputFiles) {
    if (file.path.endsWith(".js")) sizes.set(relative(root, file.path).replaceAll("\\", "/"), sizeOf(file.contents));
  }
  const outputs = out.metafile.outputs;
  const { upFront, lazy } = splitChunks(outputs, entryChunk(outputs, `${ENTRY}:entry.js`));
  return { upFront: total(sizes, upFront), lazy: total(sizes, lazy) };
}

/** `@movekit/react/exercise-card` → `ExerciseCard`; a package root → `import *`; other subpaths name no component. */
function componentName(entry) {
  const [, pkg, ...rest] = entry.split("/");
  const sub = rest.join("/");
  if (!sub) return "import *";
  if (pkg !== "react") return undefined;
  return sub.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
}

/** Every JavaScript entry of the packages' export maps; a per-exercise pattern (`./en-GB/exercises/*`) as clamshell. */
export function publicEntries() {
  return PACKAGES.flatMap((pkg) => entryPoints(resolve(root, "packages", pkg)));
}

/** Rows for single named imports, as an app that uses one function or one exercise would bundle them. */
const NAMED = [
  { name: "@movekit/core { describeDosage }", source: 'export { describeDosage } from "@movekit/core";' },
  { name: "@movekit/content { clamshell }", source: 'export { clamshell } from "@movekit/content";' },
  { name: "@movekit/content/en-GB { clamshell }", source: 'export { clamshell } from "@movekit/content/en-GB";' },
];

const REFERENCES = [
  {
    name: "ref: react + react-dom/client",
    source: 'export * from "react"; export { createRoot } from "react-dom/client";',
    external: [],
  },
  { name: "ref: radix-ui Slider", source: 'export { Slider } from "radix-ui";', external: REACT },
  {
    name: "ref: framer-motion LazyMotion + m + domAnimation",
    source: 'export { LazyMotion, m, domAnimation } from "framer-motion";',
    external: REACT,
  },
  // What ExerciseCard and ExerciseDetail must hold under the kit's own rules (beside their budgets): the field check
  // that keeps bad props from throwing and safety text on screen, and the safety parts and dose line an exercise
  // view shows. See "Where the budgets stand" in docs/performance.md.
  {
    name: "floor: the field check (guardExercise)",
    source: 'export { guardExercise } from "@movekit/core/guard";',
    external: REACT,
  },
  {
    name: "floor: the field check, ContraindicationList, RedFlagNotices and DosageSummary (ExerciseDetail)",
    source:
      'export { guardExercise } from "@movekit/core/guard"; export { ContraindicationList } from "@movekit/react/contraindication-list"; export { RedFlagNotices } from "@movekit/react/red-flag-notices"; export { DosageSummary } from "@movekit/react/dosage-summary";',
    external: REACT,
  },
];

/**
 * Measures every row. `own` (other @movekit packages external too) only for rows whose budget keeps one,
 * since it doubles the build time.
 */
export async function bundleRows(budgets) {
  const rows = [];
  const ownFor = async (name, source) => {
    if (budgets?.bundle?.[name]?.own === undefined) return undefined;
    const ownPackage = name.split("/").slice(0, 2).join("/");
    const others = PACKAGES.map((p) => `@movekit/${p}`).filter((p) => p !== ownPackage);
    return (await measure(source, [...REACT, ...others, ...others.map((p) => `${p}/*`)])).upFront;
  };
  for (const entry of publicEntries()) {
    const source = `export * from "${entry}";`;
    const size = await measure(source, REACT);
    rows.push({ name: entry, component: componentName(entry), ...size, own: await ownFor(entry, source) });
  }
  for (const named of NAMED) rows.push({ name: named.name, ...(await measure(named.source, REACT)) });
  for (const ref of REFERENCES)
    rows.push({ name: ref.name, reference: true, ...(await measure(ref.source, ref.external)) });
  return rows;
}
