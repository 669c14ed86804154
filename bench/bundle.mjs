// Bundle cost per public entry point, as a consumer's bundler would see it (esbuild, minified, ESM).
// Each row is measured twice: its own code (@movekit/* and React external) and with its dependencies
// (only React and ReactDOM external). Reference rows give scale. Budgets live in bench/budgets.json.

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const REACT = ["react", "react-dom", "react/jsx-runtime", "react-dom/client", "scheduler"];
// Loaded with import() only when needed (hls.js: HLS streams in browsers without native HLS), never in the
// entry's own bundle, so not counted against it.
const LAZY = ["hls.js"];

async function measure(source, external) {
  const out = await build({
    stdin: { contents: source, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    external,
    logLevel: "silent",
    // Resolve like a consumer: through package exports to dist, not the workspace's source paths.
    tsconfig: resolve(root, "bench/tsconfig.bench.json"),
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const code = out.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length };
}

export function publicEntries() {
  const entries = [];
  for (const pkg of ["core", "tokens", "content", "react"]) {
    const manifest = JSON.parse(readFileSync(resolve(root, "packages", pkg, "package.json"), "utf8"));
    for (const [sub, target] of Object.entries(manifest.exports)) {
      if (typeof target === "string") continue; // CSS, JSON, media, package.json
      entries.push(sub === "." ? manifest.name : `${manifest.name}/${sub.slice(2)}`);
    }
  }
  return entries;
}

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
];

export async function bundleRows() {
  const rows = [];
  for (const entry of publicEntries()) {
    const source = `export * from "${entry}";`;
    const ownPackage = entry.split("/").slice(0, 2).join("/");
    const others = ["core", "tokens", "content", "react"].map((p) => `@movekit/${p}`).filter((p) => p !== ownPackage);
    const own = await measure(source, [...REACT, ...LAZY, ...others, ...others.map((p) => `${p}/*`)]);
    const withDeps = await measure(source, [...REACT, ...LAZY]);
    rows.push({ name: entry, own, withDeps });
  }
  for (const ref of REFERENCES) {
    const size = await measure(ref.source, ref.external);
    rows.push({ name: ref.name, own: size, withDeps: size, reference: true });
  }
  return rows;
}
