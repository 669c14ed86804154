// The JavaScript entry points a package's export map publishes, as an app imports them. Shared by the byte bench
// and the consumer check, so both see the same list.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The four published packages, in the order their entries are listed. */
export const PACKAGES = ["core", "tokens", "content", "react"];

/**
 * Every entry of the package in `dir` whose target is a module (CSS, JSON, media and package.json are plain
 * strings and left out). A per-exercise pattern (`./en-GB/exercises/*`) stands as one exercise, clamshell.
 */
export function entryPoints(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  return Object.entries(manifest.exports)
    .filter(([, target]) => typeof target !== "string")
    .map(([sub]) => (sub === "." ? manifest.name : `${manifest.name}/${sub.slice(2).replace("*", "clamshell")}`));
}
