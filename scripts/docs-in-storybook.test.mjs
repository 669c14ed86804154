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
