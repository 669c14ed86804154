// @vitest-environment node
// Every guide in docs/ is also a page in Storybook (stories/guides/<name>.mdx under "Guides/"), so designers and
// clinics who only open Storybook see the same documentation as readers of the repository.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const docs = readdirSync(join(root, "docs")).filter((file) => file.endsWith(".md"));
const guidesDir = join(root, "stories/guides");
const guides = new Map(
  readdirSync(guidesDir)
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => [file, readFileSync(join(guidesDir, file), "utf8")]),
);

describe("docs in Storybook", () => {
  it("finds the guides (so the check below can fail)", () => {
    expect(docs).toContain("getting-started.md");
    expect(docs.length).toBeGreaterThan(5);
  });

  it.each(docs)("docs/%s has a Guides page that renders it", (doc) => {
    const page = guides.get(doc.replace(/\.md$/, ".mdx"));
    expect(page, `stories/guides/${doc.replace(/\.md$/, ".mdx")} is missing`).toBeDefined();
    expect(page).toContain(`from "../../docs/${doc}?raw"`);
    expect(page).toMatch(/<Meta title="Guides\/[^"]+" \/>/);
    expect(page).toMatch(/<Markdown>\{\w+\}<\/Markdown>/);
  });
});

// Every component's docs page carries usage guidance (when to use it, when not, do and don't, anatomy, data
// attributes, accessibility), looked up by the story file's title in stories/guidance.
const storiesDir = join(root, "stories");
const guidance = readdirSync(join(storiesDir, "guidance"))
  .filter((file) => file.endsWith(".ts"))
  .map((file) => readFileSync(join(storiesDir, "guidance", file), "utf8"))
  .join("\n");
const componentStories = readdirSync(storiesDir)
  .filter((file) => file.endsWith(".stories.tsx"))
  .map((file) => ({ file, source: readFileSync(join(storiesDir, file), "utf8") }))
  .filter(({ source }) => /^\s+component: /m.test(source) && !source.includes('tags: ["!autodocs"]'))
  .map(({ file, source }) => ({ file, title: source.match(/^\s+title: "([^"]+)",$/m)?.[1] }));

describe("component docs pages", () => {
  it("finds the component stories (so the check below can fail)", () => {
    expect(componentStories.length).toBeGreaterThan(15);
  });

  it.each(componentStories)("$file has guidance for its docs page", ({ title }) => {
    expect(title).toBeDefined();
    expect(guidance).toContain(`"${title}": `);
  });
});
