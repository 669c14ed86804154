// The README's before/after pictures: ExerciseDetail, ProgrammeView, SessionPlayer, ExerciseVideo and PainCheck
// at 1280 and 320 px in real Chromium, written to docs/images/<set>/<story>-<width>.png.
// Usage: node scripts/docs-screenshots.mjs <before|after>   (not part of `pnpm test`)
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./chromium.mjs";

const set = process.argv[2];
if (!/^[a-z][a-z0-9-]*$/.test(set ?? "")) {
  console.error("usage: node scripts/docs-screenshots.mjs <before|after>");
  process.exit(2);
}
const CHROMIUM_PATH = ensureChromium();
const run = spawnSync("pnpm", ["exec", "vitest", "run", "--project", "docs-screenshots"], {
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH, MOVEKIT_DOCS_SCREENSHOTS: `docs/images/${set}` },
});
if (run.status === 0) console.log(`wrote docs/images/${set}/*.png`);
process.exit(run.status ?? 1);
