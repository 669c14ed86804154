// Regenerates @movekit/react's exports map from its component folders (one subpath per folder with index.ts).
// `--check` exits 1 when package.json is out of date instead of writing it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../packages/react");
const pkgPath = join(root, "package.json");
const pkg = JSON.parse(readFileSync(pkgPath, "utf8"));

const components = readdirSync(join(root, "src"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith("internal") && existsSync(join(root, "src", d.name, "index.ts")))
  .map((d) => d.name)
  .sort();

const exportsMap = { ".": { types: "./dist/index.d.ts", import: "./dist/index.js" } };
for (const name of components) {
  exportsMap[`./${name}`] = { types: `./dist/${name}/index.d.ts`, import: `./dist/${name}/index.js` };
}
exportsMap["./styles.css"] = "./dist/styles.css";
exportsMap["./package.json"] = "./package.json";

const next = `${JSON.stringify({ ...pkg, exports: exportsMap }, null, 2)}\n`;
if (process.argv.includes("--check")) {
  if (next !== readFileSync(pkgPath, "utf8")) {
    console.error("packages/react/package.json exports are out of date: run node scripts/sync-react-exports.mjs");
    process.exit(1);
  }
} else {
  writeFileSync(pkgPath, next);
  console.log(`exports: ${components.join(", ")}`);
}
