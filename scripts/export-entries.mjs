// What a package publishes: the JavaScript entry points of its export map, as an app imports them, and the folders
// its `files` field ships. Shared by the byte bench and the consumer check, so both see the same lists.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The four published packages, in the order their entries are listed. */
export const PACKAGES = ["core", "tokens", "content", "react"];

/**
 * Every entry of the package in `dir` whose target is a module (CSS, JSON, media and package.json are plain
 * strings and left out). A per-exercise pattern (`./en-GB/exercises/*`) stands as one exercise, clamshell.
 */
export function entryPoints(dir) {
  const manifest = readManifest(dir);
  return Object.entries(manifest.exports)
    .filter(([, target]) => typeof target !== "string")
    .map(([sub]) => (sub === "." ? manifest.name : `${manifest.name}/${sub.slice(2).replace("*", "clamshell")}`));
}

/** The folders the package in `dir` ships (its `files` entries that are folders), where its built code lives. */
export function publishedFolders(dir) {
  return readManifest(dir)
    .files.map((entry) => join(dir, entry))
    .filter((path) => statSync(path, { throwIfNoEntry: false })?.isDirectory());
}

function readManifest(dir) {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
}
