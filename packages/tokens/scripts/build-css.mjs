// Writes packages/tokens/css/** from the TypeScript sources. Node 20 cannot import TypeScript, so esbuild bundles
// src/css-files.ts (with culori) into one ES module first. `--check` only reports whether the files are current.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

const bundle = await build({
  entryPoints: [path.join(root, "src/css-files.ts")],
  bundle: true,
  format: "esm",
  platform: "neutral",
  mainFields: ["module", "main"],
  write: false,
  logLevel: "error",
});
const code = bundle.outputFiles[0].text;
const { generateCssFiles } = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);

const stale = [];
for (const [name, css] of Object.entries(generateCssFiles())) {
  const target = path.join(root, "css", name);
  const current = await readFile(target, "utf8").catch(() => undefined);
  if (current === css) continue;
  stale.push(name);
  if (!check) {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, css);
  }
}
if (check && stale.length > 0) {
  console.error(`Out of date: ${stale.join(", ")}. Run: node packages/tokens/scripts/build-css.mjs`);
  process.exit(1);
}
console.log(stale.length === 0 ? "CSS tokens are up to date." : `Wrote ${stale.map((s) => `css/${s}`).join(", ")}.`);
