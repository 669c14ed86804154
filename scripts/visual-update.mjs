// Regenerates the visual suite's baselines (stories/visual/baselines/) in one command: deletes them all, so
// renamed or removed stories leave nothing behind, then runs the `visual` project with --update.
// Extra arguments narrow the run and then only those baselines are rewritten, e.g. `-t pain-check`.
// Usage: pnpm test:visual:update [vitest args]
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumMajor, ensureChromium } from "./chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const baselines = path.join(root, "stories/visual/baselines");
const extra = process.argv.slice(2);

const chromiumPath = ensureChromium();
// The version the pictures are made with: the visual test compares only on this Chromium major version.
const major = chromiumMajor(chromiumPath);
const versionFile = path.join(baselines, "chromium-major.txt");
const recorded = (() => {
  try {
    return readFileSync(versionFile, "utf8").trim();
  } catch {
    return undefined;
  }
})();
if (extra.length > 0 && recorded && recorded !== major) {
  console.error(`The baselines are from Chromium ${recorded}, this is ${major}: update them all (no arguments).`);
  process.exit(1);
}

if (extra.length === 0) rmSync(baselines, { recursive: true, force: true });
// Written before the run: the visual test reads it to know which Chromium the pictures it is about to take are for.
mkdirSync(baselines, { recursive: true });
if (major !== "unknown") writeFileSync(versionFile, `${major}\n`);
const started = Date.now();
const run = spawnSync("pnpm", ["exec", "vitest", "run", "--project", "visual", "--update", ...extra], {
  stdio: "inherit",
  cwd: root,
  env: { ...process.env, CHROMIUM_PATH: chromiumPath },
});

const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith(".png")) files.push(statSync(full).size);
  }
};
try {
  walk(baselines);
} catch {
  // No baselines written: the run failed before any screenshot.
}
const megabytes = files.reduce((sum, size) => sum + size, 0) / 1024 / 1024;
console.log(
  `${files.length} baselines, ${megabytes.toFixed(1)} MB, in ${((Date.now() - started) / 1000).toFixed(0)} s. ` +
    "Review them (git diff --stat stories/visual/baselines) and commit.",
);
process.exit(run.status ?? 1);
