// `pnpm --filter @movekit/content media`: regenerates the demo clips, posters and WebVTT tracks in media/.
// Bundles render-media.ts (TypeScript, importing the workspace sources) with esbuild, then runs it.
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const here = import.meta.dirname;
const root = resolve(here, "../../..");
const outfile = join(tmpdir(), `movekit-render-media-${process.pid}.mjs`);
await build({
  entryPoints: [join(here, "render-media.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile,
  tsconfig: join(root, "tsconfig.json"),
  // Always the workspace sources, never a stale dist build.
  alias: { "@movekit/core": join(root, "packages/core/src/index.ts") },
  logLevel: "warning",
});
try {
  const { renderAll } = await import(pathToFileURL(outfile).href);
  await renderAll({
    mediaDir: resolve(here, "../media"),
    tokensCss: resolve(root, "packages/tokens/css/tokens.css"),
    only: process.argv.slice(2),
  });
} finally {
  rmSync(outfile, { force: true });
}
