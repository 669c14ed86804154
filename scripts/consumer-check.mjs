// Packs the built packages, installs the tarballs into a scratch app in a temporary folder, type-checks it and
// renders DosageSummary from `@movekit/react/dosage-summary` with the stylesheet, as a consumer would.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const app = mkdtempSync(join(tmpdir(), "movekit-consumer-"));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: "inherit" });

try {
  const tarballs = {};
  for (const name of ["core", "tokens", "content", "react"]) {
    run("pnpm", ["pack", "--pack-destination", app], join(root, "packages", name));
  }
  for (const file of readdirSync(app).filter((f) => f.endsWith(".tgz"))) {
    const name = file.replace(/^movekit-(\w+)-.*$/, "@movekit/$1");
    tarballs[name] = `file:./${file}`;
  }
  const rootPkg = JSON.parse(execFileSync("node", ["-p", "JSON.stringify(require('./package.json'))"], { cwd: root }));
  const dev = rootPkg.devDependencies;
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify(
      {
        name: "movekit-consumer",
        private: true,
        type: "module",
        dependencies: { ...tarballs, react: dev.react, "react-dom": dev["react-dom"] },
        devDependencies: {
          typescript: dev.typescript,
          "@types/react": dev["@types/react"],
          "@types/react-dom": dev["@types/react-dom"],
        },
        overrides: tarballs,
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
        module: "NodeNext",
        moduleResolution: "NodeNext",
        jsx: "react-jsx",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ["app.tsx"],
    }),
  );
  writeFileSync(
    join(app, "app.tsx"),
    `import { DosageSummary } from "@movekit/react/dosage-summary";
import type { Dosage } from "@movekit/core";
const dosage: Dosage = { sets: 3, reps: 10, perSide: true, holdSeconds: 5 };
export const App = () => <DosageSummary dosage={dosage} locale="en-GB" />;
`,
  );
  writeFileSync(
    join(app, "render.mjs"),
    `import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DosageSummary } from "@movekit/react/dosage-summary";
const html = renderToString(createElement(DosageSummary, { dosage: { sets: 3, reps: 10, perSide: true, holdSeconds: 5 } }));
if (!html.includes("3 sets of 10 repetitions on each side, hold each for 5 seconds")) throw new Error("DosageSummary did not render its words: " + html);
const css = readFileSync(fileURLToPath(import.meta.resolve("@movekit/react/styles.css")), "utf8");
if (!css.includes(".mk-dosage-summary") || !css.includes("--mk-color-surface")) throw new Error("styles.css lacks the component or token rules");
if (/@import/.test(css)) throw new Error("styles.css still has @import lines");
console.log("consumer check: rendered", html.length, "characters of HTML; styles.css", css.length, "bytes");
`,
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], app);
  run("npx", ["tsc", "-p", "."], app);
  run("node", ["render.mjs"], app);
  console.log("consumer check passed");
} finally {
  if (!process.env.KEEP_CONSUMER_APP) rmSync(app, { recursive: true, force: true });
}
