// The consumer check's framework apps, built from the docs themselves: the create-vite React TS template with the
// getting-started files (plus every other docs snippet, type-checked), a React Router 7 app in framework mode
// (react-router.mjs, sharing the template's install) and a Next.js App Router app whose pages are the
// getting-started blocks. Each checks that the demo media comes out of the app's build.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { entryPoints, PACKAGES } from "../export-entries.mjs";
import { decodeEntities } from "./decode-entities.mjs";
import { extractSnippets, writeSnippets } from "./docs-snippets.mjs";
import { REACT_ROUTER_DEPENDENCIES, REACT_ROUTER_DEV_DEPENDENCIES, reactRouterApp } from "./react-router.mjs";

/**
 * The files of one shipped clip that the exercises reference; each must be emitted by the app's build, with a
 * bundler's content hash (`clamshell-3f2a.webm`) or as copied (`clamshell.webm`).
 */
const CLIP_FILES = [
  /^clamshell([.-].*)?\.mp4$/,
  /^clamshell([.-].*)?\.webm$/,
  /^clamshell[.-].*poster.*\.jpg$/,
  /\.vtt$/,
];

const run = (cmd, args, cwd, env = process.env) =>
  execFileSync(cmd, args, { cwd, env, stdio: ["ignore", "inherit", "inherit"] });

function writePackage(app, name, rootPkg, dependencies, devDependencies, scripts = {}) {
  const manifest = {
    name,
    private: true,
    type: "module",
    packageManager: rootPkg.packageManager,
    scripts,
    dependencies,
    devDependencies,
  };
  writeFileSync(join(app, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Media files a build wrote into `dir`, checked against the clip's files. */
export function checkMedia(label, dir, failures) {
  const files = existsSync(dir) ? readdirSync(dir) : [];
  const missing = CLIP_FILES.filter((pattern) => !files.some((f) => pattern.test(f)));
  const media = files.filter((f) => /\.(mp4|webm|jpg|vtt)$/.test(f));
  console.log(`${label}: ${media.length} media files emitted into ${dir}`);
  for (const pattern of missing) failures.push(`${label}: no ${pattern} in the build output (${dir})`);
  return media.length;
}

/** The TypeScript versions the public types are compiled with: the oldest supported, and the newest of each major. */
const TYPESCRIPTS = { ts54: "npm:typescript@~5.4.5", ts59: "npm:typescript@~5.9.3", ts7: "npm:typescript@^7.0.2" };

/** A module that re-exports every entry point's types, so each published .d.ts is in the program and checked. */
function writeEntries(app) {
  const lines = ["// Every entry point of the four packages: each published .d.ts file is compiled and checked."];
  for (const name of PACKAGES) {
    for (const spec of entryPoints(join(app, "node_modules/@movekit", name))) {
      lines.push(`export type * as entry${lines.length} from "${spec}";`);
    }
  }
  writeFileSync(join(app, "src/entries.ts"), `${lines.join("\n")}\n`);
  return lines.length - 1;
}

/**
 * The create-vite React TS template, verbatim, with src/main.tsx and src/App.tsx from getting-started, every
 * other docs snippet under src/snippets/, and a file using every public type plus every entry point's types,
 * compiled by TypeScript 5.4, 5.9, 6.0 and 7 under `strict` and `skipLibCheck: false`. Then the React Router
 * app in a folder of the same install.
 */
export async function docsApp(work, root, tarballs, step, failures) {
  const rootPkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const dev = rootPkg.devDependencies;
  const app = join(work, "docs-vite");
  cpSync(join(root, "scripts/consumer-app/docs"), app, { recursive: true });
  const snippets = extractSnippets(root);
  const pages = writeSnippets(app, snippets, "vite");
  const rest = writeSnippets(app, snippets, "vite", { collectRest: true }) - pages;
  console.log(`docs snippets: ${snippets.length} found; ${pages} are the Vite app's files, ${rest} type-checked`);
  writePackage(
    app,
    "movekit-docs-vite",
    rootPkg,
    { ...tarballs, react: dev.react, "react-dom": dev["react-dom"], ...REACT_ROUTER_DEPENDENCIES, ajv: "^8.17.0" },
    {
      vite: dev.vite,
      "@vitejs/plugin-react": dev["@vitejs/plugin-react"],
      typescript: dev.typescript,
      ...TYPESCRIPTS,
      ...REACT_ROUTER_DEV_DEPENDENCIES,
      "@types/node": dev["@types/node"],
      "@types/react": dev["@types/react"],
      "@types/react-dom": dev["@types/react-dom"],
    },
    { build: "tsc -b && vite build" },
  );
  step("docs-vite: pnpm install (the four tarballs, no overrides)");
  run("pnpm", ["install", "--reporter=append-only", "--loglevel=warn"], app);
  console.log(`docs-vite: ${writeEntries(app)} entry points in src/entries.ts`);
  step("docs-vite: public types on TypeScript 5.4, 5.9, 6.0 and 7 (strict, skipLibCheck: false)");
  for (const ts of ["ts54", "ts59", "typescript", "ts7"]) {
    const version = JSON.parse(readFileSync(join(app, "node_modules", ts, "package.json"), "utf8")).version;
    const started = performance.now();
    try {
      run("node", [join("node_modules", ts, "bin/tsc"), "-p", "tsconfig.types.json"], app);
      console.log(`TypeScript ${version}: public types check in ${Math.round(performance.now() - started)} ms`);
    } catch {
      failures.push(`docs-vite: the public types fail on TypeScript ${version}`);
    }
  }
  step("docs-vite: the template's own build, tsc -b && vite build");
  run("pnpm", ["run", "build"], app);
  checkMedia("docs-vite", join(app, "dist/assets"), failures);
  await reactRouterApp(app, root, snippets, step, failures, checkMedia);
  return app;
}

/** Next.js (App Router) built from the getting-started blocks: a Server Component page and a client page. */
export async function nextApp(work, root, tarballs, step, failures) {
  const rootPkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const dev = rootPkg.devDependencies;
  const app = join(work, "next");
  cpSync(join(root, "scripts/consumer-app/next"), app, { recursive: true });
  const pages = writeSnippets(app, extractSnippets(root), "next");
  console.log(`next: ${pages} files from getting-started`);
  writePackage(
    app,
    "movekit-next",
    rootPkg,
    { ...tarballs, next: "^16.0.0", react: dev.react, "react-dom": dev["react-dom"] },
    {
      typescript: dev.typescript,
      "@types/node": dev["@types/node"],
      "@types/react": dev["@types/react"],
      "@types/react-dom": dev["@types/react-dom"],
    },
  );
  step("next: pnpm install");
  run("pnpm", ["install", "--reporter=append-only", "--loglevel=warn"], app);
  step("next: next build (App Router)");
  run("pnpm", ["exec", "next", "build"], app, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  const server = join(app, ".next/server/app");
  const detail = join(server, "exercises/clamshell.html");
  if (!existsSync(detail)) failures.push("next: the Server Component page was not prerendered");
  else {
    const html = decodeEntities(readFileSync(detail, "utf8"));
    const { clamshell } = await import(join(app, "node_modules/@movekit/content/dist/index.js"));
    const safety = [...clamshell.redFlags, ...(clamshell.contraindications ?? [])].map((s) => s.text["en-GB"]);
    const absent = safety.filter((text) => !html.includes(text));
    console.log(
      `next: server HTML of /exercises/clamshell has ${safety.length - absent.length}/${safety.length} safety texts`,
    );
    for (const text of absent) failures.push(`next: safety text missing from the server HTML: ${text}`);
  }
  if (!existsSync(join(server, "pain-check.html"))) failures.push("next: the client page was not prerendered");
  checkMedia("next", join(app, ".next/static/media"), failures);
  return app;
}
