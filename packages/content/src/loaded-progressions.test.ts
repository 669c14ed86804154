import type { Evidence, Exercise, LocalizedText } from "@movekit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { strengthLoadConsensus } from "./consensus";
import { exercises, programmes } from "./library";
import { afterContinuousStages, runningGate } from "./programmes/hip-flexor-running-stages";
import { references } from "./references";

// #15: "strength never progresses beyond body weight". Every strength exercise must have a step with external
// load (band or weight) somewhere up its progression ladder, and each such step must say so in en-GB and es and
// cite the authors' consensus for the load, since no source text names one.

const isLoaded = (e: Exercise) => e.defaultDosage?.load !== undefined && e.defaultDosage.load.kind !== "bodyweight";

/** Whether any exercise reachable from `start` through `progressions` (including itself) carries a load. */
function reachesLoad(start: string, all: readonly Exercise[]): boolean {
  const byId = new Map(all.map((e) => [e.id, e]));
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const exercise = byId.get(id);
    if (!exercise) continue;
    if (isLoaded(exercise)) return true;
    queue.push(...exercise.progressions.map((p) => p.exerciseId));
  }
  return false;
}

const strength = exercises.filter((e) => e.category === "strength");
const loaded = exercises.filter(isLoaded);
const consensusCitation = references.authorsConsensus.citation;
const citesConsensus = (e: Evidence) => e.references.some((r) => r.citation === consensusCitation);

describe("loaded progressions", () => {
  it("gives every strength exercise a loaded step up its ladder", () => {
    expect(strength.length).toBeGreaterThanOrEqual(6);
    for (const exercise of strength) expect(reachesLoad(exercise.id, exercises), exercise.id).toBe(true);
  });

  it("fails a ladder whose loaded step is removed", () => {
    const cut = exercises.map((e) => (e.id === "clamshell" ? { ...e, progressions: [] } : e));
    expect(reachesLoad("clamshell", cut)).toBe(false);
    const unloaded = exercises.map((e) =>
      e.id === "goblet-box-squat" ? { ...e, defaultDosage: { ...e.defaultDosage, load: { kind: "bodyweight" } } } : e,
    ) as Exercise[];
    expect(reachesLoad("box-squat", unloaded)).toBe(false);
  });

  it("finds a load anywhere along a chain of any length, and none when every step is body weight", () => {
    const base = exercises.find((e) => e.id === "clamshell") as Exercise;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.option(fc.nat(7)), (length, loadAt) => {
        const chain = Array.from(
          { length },
          (_, i): Exercise => ({
            ...base,
            id: `step-${i}`,
            progressions: i + 1 < length ? [{ exerciseId: `step-${i + 1}`, criteria: base.name }] : [],
            defaultDosage: { reps: 10, load: i === loadAt ? { kind: "kg", value: 1 } : { kind: "bodyweight" } },
          }),
        );
        expect(reachesLoad("step-0", chain)).toBe(loadAt !== null && loadAt < length);
      }),
    );
  });

  it.each(loaded.map((e) => [e.id, e] as const))("%s links back to its body-weight version and back up", (id, e) => {
    expect(e.regressions.length, id).toBeGreaterThan(0);
    for (const back of e.regressions) {
      const base = exercises.find((x) => x.id === back.exerciseId);
      expect(
        base?.progressions.map((p) => p.exerciseId),
        id,
      ).toContain(id);
      expect(e.redFlags.map((f) => f.id)).toEqual(base?.redFlags.map((f) => f.id));
    }
    expect(e.provenance?.status).toBe("draft");
  });

  it.each(loaded.map((e) => [e.id, e] as const))("%s has its Spanish text", (id, e) => {
    const texts: LocalizedText[] = [
      e.name,
      e.summary,
      e.startPosition,
      ...e.steps,
      ...e.cues.map((c) => c.text),
      ...e.equipment.map((q) => q.name),
      ...(e.contraindications ?? []).flatMap((c) => [c.text, ...(c.modification ? [c.modification] : [])]),
      ...e.regressions.flatMap((r) => (r.criteria ? [r.criteria] : [])),
      ...e.evidence.map((x) => x.claim),
    ].filter((t): t is LocalizedText => t !== undefined);
    for (const text of texts) {
      expect(text.es?.trim(), `${id}: ${text["en-GB"]}`).toBeTruthy();
      expect(text.es, id).not.toBe(text["en-GB"]);
    }
  });

  it.each(loaded.map((e) => [e.id, e] as const))("%s cites the authors' consensus for its load", (id, e) => {
    const forLoad = e.evidence.filter((x) => citesConsensus(x) && /load/.test(x.claim["en-GB"] ?? ""));
    expect(forLoad.length, id).toBeGreaterThan(0);
    for (const x of forLoad) expect(x.kind).toBe("advice");
  });
});

describe("consensus evidence", () => {
  const programme = programmes[0];
  const all: Evidence[] = [
    ...exercises.flatMap((e) => e.evidence),
    ...(programme?.evidence ?? []),
    ...(programme?.phases ?? []).flatMap((p) => p.education.flatMap((x) => x.evidence)),
    ...[...runningGate, ...afterContinuousStages.flatMap((s) => s.entryCriteria)].flatMap((c) => c.evidence ?? []),
    ...afterContinuousStages.flatMap((s) => s.evidence ?? []),
  ];

  it("cites the consensus reference whenever a claim says it is the authors' consensus or choice", () => {
    const consensus = all.filter((e) => /authors' (consensus|choice)/.test(e.claim["en-GB"] ?? ""));
    expect(consensus.length).toBeGreaterThan(10);
    for (const e of consensus) {
      expect(citesConsensus(e), e.claim["en-GB"]).toBe(true);
      expect(e.kind).toBe("advice");
    }
  });

  it("gives every running gate and stage criterion a cited reference", () => {
    for (const c of [...runningGate, ...afterContinuousStages.flatMap((s) => s.entryCriteria)]) {
      for (const e of c.evidence ?? []) expect(e.references.length, c.id).toBeGreaterThan(0);
    }
  });

  it("states the reps, then sets, then load rule as programme data citing the consensus", () => {
    const rule = programme?.progressionRules.find((r) => r.id === "add-strength-load");
    expect(rule?.action["en-GB"]).toMatch(/repetitions.*set.*load/);
    expect(rule?.action.es).toMatch(/repeticiones.*serie.*carga/);
    expect(rule?.criteria.map((c) => c.check?.kind)).toEqual(["pain-band", "settled-within-24h", undefined]);
    expect(programme?.regressionRules.map((r) => r.id)).toContain("remove-strength-load");
    expect(programme?.evidence).toContain(strengthLoadConsensus);
    expect(citesConsensus(strengthLoadConsensus)).toBe(true);
  });
});
