// Writes packages/core/schema.json from the valibot schemas. Node 20 cannot run TypeScript, so esbuild bundles
// the builder into a temporary ES module first. Usage: node scripts/write-schema.mjs [--check]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const target = path.join(root, "schema.json");
const dir = mkdtempSync(path.join(tmpdir(), "movekit-schema-"));
const outfile = path.join(dir, "build-json-schema.mjs");

try {
  await build({
    entryPoints: [path.join(root, "src/schema/build-json-schema.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    outfile,
    logLevel: "warning",
  });
  const { buildJsonSchema } = await import(pathToFileURL(outfile).href);
  const text = `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
  if (process.argv.includes("--check")) {
    const current = readFileSync(target, "utf8");
    if (current !== text) {
      console.error("schema.json is out of date: run `node packages/core/scripts/write-schema.mjs`.");
      process.exit(1);
    }
    console.log("schema.json is up to date.");
  } else {
    writeFileSync(target, text);
    console.log(`Wrote ${path.relative(process.cwd(), target)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
