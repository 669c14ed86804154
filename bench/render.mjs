// Render benchmarks in headless Chromium: the exercise library (initial render and each keystroke of a search,
// 100 / 1,000 / 5,000 exercises) and a 12-week programme, each against a plain, non-virtualised baseline in
// the same page, at 1× and 4× CPU throttling. Pages are built with Vite in production mode and served
// locally; all timing happens inside the page (see bench/pages/measure.ts). Method: docs/performance.md.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium } from "playwright";
import { build } from "vite";
import { ensureChromium } from "../scripts/chromium.mjs";

const root = resolve(import.meta.dirname, "..");
// BENCH_RUNS may raise the count; below 5 only for a quick local look (the table says how many).
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(",").map(Number) : [100, 1000, 5000];
const CPU_RATES = process.env.BENCH_CPU ? process.env.BENCH_CPU.split(",").map(Number) : [1, 4];
/** Typing "squat" one letter at a time, then clearing the field (which brings every exercise back). */
export const KEYSTROKES = ["s", "sq", "squ", "squa", "squat", ""];
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
// One small PNG stands in for every poster, so cards load a real raster image as they would in an app.
const POSTER = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAACAAAAASCAIAAAC1qksFAAAAH0lEQVR42mO4//w9TRHDqAWjFoxaMGrBqAWjFtDDAgBjrBebrVh3oQAAAABJRU5ErkJggg==",
  "base64",
);

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (n) => (n === undefined ? "–" : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const ratio = (a, b) => (a === undefined || !b ? "–" : `${(a / b).toFixed(2)}×`);

function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
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
async function runPage(browser, url, cpu, cycles) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.ready === true, undefined, { timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
    const result = await page.evaluate((args) => window.__bench.run(args.steps, args.cycles), {
      steps: KEYSTROKES,
      cycles,
    });
    if (errors.length) throw new Error(`${url}: ${errors.join("; ")}`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Medians over runs. The first keystroke after a page load also pays a one-off compile of React's update
 * code (~20–30 ms here, whatever the list size), so it is reported on its own ("cold"); the per-step
 * columns come from the second typing cycle when there is one.
 */
function summarise(runs) {
  if (runs.some((run) => run.unavailable)) return { unavailable: runs[0].unavailable };
  const cycle = (run) => run.keystrokes?.at(-1) ?? [];
  const stepCount = cycle(runs[0]).length;
  const perStep = (key) => Array.from({ length: stepCount }, (_, i) => median(runs.map((run) => cycle(run)[i][key])));
  const steps = perStep("paint");
  const echoes = perStep("echo");
  return {
    initialPaint: median(runs.map((run) => run.initial.paint)),
    initialCommit: median(runs.map((run) => run.initial.commit)),
    initialMin: Math.min(...runs.map((run) => run.initial.paint)),
    initialMax: Math.max(...runs.map((run) => run.initial.paint)),
    cold: stepCount ? median(runs.map((run) => run.keystrokes[0][0].paint)) : undefined,
    warm: runs.every((run) => (run.keystrokes?.length ?? 0) > 1),
    steps,
    worstStep: steps.length ? Math.max(...steps) : undefined,
    worstEcho: echoes.length ? Math.max(...echoes) : undefined,
    nodes: median(runs.map((run) => run.nodes)),
  };
}

/**
 * A plain list of 5,000 cards at 4× takes tens of seconds per run, and more runs of it would not change the
 * story, so baseline cells stop after this much time (at least one run). The table shows how many ran.
 * Cells that carry a budget always get RUNS runs.
 */
const BASELINE_CELL_MS = Number(process.env.BENCH_BASELINE_MS ?? 10_000);

async function measureCells(browser, base, page, allVariants, sizes) {
  const only = process.env.BENCH_VARIANTS?.split(",");
  const variants = only ? allVariants.filter((variant) => only.includes(variant)) : allVariants;
  const cells = [];
  for (const cpu of CPU_RATES) {
    for (const size of sizes) {
      for (const variant of variants) {
        const runs = [];
        const started = Date.now();
        for (let i = 0; i < RUNS; i++) {
          if (variant === "baseline" && i > 0 && Date.now() - started > BASELINE_CELL_MS) break;
          // Two typing cycles (cold, then warm); one for the big baselines, whose steps take seconds each.
          const cycles = variant === "baseline" && size >= 1000 ? 1 : 2;
          runs.push(await runPage(browser, `${base}/${page}.html?n=${size}&variant=${variant}`, cpu, cycles));
        }
        cells.push({ cpu, size, variant, runs: runs.length, ...summarise(runs) });
      }
    }
  }
  return cells;
}

function libraryTable(cells) {
  const head = [
    "CPU",
    "N",
    "variant",
    "runs",
    "DOM nodes",
    "initial: commit",
    "initial → paint (min–max)",
    "first keystroke (cold)",
    ...KEYSTROKES.map((q) => (q ? `"${q}"` : "clear")),
    "worst keystroke",
    "worst letter echo",
    "× baseline (initial / worst keystroke)",
  ];
  const rows = cells.map((cell) => {
    const baseline = cells.find((c) => c.cpu === cell.cpu && c.size === cell.size && c.variant === "baseline");
    return [
      `${cell.cpu}×`,
      cell.size.toLocaleString("en-GB"),
      cell.variant,
      String(cell.runs),
      String(cell.nodes),
      ms(cell.initialCommit),
      `${ms(cell.initialPaint)} (${ms(cell.initialMin)}–${ms(cell.initialMax)})`,
      ms(cell.cold),
      ...cell.steps.map((step) => `${ms(step)}${cell.warm ? "" : " ¹"}`),
      ms(cell.worstStep),
      ms(cell.worstEcho),
      cell.variant === "baseline"
        ? "1×"
        : `${ratio(cell.initialPaint, baseline?.initialPaint)} / ${ratio(cell.worstStep, baseline?.worstStep)}`,
    ];
  });
  return markdown(head, rows, 3);
}

function programmeTable(cells) {
  const head = ["CPU", "variant", "runs", "DOM nodes", "commit", "→ paint (min–max)", "× baseline"];
  const rows = cells.map((cell) => {
    if (cell.unavailable) return [`${cell.cpu}×`, cell.variant, "–", "–", "–", cell.unavailable, "–"];
    const baseline = cells.find((c) => c.cpu === cell.cpu && c.variant === "baseline");
    return [
      `${cell.cpu}×`,
      cell.variant,
      String(cell.runs),
      String(cell.nodes),
      ms(cell.initialCommit),
      `${ms(cell.initialPaint)} (${ms(cell.initialMin)}–${ms(cell.initialMax)})`,
      cell.variant === "baseline" ? "1×" : ratio(cell.initialPaint, baseline?.initialPaint),
    ];
  });
  return markdown(head, rows, 2);
}

/** A Markdown table; the first `left` columns are labels, the rest right-aligned numbers. */
function markdown(head, rows, left) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map((_, i) => (i < left ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

/** Checks the library and programme cells against `budgets.render`; returns one line per breach. */
export function renderBreaches(libraryCells, programmeCells, budgets) {
  const breaches = [];
  const library = budgets.render?.["exercise-library"];
  if (library) {
    for (const cell of libraryCells) {
      if (cell.variant !== "library" || cell.size !== library.size) continue;
      const keystroke = library.keystroke?.[`${cell.cpu}x`];
      if (keystroke !== undefined && cell.worstStep > keystroke)
        breaches.push(
          `ExerciseLibrary ${cell.size} exercises, ${cell.cpu}× CPU: slowest keystroke ${ms(cell.worstStep)} ms > ${keystroke} ms`,
        );
      const initial = library.initial?.[`${cell.cpu}x`];
      if (initial !== undefined && cell.initialPaint > initial)
        breaches.push(
          `ExerciseLibrary ${cell.size} exercises, ${cell.cpu}× CPU: initial render ${ms(cell.initialPaint)} ms > ${initial} ms`,
        );
    }
  }
  const programme = budgets.render?.["programme-view"];
  if (programme) {
    for (const cell of programmeCells) {
      if (cell.variant !== "programme-view" || cell.unavailable) continue;
      const initial = programme.initial?.[`${cell.cpu}x`];
      if (initial !== undefined && cell.initialPaint > initial)
        breaches.push(`ProgrammeView 12 weeks, ${cell.cpu}× CPU: render ${ms(cell.initialPaint)} ms > ${initial} ms`);
    }
  }
  return breaches;
}

/** Builds the pages, measures, prints the tables and returns the budget breaches (bench/run.mjs fails on any). */
export async function runRenderBenchmarks({ budgets }) {
  const started = Date.now();
  const outDir = mkdtempSync(join(tmpdir(), "movekit-bench-"));
  await build({ configFile: join(root, "bench/vite.config.ts"), build: { outDir }, logLevel: "warn" });
  const server = await serve(outDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: ARGS });
  try {
    const libraryCells = await measureCells(browser, base, "library", ["library", "baseline"], SIZES);
    const programmeCells = await measureCells(browser, base, "programme", ["programme-view", "baseline"], [336]);
    const version = browser.version();
    console.log(
      `\nExercise library render, ms from the state update to the next paint (median of the runs, one fresh page load each; keystroke cells are per-step medians). Chromium ${version}.`,
    );
    console.log(libraryTable(libraryCells));
    console.log(
      "Keystroke columns: second typing cycle of each load (warm); ¹ only one cycle (cold). Letter echo: first frame after the keystroke.",
    );
    console.log(
      `\nProgramme view, 12 weeks × 4 sessions × 6–8 exercises (336 rows), ms to the next paint (median of the runs).`,
    );
    console.log(programmeTable(programmeCells));
    if (programmeCells.some((cell) => cell.unavailable))
      console.log("Note: ProgrammeView is not built yet, so its budget was not checked (bench/pages/programme.tsx).");
    console.log(`Render benchmarks took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    return renderBreaches(libraryCells, programmeCells, budgets);
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
