// Pulls every ```ts / ```tsx block out of README.md, docs/*.md and packages/*/README.md so the consumer check can
// type-check them against the packed packages (and build the ones that name a file), and no snippet rots.
// Fence words after the language: `file=<path>` puts the block at that path in an app, `app=vite|next` builds it
// there, and `fragment` skips it (for partial code; use sparingly).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const FENCE = /^```(tsx?)([^\n]*)\n([\s\S]*?)^```\s*$/gm;

/** Every checked snippet: `{ source, lang, file, app, code }`, in document order. */
export function extractSnippets(root) {
  const docs = [
    "README.md",
    ...readdirSync(join(root, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
    ...readdirSync(join(root, "packages"))
      .map((p) => `packages/${p}/README.md`)
      .filter((f) => existsSync(join(root, f))),
  ];
  const snippets = [];
  for (const doc of docs) {
    const text = readFileSync(join(root, doc), "utf8");
    let index = 0;
    for (const match of text.matchAll(FENCE)) {
      index += 1;
      const [, lang, info, code] = match;
      const words = info.trim().split(/\s+/).filter(Boolean);
      if (words.includes("fragment")) continue;
      const option = (key) => words.find((w) => w.startsWith(`${key}=`))?.slice(key.length + 1);
      snippets.push({
        source: `${doc} block ${index}`,
        doc,
        index,
        lang,
        file: option("file"),
        app: option("app"),
        code,
      });
    }
  }
  return snippets;
}

/**
 * Writes the snippets for one app: those with `app=<app>` at their `file`, and (for the type-check-only app)
 * every other one under src/snippets/, one module each. Returns how many it wrote.
 */
export function writeSnippets(appDir, snippets, app, { collectRest = false } = {}) {
  let count = 0;
  for (const s of snippets) {
    let target;
    if (s.app === app && s.file) target = join(appDir, s.file);
    else if (collectRest && !s.app) {
      const name = `${s.doc.replace(/\.md$/, "").replace(/\W+/g, "-")}-${s.index}${s.file ? `-${s.file.replace(/\W+/g, "-")}` : ""}`;
      target = join(appDir, "src/snippets", `${name}.${s.lang}`);
    } else continue;
    mkdirSync(dirname(target), { recursive: true });
    // A block with no import or export is a script to tsc; `export {}` makes it a module like the others.
    const code = /^\s*(import|export)\s/m.test(s.code) ? s.code : `${s.code}\nexport {};\n`;
    writeFileSync(target, `// From ${s.source}\n${code}`);
    count += 1;
  }
  return count;
}
