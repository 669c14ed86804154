import { isPlaceholderReviewer, parseLibrary } from "@movekit/core";
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
