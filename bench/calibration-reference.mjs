// Records the calibration reference (bench/budgets.json → render.calibration.referenceMs): runs the page's
// calibration workload (bench/pages/calibrate.ts) in headless Chromium and prints two figures.
// - median wall ms of calibrate(): the figure to record, on a quiet machine of the reference kind;
// - the renderer's CPU ms per pass (/proc utime + stime, Linux only): close to the quiet figure even on a busy
//   machine, since time spent waiting for a core is not counted; use it only when no quiet machine is at hand.
// Usage: node bench/calibration-reference.mjs [calls]
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, ensureChromium } from "../scripts/chromium.mjs";
import { median } from "./render-report.mjs";

const calls = Number(process.argv[2] ?? 15);
const PASSES = 32;
const script = await build({
  entryPoints: [resolve(import.meta.dirname, "pages/calibrate.ts")],
  bundle: true,
  format: "iife",
  globalName: "benchCalibration",
  write: false,
});

/** CPU ms used so far by Chromium's renderer processes (clock ticks of 10 ms). */
function rendererCpu() {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer")) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return ticks * 10;
}

const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.addScriptTag({ content: script.outputFiles[0].text });
  const wall = [];
  const cpu = [];
  for (let i = 0; i < calls; i++) {
    wall.push(await page.evaluate(() => window.benchCalibration.calibrate()));
    const before = rendererCpu();
    await page.evaluate((passes) => window.benchCalibration.calibrate(passes - 1), PASSES);
    cpu.push((rendererCpu() - before) / PASSES);
  }
  console.log(
    `calibrate(): median ${median(wall).toFixed(1)} ms over ${calls} calls (min ${Math.min(...wall).toFixed(1)})`,
  );
  console.log(`renderer CPU per pass: median ${median(cpu).toFixed(1)} ms (min ${Math.min(...cpu).toFixed(1)})`);
} finally {
  await browser.close();
}
