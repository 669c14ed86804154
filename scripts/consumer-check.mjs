// The consumer proof. Packs the built packages and installs the four tarballs with pnpm (strict layout, no
// overrides) into fresh apps in a temporary folder, and once with npm:
//  0. the docs: the create-vite template built from getting-started, every other docs snippet type-checked, the
//     public types (and every entry point's .d.ts) compiled by TypeScript 5.4, 5.9, 6.0 and 7, a React Router 7
//     framework-mode build with the exercise page prerendered, and a Next.js App Router build (scripts/
//     consumer-app/frameworks.mjs, react-router.mjs); each build must emit the demo media;
//  1. React 19 + Vite: type-checks a page using every component, builds it, server-renders it with
//     renderToString, hydrates it in Chromium with hydrateRoot (React's development build, which reports every
//     mismatch), scrolls through it and requires zero console errors or warnings and no failed request, served
//     with the demo media under a strict Content-Security-Policy (zero violations; relaxations only as listed in
//     docs/security.md);
//  2. the same for a subset on React 18.3 (the peer range promises 18.2+);
//  3. every entry point imported in plain Node with no DOM globals;
//  4. no eval or new Function in any built bundle (ours in dist, and the app's client bundle).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, ensureChromium } from "./chromium.mjs";
import { checkMedia, docsApp, nextApp } from "./consumer-app/frameworks.mjs";
import { entryPoints, PACKAGES, publishedFolders } from "./export-entries.mjs";

const root = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "movekit-consumer-"));
const rootPkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const dev = rootPkg.devDependencies;

/** The CSP the proof serves with. Relaxations must be listed and justified in docs/security.md. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; media-src 'self' blob:; img-src 'self' data:";

const run = (cmd, args, cwd, env = process.env) =>
  execFileSync(cmd, args, { cwd, env, stdio: ["ignore", "inherit", "inherit"] });
const step = (name) => console.log(`\n— consumer proof: ${name}`);
const failures = [];

function packTarballs() {
  step("packing the packages");
  const dir = join(work, "tarballs");
  mkdirSync(dir);
  for (const name of PACKAGES) {
    execFileSync("pnpm", ["pack", "--pack-destination", dir], { cwd: join(root, "packages", name), stdio: "ignore" });
  }
  const tarballs = {};
  for (const file of readdirSync(dir))
    tarballs[file.replace(/^movekit-(\w+)-.*$/, "@movekit/$1")] = `file:${join(dir, file)}`;
  return tarballs;
}

/** npm resolves the four tarballs' peer ranges to each other too, with no overrides. */
function npmInstall(tarballs) {
  step("npm: the four tarballs install together");
  const app = join(work, "npm");
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "movekit-npm", private: true, type: "module", dependencies: tarballs }),
  );
  run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--loglevel=error", `react@${dev.react}`, `react-dom@${dev.react}`],
    app,
  );
  const script =
    'for (const p of ["core", "tokens", "content", "react"]) await import("@movekit/" + p); console.log("npm: all four import");';
  run("node", ["--input-type=module", "-e", script], app);
}

function makeApp(name, tarballs, react, page) {
  const app = join(work, name);
  cpSync(join(root, "scripts/consumer-app/vite-ssr"), app, { recursive: true });
  if (page !== "page.tsx") cpSync(join(app, "src", page), join(app, "src", "page.tsx"));
  rmSync(join(app, "src", "page-react18.tsx"), { force: true });
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify(
      {
        name: `movekit-${name}`,
        private: true,
        type: "module",
        packageManager: rootPkg.packageManager,
        dependencies: { ...tarballs, react: react.react, "react-dom": react.react },
        devDependencies: {
          vite: dev.vite,
          "@vitejs/plugin-react": dev["@vitejs/plugin-react"],
          typescript: dev.typescript,
          "@types/react": react.types,
          "@types/react-dom": react.types,
        },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(app, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        jsx: "react-jsx",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        lib: ["ES2023", "DOM", "DOM.Iterable"],
        types: ["vite/client"],
      },
      include: ["src"],
    }),
  );
  step(`${name}: pnpm install (strict layout, no overrides)`);
  run("pnpm", ["install", "--reporter=append-only", "--loglevel=warn"], app);
  // Vite leaves server code's new URL(…, import.meta.url) alone, so this SSR app rebases the demo media on both
  // sides (src/content.ts) and serves the folder there, as getting-started tells SSR apps to.
  cpSync(join(app, "node_modules/@movekit/content/media"), join(app, "public/movekit-media"), { recursive: true });
  step(`${name}: type-check against the published .d.ts`);
  run("pnpm", ["exec", "tsc", "-p", "."], app);
  step(`${name}: vite build (client and SSR)`);
  run("pnpm", ["exec", "vite", "build", "--logLevel", "warn", "--outDir", "dist/client"], app);
  checkMedia(`${name} (client build)`, join(app, "dist/client/assets"), failures);
  // The page hydrates on React's development build: only it reports attribute mismatches and other warnings.
  // The production build above is the one scanned for eval.
  const devArgs = [
    "exec",
    "vite",
    "build",
    "--mode",
    "development",
    "--logLevel",
    "warn",
    "--outDir",
    "dist/client-dev",
  ];
  run("pnpm", devArgs, app, { ...process.env, NODE_ENV: "development" });
  run(
    "pnpm",
    ["exec", "vite", "build", "--logLevel", "warn", "--ssr", "src/entry-server.tsx", "--outDir", "dist/server"],
    app,
  );
  return app;
}

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  ".vtt": "text/vtt",
  ".m3u8": "application/vnd.apple.mpegurl",
  ".m4s": "video/iso.segment",
  ".jpg": "image/jpeg",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

async function serveAndHydrate(name, app, browser) {
  const { render } = await import(join(app, "dist/server/entry-server.js"));
  const html = render();
  const page = readFileSync(join(app, "dist/client-dev/index.html"), "utf8").replace("<!--app-->", html);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const file = path === "/" ? null : join(app, "dist/client-dev", path);
    try {
      const body = file ? readFileSync(file) : page;
      res.writeHead(200, {
        "content-type": (file ? TYPES[extname(file)] : "text/html") ?? "application/octet-stream",
        "content-security-policy": CSP,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  const tab = await browser.newPage();
  const messages = [];
  tab.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") messages.push(`${m.type()}: ${m.text()}`);
  });
  tab.on("pageerror", (e) => messages.push(`pageerror: ${e.message}`));
  let mediaFiles = 0;
  tab.on("response", (r) => {
    if (r.status() >= 400) messages.push(`HTTP ${r.status()} for ${r.url()}`);
    else if (r.url().includes("/movekit-media/")) mediaFiles += 1;
  });
  await tab.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  await tab.goto(`http://127.0.0.1:${port}/`, { waitUntil: "networkidle" });
  await tab.waitForFunction(() => window.__hydrated === true, null, { timeout: 10000 });
  await tab.waitForTimeout(300);
  // Scroll through the page so lazy parts run under the policy too: videos load their media and captions, the
  // library measures its rows, deferred sections mount.
  await tab.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((done) => setTimeout(done, 100));
    }
  });
  await tab.waitForLoadState("networkidle");
  await tab.waitForTimeout(300);
  const csp = await tab.evaluate(() => window.__csp);
  await tab.close();
  server.close();
  console.log(
    `${name}: server-rendered ${html.length} characters; ${mediaFiles} demo media files loaded; ${messages.length} console messages; ${csp.length} CSP violations`,
  );
  for (const m of messages) failures.push(`${name}: ${m}`);
  for (const v of csp) failures.push(`${name}: CSP violation ${v}`);
  if (html.length < 200) failures.push(`${name}: the server render looks empty`);
}

function importInPlainNode(app) {
  step("every entry point imported in plain Node (no DOM globals)");
  const entries = PACKAGES.flatMap((name) => entryPoints(join(app, "node_modules/@movekit", name)));
  const script = `for (const e of ${JSON.stringify(entries)}) { await import(e); }
if (typeof window !== "undefined" || typeof document !== "undefined") throw new Error("DOM globals leaked");
console.log("imported", ${entries.length}, "entry points");`;
  writeFileSync(join(app, "import-all.mjs"), script);
  run("node", ["import-all.mjs"], app);
}

function scanForEval(dirs) {
  step("no eval or new Function in built bundles");
  const pattern = /\beval\s*\(|new\s+Function\s*\(/;
  let files = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith(".js")) {
        files += 1;
        if (pattern.test(readFileSync(path, "utf8"))) failures.push(`eval or new Function in ${path}`);
      }
    }
  };
  for (const dir of dirs) walk(dir);
  console.log(`scanned ${files} files`);
}

const started = performance.now();
try {
  const tarballs = packTarballs();
  npmInstall(tarballs);
  await docsApp(work, root, tarballs, step, failures);
  await nextApp(work, root, tarballs, step, failures);
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: CHROMIUM_ARGS,
  });
  try {
    const app19 = makeApp("react19", tarballs, { react: dev.react, types: dev["@types/react"] }, "page.tsx");
    step("react19: SSR then hydrateRoot in Chromium under a strict CSP");
    await serveAndHydrate("react19", app19, browser);
    importInPlainNode(app19);
    scanForEval([...PACKAGES.flatMap((p) => publishedFolders(join(root, "packages", p))), join(app19, "dist/client")]);
    const app18 = makeApp("react18", tarballs, { react: "~18.3.1", types: "^18.3.0" }, "page-react18.tsx");
    step("react18: SSR then hydrateRoot in Chromium under a strict CSP");
    await serveAndHydrate("react18", app18, browser);
  } finally {
    await browser.close();
  }
} catch (error) {
  failures.push(String(error?.stack ?? error));
} finally {
  if (!process.env.KEEP_CONSUMER_APP) rmSync(work, { recursive: true, force: true });
}

console.log(`\nconsumer proof took ${Math.round((performance.now() - started) / 1000)} s`);
if (failures.length) {
  console.error(`\nconsumer proof failed:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("\nconsumer proof passed");
