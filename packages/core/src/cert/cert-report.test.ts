import { exercises, programmes } from "@movekit/content";
import { libraryFixture, programmeFixture } from "@movekit/fixtures/exercise-inputs";
import { describe, expect, it } from "vitest";
import { parseLibrary } from "../model/parse";
import type { Library } from "../model/types";
import { CERT_ITEMS, certReport } from "./cert-report";

function library(overrides: Parameters<typeof libraryFixture>[0] = {}): Library {
  const parsed = parseLibrary(libraryFixture(overrides));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

const byItem = (report: ReturnType<typeof certReport>) => Object.fromEntries(report.map((e) => [e.item, e]));

describe("certReport", () => {
  it("answers all 16 CERT items (19 entries with their parts), in order, each with a title and evidence", () => {
    const shipped = programmes[0];
    if (!shipped) throw new Error("content ships a programme");
    const report = certReport(shipped, exercises);
    expect(report.map((e) => e.item)).toEqual([...CERT_ITEMS]);
    for (const entry of report) {
      expect(entry.title.length).toBeGreaterThan(0);
      expect(entry.evidence.length).toBeGreaterThan(0);
      expect(["covered", "partial", "missing"]).toContain(entry.status);
    }
    // The shipped programme states its dose for every exercise and describes every exercise.
    expect(byItem(report)["13"]?.status).toBe("covered");
    expect(byItem(report)["1"]?.status).toBe("covered");
  });

  it("for the fixture programme: says what covers each item and what is missing", () => {
    const lib = library();
    const programme = lib.programmes[0];
    if (!programme) throw new Error("fixture");
    const items = byItem(certReport(programme, lib.exercises));
    expect(items["3"]).toMatchObject({
      status: "missing",
      evidence: ["The programme does not say how it is delivered."],
    });
    expect(items["2"]).toMatchObject({ status: "partial" });
    expect(items["2"]?.evidence[0]).toContain("Test Reviewer, physiotherapist");
    expect(items["6"]).toMatchObject({ status: "missing", evidence: ["Nothing in the content covers this."] });
    expect(items["8"]?.evidence[0]).toBe(
      "1 of 1 exercises have a start position, steps and cues; 1 have a captioned video.",
    );
    expect(items["8"]?.status).toBe("covered");
    expect(items["13"]).toMatchObject({ status: "covered" });
    expect(items["15"]).toMatchObject({ status: "covered" });
    expect(items["7a"]?.status).toBe("partial");
    expect(items["10"]?.status).toBe("missing");
  });

  it("reads delivery and education when the programme gives them, and flags exercises it cannot find", () => {
    const base = programmeFixture();
    const lib = library({
      programmes: [
        programmeFixture({
          delivery: { setting: "home", supervision: "unsupervised", format: "individual" },
          phases: base.phases.map((phase) => ({
            ...phase,
            education: [
              { id: `${phase.id}-why`, title: { "en-GB": "Why load helps" }, text: { "en-GB": "Tendons adapt." } },
            ],
          })),
        }),
      ],
    });
    const programme = lib.programmes[0];
    if (!programme) throw new Error("fixture");
    const items = byItem(certReport(programme, []));
    expect(items["3"]).toMatchObject({ status: "covered", evidence: ["Format: individual."] });
    expect(items["9"]).toMatchObject({ status: "covered" });
    expect(items["10"]).toMatchObject({ status: "covered", evidence: ["2 education items."] });
    expect(items["1"]?.status).toBe("partial");
    expect(items["1"]?.evidence).toContain("Not in the exercise list given: test-bridge.");
  });

  it("a draft programme has no clinician behind it", () => {
    const lib = library({
      programmes: [programmeFixture({ provenance: { status: "draft", author: "A. Writer", licence: "CC-BY-4.0" } })],
    });
    const programme = lib.programmes[0];
    if (!programme) throw new Error("fixture");
    const items = byItem(certReport(programme, lib.exercises));
    expect(items["2"]).toMatchObject({
      status: "missing",
      evidence: ["Written by A. Writer. Not yet clinically reviewed."],
    });
  });

  it("writes the report in Spanish", () => {
    const lib = library();
    const programme = lib.programmes[0];
    if (!programme) throw new Error("fixture");
    const items = byItem(certReport(programme, lib.exercises, { locale: "es" }));
    expect(items["13"]?.title).toBe("Dosis: series, repeticiones, sesiones y duración");
    expect(items["6"]?.evidence).toEqual(["Nada en el contenido cubre esto."]);
  });
});
