// Render benchmarks in headless Chromium: the exercise library (initial render and each keystroke of a search,
// 100 / 1,000 / 5,000 exercises), a 12-week programme and an exercise video's poster, each against a plain
// baseline in the same page, at 1× and 4× CPU throttling (the poster at 1×). Every page load first times the
// calibration workload (bench/pages/calibrate.ts) at 1×, which scales the absolute limits. Pages are built with Vite in production mode and served
// locally; all timing happens inside the page (see bench/pages/measure.ts). Method: docs/performance.md.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright";
import { build } from "vite";
import { CHROMIUM_ARGS, ensureChromium } from "../scripts/chromium.mjs";
import { gradientPng } from "./poster-png.mjs";
import { judgeRender, renderBreaches, verdictTable } from "./render-judge.mjs";
import { KEYSTROKES, libraryTable, posterTable, programmeTable, summarise } from "./render-report.mjs";

const root = resolve(import.meta.dirname, "..");
// Ten runs, each starting its updates at its own tenth of the frame (see bench/pages/measure.ts); BENCH_RUNS
// changes the count, below 5 only for a quick local look (the table says how many).
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 10));
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(",").map(Number) : [100, 1000, 5000];
const CPU_RATES = process.env.BENCH_CPU ? process.env.BENCH_CPU.split(",").map(Number) : [1, 4];
// BENCH_ONLY=programme (or library, or video) measures one page only, for a quick look at one component.
const ONLY = process.env.BENCH_ONLY;
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
// One small PNG stands in for every poster, so cards load a real raster image as they would in an app.
const POSTER = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAACAAAAASCAIAAAC1qksFAAAAH0lEQVR42mO4//w9TRHDqAWjFoxaMGrBqAWjFtDDAgBjrBebrVh3oQAAAABJRU5ErkJggg==",
  "base64",
);
const LARGE_POSTER = gradientPng(640, 360);

function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (path.startsWith("/synthetic-media/large/")) {
      // The video page's poster; its video, captions and the rest are never fetched before play.
      if (!path.endsWith(".png")) return res.writeHead(404).end();
      res.writeHead(200, { "content-type": "image/png", "cache-control": "max-age=3600" });
      return res.end(LARGE_POSTER);
    }
    if (path.startsWith("/synthetic-media/")) {
      res.writeHead(200, { "content-type": "image/png", "cache-control": "max-age=3600" });
      res.end(POSTER);
      return;
    }
    const file = normalize(join(dir, path === "/" ? "library.html" : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

/** One fresh page load, throttled after the data is ready, running the page's own measurement. */
async function runPage(browser, url, cpu, cycles, position) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.ready === true, undefined, { timeout: 30_000 });
    // How fast this machine is right now, at full speed (bench/pages/calibrate.ts).
    const calibration = await page.evaluate(() => window.__bench.calibrate());
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
    const result = await page.evaluate((args) => window.__bench.run(args.steps, args.cycles, args.position), {
      steps: KEYSTROKES,
      cycles,
      position,
    });
    if (errors.length) throw new Error(`${url}: ${errors.join("; ")}`);
    return { ...result, calibration };
  } finally {
    await context.close();
  }
}

/**
 * A plain list of 5,000 cards at 4× takes tens of seconds per run, and more runs of it would not change the
 * story, so baseline cells stop after this much time (at least one run). The table shows how many ran.
 * Cells that carry a budget always get RUNS runs; a baseline that a budget is a ratio of gets at least
 * JUDGED_BASELINE_RUNS, so the ratio's denominator is a median too.
 */
const BASELINE_CELL_MS = Number(process.env.BENCH_BASELINE_MS ?? 10_000);
const JUDGED_BASELINE_RUNS = Math.min(RUNS, 3);

/** Cells with at least one successful run (the tables print these; the verdicts see every cell). */
const measured = (cells) => cells.filter((cell) => cell.runs > 0);

/** Page loads that failed, printed with the tables (the bench then fails on the unmeasured budgets). */
const failures = [];

async function measureCells(browser, base, page, allVariants, sizes, { cpuRates = CPU_RATES, judgedSize } = {}) {
  const only = process.env.BENCH_VARIANTS?.split(",");
  const variants = only ? allVariants.filter((variant) => only.includes(variant)) : allVariants;
  const cells = [];
  for (const cpu of cpuRates) {
    for (const size of sizes) {
      // The variants take turns, run by run, so a machine that gets busier or quieter during the cell slows the
      // component and its baseline alike, and their ratio stays fair.
      const runs = new Map(variants.map((variant) => [variant, []]));
      const spent = new Map(variants.map((variant) => [variant, 0]));
      const minRuns = size === judgedSize ? JUDGED_BASELINE_RUNS : 1;
      for (let i = 0; i < RUNS; i++) {
        for (const variant of variants) {
          if (variant === "baseline" && i >= minRuns && spent.get(variant) > BASELINE_CELL_MS) continue;
          // Two typing cycles (cold, then warm); one for the big baselines, whose steps take seconds each.
          const cycles = variant === "baseline" && size >= 1000 ? 1 : 2;
          const url = `${base}/${page}.html?n=${size}&variant=${variant}`;
          const started = Date.now();
          // A failed page load is reported and left out, not allowed to throw away every other measurement;
          // a cell with no successful run has no figures, which the verdicts count as a breach.
          try {
            runs.get(variant).push(await runPage(browser, url, cpu, cycles, { run: i, runs: RUNS }));
          } catch (error) {
            failures.push(`${url} at ${cpu}× CPU: ${String(error.message).split("\n")[0]}`);
          }
          spent.set(variant, spent.get(variant) + Date.now() - started);
        }
      }
      for (const variant of variants) {
        const done = runs.get(variant);
        cells.push({ cpu, size, variant, runs: done.length, ...(done.length ? summarise(done) : {}) });
      }
    }
  }
  return cells;
}

/** Builds the pages, measures, prints the tables and returns the budget breaches (bench/run.mjs fails on any). */
export async function runRenderBenchmarks({ budgets }) {
  const started = Date.now();
  const outDir = mkdtempSync(join(tmpdir(), "movekit-bench-"));
  await build({ configFile: join(root, "bench/vite.config.ts"), build: { outDir }, logLevel: "warn" });
  const server = await serve(outDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const render = budgets.render ?? {};
    const only = (page) => !ONLY || ONLY === page;
    const libraryCells = !only("library")
      ? []
      : await measureCells(browser, base, "library", ["library", "baseline"], SIZES, {
          judgedSize: render["exercise-library"]?.size,
        });
    const programmeCells = !only("programme")
      ? []
      : await measureCells(browser, base, "programme", ["programme-view", "baseline"], [336], { judgedSize: 336 });
    const videoCells = !only("video")
      ? []
      : await measureCells(browser, base, "video", ["exercise-video", "baseline"], [1], {
          cpuRates: [1],
          judgedSize: 1,
        });
    const version = browser.version();
    console.log(
      `\nExercise library render, ms from the state update to the next paint (median of the runs, one fresh page load each; keystroke cells are per-step medians). Chromium ${version}.`,
    );
    console.log(libraryTable(measured(libraryCells)));
    console.log(
      "Keystroke columns: second typing cycle of each load (warm); ¹ only one cycle (cold). Letter echo: first frame after the keystroke.",
    );
    console.log(
      `\nProgramme view, 12 weeks × 4 sessions × 6–8 exercises (336 rows), ms to the next paint (median of the runs).`,
    );
    console.log(programmeTable(measured(programmeCells)));
    console.log("\nExercise video poster, ms from `root.render` to the poster's largest-contentful-paint entry.");
    console.log(posterTable(measured(videoCells)));
    if (failures.length) console.log(`\nFailed page loads (left out):\n- ${failures.join("\n- ")}`);
    const judged = judgeRender({ library: libraryCells, programme: programmeCells, video: videoCells }, budgets);
    // BENCH_ONLY judges the one page it measured; a full run judges every budget, unmeasured ones as breaches.
    const ONLY_COMPONENT = { library: "ExerciseLibrary", programme: "ProgrammeView", video: "ExerciseVideo" };
    const checks = ONLY ? judged.filter((check) => check.what.startsWith(ONLY_COMPONENT[ONLY] ?? "")) : judged;
    console.log(
      "\nRender budgets: ratios to the baseline in the same page and run; absolute limits × this run's calibration factor.",
    );
    console.log(verdictTable(checks));
    console.log(`Render benchmarks took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    return [...renderBreaches(checks), ...failures.map((failure) => `page load failed: ${failure}`)];
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
