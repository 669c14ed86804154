// `pnpm bench`: builds the packages, measures every budget, prints tables, exits 1 on any breach.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { bundleRows } from "./bundle.mjs";

const root = resolve(import.meta.dirname, "..");
const budgets = JSON.parse(readFileSync(resolve(root, "bench/budgets.json"), "utf8"));
const kb = (n) => `${(n / 1024).toFixed(2)} kB`;

if (!process.argv.includes("--no-build")) execFileSync("pnpm", ["-r", "build"], { cwd: root, stdio: "ignore" });

const breaches = [];
const rows = await bundleRows();
const table = rows.map((row) => {
  const budget = budgets.bundle[row.name] ?? {};
  const checks = [];
  for (const kind of ["own", "withDeps"]) {
    if (budget[kind] === undefined) continue;
    const ok = row[kind].gzip <= budget[kind];
    checks.push(`${kind} ≤ ${kb(budget[kind])} ${ok ? "ok" : "BREACH"}`);
    if (!ok) breaches.push(`${row.name} ${kind}: ${kb(row[kind].gzip)} > ${kb(budget[kind])}`);
  }
  return {
    entry: row.name,
    "own min": kb(row.own.min),
    "own gzip": kb(row.own.gzip),
    "own brotli": kb(row.own.brotli),
    "deps gzip": kb(row.withDeps.gzip),
    "deps brotli": kb(row.withDeps.brotli),
    budget: checks.join("; ") || (row.reference ? "(reference)" : "—"),
  };
});
console.log("\nBundle cost per public entry (esbuild, minified ESM; React external except in the React row)");
console.table(table);

// Render benchmarks in Chromium register themselves here as they are added.
for (const file of ["./render.mjs"]) {
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
