// The layering of docs/architecture.md as rules, checked by `pnpm test` (`depcruise packages`):
// content → core → react ◄ tokens (tokens only as CSS). "Shipped" means what a package publishes from src:
// tests, type tests, stories, fixtures and the test-support `testing/` folders are not shipped, so they are
// held to a looser rule (public package names only, never another package's src by path).
// Files under src that are not published.
const NOT_SHIPPED = "(\\.(test|test-d|browser\\.test|rsc\\.test|stories|fixture|bench)\\.tsx?$|/testing/)";
// UI frameworks and the browser libraries the components use: none of them may reach core. Matched installed
// (node_modules/<name>/…) or, when core has no such dependency to resolve, by the bare name.
const FRAMEWORKS =
  "(^|/node_modules/)(react|react-dom|framer-motion|motion|radix-ui|@radix-ui/[^/]+|hls\\.js|@tanstack/react-virtual|uqr)(/|$)";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "core-is-framework-free",
      comment: "@movekit/core runs on servers, in workers and in build scripts: no React or browser library.",
      severity: "error",
      from: { path: "^packages/core/src/", pathNot: NOT_SHIPPED },
      to: { path: FRAMEWORKS },
    },
    {
      name: "core-imports-no-movekit-package",
      comment: "Core is the bottom layer: it imports nothing from content, tokens or react.",
      severity: "error",
      from: { path: "^packages/core/src/", pathNot: NOT_SHIPPED },
      to: { path: "^packages/(content|tokens|react)/" },
    },
    {
      name: "core-imports-only-valibot",
      comment: "Core's only runtime dependency is valibot (and @valibot/to-json-schema for the schema build).",
      severity: "error",
      from: { path: "^packages/core/src/", pathNot: NOT_SHIPPED },
      to: {
        dependencyTypes: ["npm", "npm-dev", "npm-peer", "npm-optional", "npm-no-pkg", "npm-unknown", "unknown", "core"],
        pathNot: "(^|/node_modules/)(valibot|@valibot/[^/]+)(/|$)",
      },
    },
    {
      name: "content-imports-only-core",
      comment: "Content is data validated by core: it imports @movekit/core and its own files, nothing else.",
      severity: "error",
      from: { path: "^packages/content/src/", pathNot: NOT_SHIPPED },
      to: { pathNot: "^packages/(content|core)/src/" },
    },
    {
      name: "tokens-imports-no-movekit-package",
      comment: "Tokens stand alone: they reach the components only as CSS that @movekit/react/styles.css imports.",
      severity: "error",
      from: { path: "^packages/tokens/(src|bin|scripts)/", pathNot: NOT_SHIPPED },
      to: { path: "^packages/(core|content|react)/" },
    },
    {
      name: "react-imports-core-only",
      comment:
        "Components present what core computes. Content is the app's choice (passed in as props); tokens arrive as CSS (styles.css).",
      severity: "error",
      from: { path: "^packages/react/src/", pathNot: NOT_SHIPPED },
      to: { path: "^packages/(content|tokens)/", pathNot: "\\.css$" },
    },
    {
      name: "no-relative-import-into-another-package",
      comment:
        "A package reaches another only by its public name (@movekit/…), never through ../../<package>/src: that would bypass the exports map the published package has.",
      severity: "error",
      from: { path: "^packages/([^/]+)/" },
      to: {
        dependencyTypes: ["local"],
        dependencyTypesNot: ["aliased"],
        path: "^packages/",
        pathNot: "^packages/$1/",
      },
    },
    {
      name: "fixtures-only-from-tests",
      comment:
        "@movekit/fixtures is private test, story and bench data: shipped code in any package may not import it.",
      severity: "error",
      from: { path: "^packages/(core|content|tokens|react)/", pathNot: NOT_SHIPPED },
      to: { path: "^packages/fixtures/" },
    },
    {
      name: "no-circular-inside-a-package",
      comment: "Import cycles make module order (and what is initialised first) fragile.",
      severity: "error",
      from: { path: "^packages/([^/]+)/" },
      to: { circular: true, path: "^packages/$1/", viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    exclude: { path: "^packages/[^/]+/(dist|en-GB|node_modules|media|css)/" },
    doNotFollow: { path: "node_modules" },
    // Type-only imports count: a type from another layer is still a dependency on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "types", "default"],
      extensions: [".ts", ".tsx", ".mjs", ".js", ".d.ts"],
    },
    // Content-hash cache: a second run with no changed file skips parsing (a few seconds on 2 cores).
    cache: { folder: "node_modules/.cache/dependency-cruiser", strategy: "content", compress: true },
  },
};
