import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isPlaceholderReviewer } from "@movekit/core";
import { parseLibrary } from "@movekit/core/validation";
import { describe, expect, it } from "vitest";
import { exercises, library, programmes } from "./library";

// No clinician has signed the shipped content: it must never show a reviewer, real or placeholder.
describe("review status of the shipped content", () => {
  const items = [...exercises, ...programmes];

  it.each(items.map((item) => [item.id, item] as const))("%s is a draft, not shown as reviewed", (_id, item) => {
    expect(item.provenance.status).toBe("draft");
    expect(item.provenance).not.toHaveProperty("reviewer");
    expect(item.provenance).not.toHaveProperty("reviewedOn");
  });

  it("never names a placeholder as a reviewer anywhere, including 'no contraindications' statements", () => {
    const reviewers = items.flatMap((item) => [
      ...(item.provenance.status === "reviewed" ? [item.provenance.reviewer] : []),
      ...("noContraindications" in item && item.noContraindications ? [item.noContraindications.reviewer] : []),
    ]);
    expect(reviewers.filter(isPlaceholderReviewer)).toEqual([]);
    expect(JSON.stringify(library)).not.toMatch(/Clinical reviewer \(physiotherapist\)/);
  });

  it("gets one draft-content warning per exercise and programme from parseLibrary", () => {
    const result = parseLibrary(library);
    const drafts = result.warnings.filter((w) => w.code === "draft-content").map((w) => w.path);
    expect(drafts).toHaveLength(items.length);
    expect(drafts).toContain("$.programmes[0].provenance.status");
  });
});

// The checklist a clinic's physiotherapist signs must cover exactly what ships.
describe("docs/clinical-review.md", () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
  const checklist = readFileSync(path.join(root, "docs/clinical-review.md"), "utf8");
  const rows = checklist.split("\n").filter((line) => line.startsWith("|"));
  const TIER_WORDS = {
    emergency: "Emergency",
    urgent: "Urgent (same day)",
    "stop-exercising": "Stop exercising",
    "non-urgent": "Non-urgent",
  } as const;

  it.each([...exercises, ...programmes].map((item) => [item.id] as const))("lists %s as draft", (id) => {
    const row = rows.find((line) => line.includes(`(\`${id}\`)`));
    expect(row, id).toBeDefined();
    expect(row).toMatch(/\| draft \|/);
  });

  it("lists every warning sign the content carries, in its tier", () => {
    const flags = new Map([...exercises, ...programmes].flatMap((item) => item.redFlags).map((f) => [f.id, f]));
    for (const flag of flags.values()) {
      const row = rows.find((line) => line.startsWith(`| \`${flag.id}\` |`));
      expect(row, flag.id).toBeDefined();
      expect(row?.split("|")[2]?.trim(), flag.id).toBe(TIER_WORDS[flag.urgency]);
    }
  });
});
