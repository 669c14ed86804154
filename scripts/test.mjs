// `pnpm test`: every kind of check, then one plain "N passed, N failed" line summed over all of them.
// Vitest's tests count one each; lint, CSS lint, typecheck, the dependency rules, build, package checks and the
// consumer check count one each.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { ensureChromium } from "./chromium.mjs";

const results = [];
const env = { ...process.env, FORCE_COLOR: process.env.CI ? "0" : process.env.FORCE_COLOR };

function step(name, command, args, extraEnv = {}) {
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  const ok = run.status === 0;
  console.log(`${ok ? "✔" : "✘"} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  results.push({ name, ok });
  return ok;
}

step("lint", "pnpm", ["exec", "biome", "check", "."]);
// Component CSS uses only tokens: no raw lengths, colours or durations (stylelint.config.mjs).
step("lint CSS (stylelint)", "pnpm", ["exec", "stylelint", "packages/react/src/**/*.css"]);
step("typecheck", "pnpm", ["exec", "tsc", "-p", "tsconfig.json", "--noEmit"]);
// The layering (docs/architecture.md) as dependency-cruiser rules: .dependency-cruiser.cjs.
step("dependency rules (dependency-cruiser)", "pnpm", [
  "exec",
  "depcruise",
  "packages",
  "--config",
  ".dependency-cruiser.cjs",
]);
step("react exports map", "node", ["scripts/sync-react-exports.mjs", "--check"]);
const built = step("build packages", "pnpm", ["-r", "build"]);
if (built) step("package checks (publint --strict, attw)", "pnpm", ["-r", "check:pkg"]);

const CHROMIUM_PATH = ensureChromium();
const report = "test-results.json";
rmSync(report, { force: true });
// One Vitest run for every project, the visual one included: its Chromium works while the others' does, rather than
// after them (docs/contributing.md, "Visual regression").
step(
  "vitest (unit, rsc, browser, storybook, visual)",
  "pnpm",
  [
    "exec",
    "vitest",
    "run",
    "--project=unit",
    "--project=rsc",
    "--project=browser",
    "--project=storybook",
    "--project=visual",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ],
  { CHROMIUM_PATH },
);
results.pop(); // counted by its own tests below

if (built && !process.argv.includes("--no-consumer")) step("consumer check", "node", ["scripts/consumer-check.mjs"]);

let passed = results.filter((r) => r.ok).length;
let failed = results.filter((r) => !r.ok).length;
let vitestTotal = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, "utf8"));
  vitestTotal = r.numTotalTests ?? 0;
  passed += r.numPassedTests ?? 0;
  // A file that fails to load (or throws outside its tests) has no failed test but is still one failure. Vitest's
  // numFailedTestSuites would count every enclosing describe of a failed test again.
  const brokenFiles = (r.testResults ?? []).filter(
    (file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed"),
  );
  failed += (r.numFailedTests ?? 0) + brokenFiles.length;
  // Named again at the end: CI keeps only the tail of the output.
  for (const file of r.testResults ?? []) {
    const where = file.name.replace(`${process.cwd()}/`, "");
    for (const test of file.assertionResults.filter((t) => t.status === "failed")) {
      console.log(`failed test: ${where} > ${test.fullName}`);
      const first = (test.failureMessages?.[0] ?? "").split("\n")[0].slice(0, 300);
      if (first) console.log(`  ${first}`);
    }
  }
  for (const file of brokenFiles) console.log(`failed file: ${file.name.replace(`${process.cwd()}/`, "")}`);
} else {
  failed += 1;
  console.log("✘ vitest wrote no report");
}
for (const r of results.filter((r) => !r.ok)) console.log(`failed check: ${r.name}`);
if (vitestTotal === 0) console.log("✘ vitest ran no tests");
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && vitestTotal > 0 ? 0 : 1);
