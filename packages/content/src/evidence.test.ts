import type { Evidence } from "@movekit/core";
import { describe, expect, it } from "vitest";
import { exercises, programmes } from "./library";
import { hipFlexorPainRule } from "./programmes/hip-flexor-return-to-run";
import { references } from "./references";

const seedCitations = new Set(
  [references.seed000, references.seed001, references.seed002, references.seed003].map((r) => r.citation),
);
const knownCitations = new Set(Object.values(references).map((r) => r.citation));

function evidenceOf(item: (typeof exercises)[number] | (typeof programmes)[number]): Evidence[] {
  if (!("phases" in item)) return item.evidence;
  return [...item.evidence, ...item.phases.flatMap((phase) => phase.education.flatMap((e) => e.evidence))];
}

describe.each([...exercises, ...programmes].map((item) => [item.id, item] as const))("%s", (_id, item) => {
  const evidence = evidenceOf(item);

  it("cites a reference for every evidence item", () => {
    expect(evidence.length).toBeGreaterThan(0);
    for (const claim of evidence) {
      expect(claim.references.length, claim.claim["en-GB"]).toBeGreaterThan(0);
      for (const ref of claim.references) expect(knownCitations.has(ref.citation), ref.citation).toBe(true);
      expect(claim.source.length).toBeGreaterThan(0);
    }
  });

  it('marks research findings as "evidence" and source-text opinion as "advice"', () => {
    for (const claim of evidence) {
      const citesResearch = claim.references.some((r) => !seedCitations.has(r.citation));
      expect(claim.kind, claim.claim["en-GB"]).toBe(citesResearch ? "evidence" : "advice");
    }
  });

  it("draws at least one claim from the source texts", () => {
    expect(evidence.some((claim) => claim.references.some((r) => seedCitations.has(r.citation)))).toBe(true);
  });
});

describe("references", () => {
  it("lists the four source texts and the six papers, each research paper with a DOI or a PubMed link", () => {
    expect(Object.keys(references)).toEqual([
      "seed000",
      "seed001",
      "seed002",
      "seed003",
      "zhao2022",
      "mettler2019",
      "grassi2016",
      "besomi2025",
      "buist2008",
      "frandsen2025",
      "nhsSprainsStrains",
    ]);
    for (const [key, ref] of Object.entries(references)) {
      if (key.startsWith("seed")) expect(ref.citation).toMatch(/Movekit source text 00\d/);
      // Papers have a DOI or a PubMed link; national guidance pages link to the NHS website.
      else expect("doi" in ref || ("url" in ref && /pubmed|www\.nhs\.uk/.test(ref.url))).toBe(true);
    }
  });

  it("keeps the kit neutral: no commercial tool named in any shipped text", () => {
    const everything = JSON.stringify([exercises, programmes]);
    expect(everything).not.toMatch(/hip hook/i);
  });

  it("gives the pain rule its source: source text 000", () => {
    expect(hipFlexorPainRule.source.citation).toBe(references.seed000.citation);
  });
});
