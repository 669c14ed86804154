// After tsup: restore 'use client' on interactive entries and bundle the stylesheet.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const src = join(root, "src");
const dist = join(root, "dist");

// esbuild drops module directives when bundling; an entry whose source starts with 'use client' gets it back.
for (const name of ["", ...readdirSync(src)]) {
  const entry = join(src, name, "index.ts");
  if (!existsSync(entry)) continue;
  if (!/^\s*["']use client["']/.test(readFileSync(entry, "utf8"))) continue;
  const out = join(dist, name, "index.js");
  const code = readFileSync(out, "utf8");
  if (!code.startsWith('"use client"')) writeFileSync(out, `"use client";\n${code}`);
}

// Inline every @import so consumers get one file: tokens first, then each component's CSS.
const tokensCss = resolve(root, "../tokens/css");
function inline(file, seen = new Set()) {
  if (seen.has(file)) return "";
  seen.add(file);
  return readFileSync(file, "utf8").replace(/@import\s+["']([^"']+)["'];?/g, (_, spec) => {
    const target = spec.startsWith("@movekit/tokens/")
      ? join(tokensCss, spec.slice("@movekit/tokens/".length))
      : resolve(dirname(file), spec);
    return inline(target, seen);
  });
}
writeFileSync(join(dist, "styles.css"), inline(join(src, "styles.css")));
console.log("finish-build: directives restored, dist/styles.css written");
