// `pnpm bench`: builds the packages, measures every budget (bytes, then renders), prints tables, exits 1 on any
// breach. BENCH_ONLY=bytes skips the render benchmarks (for a quick look at sizes).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { bundleRows } from "./bundle.mjs";
import { bundleBreaches, bundleTable, orphanBudgets } from "./bundle-report.mjs";

const root = resolve(import.meta.dirname, "..");
const budgets = JSON.parse(readFileSync(resolve(root, "bench/budgets.json"), "utf8"));

if (!process.argv.includes("--no-build")) execFileSync("pnpm", ["-r", "build"], { cwd: root, stdio: "ignore" });

const breaches = [];
const rows = await bundleRows(budgets);
console.log(
  "\nBytes per public entry: esbuild (minified ESM, splitting), React external, everything else bundled; gzip level 9 per chunk.",
);
console.log(
  "Up front: the entry chunk and every chunk it imports statically (judged). Lazy: chunks reached by import().",
);
console.log(bundleTable(rows, budgets));
breaches.push(...bundleBreaches(rows, budgets));
for (const name of orphanBudgets(rows, budgets)) breaches.push(`${name}: a budget with no entry measured`);

// Render benchmarks in Chromium register themselves here as they are added.
for (const file of process.env.BENCH_ONLY === "bytes" ? [] : ["./render.mjs"]) {
  try {
    const mod = await import(file);
    breaches.push(...(await mod.runRenderBenchmarks({ budgets })));
  } catch (error) {
    if (error.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes(file.slice(2))) throw error;
  }
}

if (breaches.length) {
  console.log(`\n${breaches.length} budget breach(es):\n- ${breaches.join("\n- ")}`);
  process.exit(1);
}
console.log("\nEvery budget holds.");
