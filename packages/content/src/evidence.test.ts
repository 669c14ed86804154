import type { Evidence } from "@movekit/core";
import { describe, expect, it } from "vitest";
import { doseConsensus, programmeConsensus, warningTierConsensus } from "./consensus";
import { exercises, programmes } from "./library";
import { hipFlexorPainRule } from "./programmes/hip-flexor-return-to-run";
import { type ReferenceKey, referenceKinds, references } from "./references";

const seedCitations = new Set(
  [references.seed000, references.seed001, references.seed002, references.seed003].map((r) => r.citation),
);
const knownCitations = new Set(Object.values(references).map((r) => r.citation));
const researchCitations = new Set(
  (Object.keys(references) as ReferenceKey[])
    .filter((key) => referenceKinds[key] === "research")
    .map((key) => references[key].citation),
);
// A repository file name, e.g. "seeds/000_779598120aa6ad19.txt": never shown to a patient as a source.
const FILE_NAME = /seeds\/|\.txt\b|\b\d{3}_[0-9a-f]{16}\b|source text 00\d/i;

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

  it('marks claims that cite research as "evidence" and the rest (source texts, guidance, consensus) as "advice"', () => {
    for (const claim of evidence) {
      const citesResearch = claim.references.some((r) => researchCitations.has(r.citation));
      expect(claim.kind, claim.claim["en-GB"]).toBe(citesResearch ? "evidence" : "advice");
    }
  });

  it("names its sources by title or author, never by a repository file name", () => {
    for (const claim of evidence) {
      expect(claim.source).not.toMatch(FILE_NAME);
      for (const ref of claim.references) expect(ref.citation).not.toMatch(FILE_NAME);
    }
  });

  it("says which of its numbers and tiers are the authors' consensus", () => {
    expect(evidence).toContain(warningTierConsensus);
    if ("phases" in item) for (const entry of programmeConsensus) expect(evidence).toContain(entry);
    else expect(evidence).toContain(doseConsensus);
  });

  it("draws at least one claim from the source texts", () => {
    expect(evidence.some((claim) => claim.references.some((r) => seedCitations.has(r.citation)))).toBe(true);
  });
});

describe("references", () => {
  it("gives every source text a real bibliographic entry: title, author or publisher, address and date read", () => {
    for (const key of ["seed000", "seed001", "seed002", "seed003"] as const) {
      const ref: { citation: string; url?: string } = references[key];
      expect(ref.citation, key).not.toMatch(FILE_NAME);
      expect(ref.citation, key).toMatch(/Read \d{1,2} [A-Z][a-z]+ 20\d\d\./);
      // The one text whose address was not recorded says so rather than inventing one.
      if (!ref.url) expect(ref.citation, key).toMatch(/address not recorded/);
      else expect(ref.url).toMatch(/^https:\/\//);
    }
    expect(references.seed002.citation).toMatch(/^Pobocik K\. Hip flexor pain with running/);
  });

  it("gives each research paper a DOI or a stable address, and each web page its address and date read", () => {
    for (const key of Object.keys(references) as ReferenceKey[]) {
      const ref: { citation: string; url?: string; doi?: string } = references[key];
      if (referenceKinds[key] === "research") expect(ref.doi ?? ref.url, key).toBeTruthy();
      if (referenceKinds[key] === "guidance" && !ref.doi) {
        expect(ref.url, key).toMatch(/^https:\/\//);
        expect(ref.citation, key).toMatch(/Read \d{1,2} [A-Z][a-z]+ 20\d\d\./);
      }
    }
  });

  it("keeps the kit neutral: no commercial tool named in any shipped text", () => {
    const everything = JSON.stringify([exercises, programmes]);
    expect(everything).not.toMatch(/hip hook/i);
  });

  it("gives the pain rule its source: source text 000, and Silbernagel 2007 for the week-on-week check", () => {
    expect(hipFlexorPainRule.source.citation).toBe(references.seed000.citation);
    expect(hipFlexorPainRule.references?.map((r) => r.doi)).toEqual([references.silbernagel2007.doi]);
  });
});
