// Source-first inside the workspace: `@movekit/*` resolves to each package's src, so Storybook and the tests
// need no prebuild. Published packages resolve to dist through their exports maps instead.
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pkg = (p: string) => path.join(root, "packages", p);

export const workspaceAliases = [
  { find: /^@movekit\/react\/styles\.css$/, replacement: path.join(pkg("react"), "src/styles.css") },
  { find: /^@movekit\/core\/schema\.json$/, replacement: path.join(pkg("core"), "schema.json") },
  { find: /^@movekit\/tokens\/(.+\.css)$/, replacement: `${path.join(pkg("tokens"), "css")}/$1` },
  { find: /^@movekit\/content\/media\/(.+)$/, replacement: `${path.join(pkg("content"), "media")}/$1` },
  { find: /^@movekit\/react\/([\w-]+)$/, replacement: `${path.join(pkg("react"), "src")}/$1/index.ts` },
  { find: /^@movekit\/core\/([\w/-]+)$/, replacement: `${path.join(pkg("core"), "src")}/$1/index.ts` },
  { find: /^@movekit\/fixtures\/([\w-]+)$/, replacement: `${path.join(pkg("fixtures"), "src")}/$1.ts` },
  { find: /^@movekit\/(core|content|tokens|react)$/, replacement: `${path.join(root, "packages")}/$1/src/index.ts` },
];
