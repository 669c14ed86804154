// Entry points for the packages' tsup builds, as an object in a fixed (sorted) order. tsup hands an object to
// esbuild as it is, but puts an array through a glob whose order varies from run to run; with it varied the
// shared chunks' names and contents, and a consumer's gzip size moved by a few bytes between builds of the same
// source.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** `src/a/b.ts` → `a/b`, the output path without its extension. */
const outName = (root: string, path: string) =>
  relative(root, path)
    .replace(/\.tsx?$/, "")
    .replaceAll("\\", "/");

/** The given source files as tsup entries, keyed by output path. */
export function entriesOf(root: string, files: string[]): Record<string, string> {
  return Object.fromEntries([...files].sort().map((file) => [outName(root, file), file]));
}

/** Every `.ts` module under `root`, each its own entry, except the files and folders `exclude` matches. */
export function moduleEntries(root: string, exclude: (path: string) => boolean): Record<string, string> {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name).replaceAll("\\", "/");
      if (exclude(path)) return [];
      if (entry.isDirectory()) return walk(path);
      return path.endsWith(".ts") ? [path] : [];
    });
  return entriesOf(root, walk(root));
}
