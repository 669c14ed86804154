// The consumer check's React Router 7 app, in framework mode (`@react-router/dev`'s Vite plugin), built from the
// getting-started blocks marked `app=react-router`. It lives in a folder of the docs-vite app and shares that
// app's install (one `pnpm install`, one resolution of the four tarballs), so it adds only its own build. The
// exercise page is prerendered at build time, which runs the server build in Node: the check reads that HTML
// for the safety texts and checks that the media files it points to came out of the build.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeEntities } from "./decode-entities.mjs";
import { writeSnippets } from "./docs-snippets.mjs";

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "inherit", "inherit"] });

/** The dependencies the docs-vite app adds for this one (framework mode needs the node adapter and isbot). */
export const REACT_ROUTER_DEPENDENCIES = {
  "react-router": "^7.18.7",
  "@react-router/node": "^7.18.7",
  isbot: "^5.1.0",
};
export const REACT_ROUTER_DEV_DEPENDENCIES = { "@react-router/dev": "^7.18.7" };

/**
 * Builds the React Router app inside `docsApp` (already installed) and checks its output. `checkMedia` is the
 * shared media check. Returns the seconds it took.
 */
export async function reactRouterApp(docsApp, root, snippets, step, failures, checkMedia) {
  const started = performance.now();
  const app = join(docsApp, "react-router");
  cpSync(join(root, "scripts/consumer-app/react-router"), app, { recursive: true });
  const files = writeSnippets(app, snippets, "react-router");
  console.log(`react-router: ${files} files from getting-started`);
  if (files < 3) failures.push(`react-router: expected root, routes and the page from getting-started, got ${files}`);
  // As getting-started tells SSR apps: the media folder copied to public/, the loader rebases onto it.
  cpSync(join(docsApp, "node_modules/@movekit/content/media"), join(app, "public/movekit-media"), {
    recursive: true,
  });
  step("react-router: type-check the getting-started files");
  try {
    run("node", [join(docsApp, "node_modules/typescript/bin/tsc"), "-p", "react-router/tsconfig.json"], docsApp);
  } catch {
    failures.push("react-router: the getting-started files do not type-check");
  }
  step("react-router: react-router build (framework mode, the exercise page prerendered)");
  // Run from the app's own folder: with a project folder argument instead, Vite 8 (Rolldown) names the server
  // entry relative to the wrong root and the plugin cannot find it in the manifest.
  run("node", [join(docsApp, "node_modules/@react-router/dev/bin.js"), "build"], app);
  const client = join(app, "build/client");
  const page = join(client, "exercises/clamshell/index.html");
  if (!existsSync(page)) failures.push("react-router: the exercise page was not prerendered");
  else {
    const html = decodeEntities(readFileSync(page, "utf8"));
    const { clamshell } = await import(join(docsApp, "node_modules/@movekit/content/dist/index.js"));
    const safety = [...clamshell.redFlags, ...(clamshell.contraindications ?? [])].map((s) => s.text["en-GB"]);
    const absent = safety.filter((text) => !html.includes(text));
    console.log(
      `react-router: server HTML of /exercises/clamshell has ${safety.length - absent.length}/${safety.length} safety texts`,
    );
    for (const text of absent) failures.push(`react-router: safety text missing from the server HTML: ${text}`);
    // Every demo media URL in the page must be a file the build wrote.
    const urls = [...new Set([...html.matchAll(/\/movekit-media\/[^"'\s)\\]+/g)].map((m) => m[0]))];
    const broken = urls.filter((url) => !existsSync(join(client, url.split("?")[0])));
    console.log(`react-router: the page points at ${urls.length} demo media files, ${broken.length} missing`);
    if (urls.length === 0) failures.push("react-router: the page points at no demo media");
    for (const url of broken) failures.push(`react-router: ${url} is not in the build output`);
  }
  checkMedia("react-router", join(client, "movekit-media"), failures);
  const seconds = Math.round((performance.now() - started) / 1000);
  console.log(`react-router: app built and checked in ${seconds} s`);
  return seconds;
}
