import { parseLibrary } from "@movekit/core/validation";
import { describe, expect, it } from "vitest";
import * as content from "./index";
import { exercises, library, programmes } from "./library";

const options = { requiredLocales: ["en-GB", "es"] as const, today: "2026-11-23" };

describe("the shipped library", () => {
  it("passes parseLibrary with zero errors, complete in en-GB and Spanish, warning only that it is a draft", () => {
    const result = parseLibrary(library, { ...options, requiredLocales: [...options.requiredLocales] });
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings.filter((w) => w.code !== "draft-content")).toEqual([]);
    expect(result.ok && result.value.exercises).toHaveLength(exercises.length);
  });

  it("is strict enough to catch a Spanish text removed from the shipped content", () => {
    const broken = structuredClone(library);
    const cue = broken.exercises[0]?.cues[0];
    if (!cue) throw new Error("the first exercise has no cues");
    delete cue.text.es;
    const result = parseLibrary(broken, { requiredLocales: ["en-GB", "es"] });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.code])).toContainEqual([
      "$.exercises[0].cues[0].text.es",
      "missing-translation",
    ]);
  });

  it("ships every exercise the brief asks for", () => {
    expect(exercises.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        "clamshell",
        "glute-bridge",
        "single-leg-glute-bridge",
        "knee-plank",
        "front-plank",
        "side-plank",
        "eccentric-leg-lowering",
        "thomas-psoas-stretch",
        "half-kneeling-hip-flexor-stretch",
        "yoga-bridge-pose",
        "fire-hydrant",
        "downward-dog",
        "box-squat",
        "dynamic-hip-warm-up",
        "walk-run-intervals",
        "cycling-raised-seat",
        "swimming",
      ]),
    );
    expect(programmes.map((p) => p.id)).toEqual(["hip-flexor-return-to-run"]);
  });

  it("exports each exercise by its camelCase name", () => {
    const byName = content as unknown as Record<string, unknown>;
    for (const exercise of exercises) {
      const name = exercise.id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      expect(byName[name], name).toBe(exercise);
    }
  });

  it("wires the ladders the brief describes", () => {
    const links = (id: string, list: "progressions" | "regressions") =>
      exercises.find((e) => e.id === id)?.[list].map((l) => l.exerciseId);
    expect(links("glute-bridge", "progressions")).toEqual(["single-leg-glute-bridge", "banded-glute-bridge"]);
    expect(links("front-plank", "regressions")).toEqual(["knee-plank"]);
    expect(links("front-plank", "progressions")).toEqual(["side-plank"]);
  });

  it("states safety for every exercise: contraindications, each relative one with its modification", () => {
    for (const exercise of exercises) {
      expect(exercise.contraindications?.length ?? 0, exercise.id).toBeGreaterThan(0);
      for (const c of exercise.contraindications ?? []) {
        if (c.severity === "relative") expect(c.modification?.es, `${exercise.id}/${c.id}`).toBeTruthy();
      }
      expect(
        exercise.redFlags.map((f) => f.id),
        exercise.id,
      ).toContain("sudden-sharp-pain");
    }
  });

  it("sends fever with groin pain and not bearing weight to the urgent tier, chest pain to emergency", () => {
    const flags = new Map(exercises.flatMap((e) => e.redFlags).map((f) => [f.id, f.urgency]));
    expect(flags.get("groin-pain-with-fever")).toBe("urgent");
    expect(flags.get("cannot-bear-weight")).toBe("urgent");
    expect(flags.get("chest-pain-or-breathlessness")).toBe("emergency");
    expect(flags.get("pain-builds-as-you-go")).toBe("stop-exercising");
    expect(flags.get("limping-or-changed-stride")).toBe("stop-exercising");
  });

  it("carries the same provenance and licence on every exercise and programme, as a draft", () => {
    for (const item of [...exercises, ...programmes]) {
      expect(item.provenance).toEqual({ status: "draft", author: "Movekit content team", licence: "CC-BY-4.0" });
    }
  });

  it("warns against aqua-jogging where cross-training is offered in the pool", () => {
    const swimming = exercises.find((e) => e.id === "swimming");
    const text = JSON.stringify(swimming?.cues.filter((c) => c.role === "safety"));
    expect(text).toMatch(/aqua-jogging/);
    expect(text).toMatch(/aquarunning/);
  });
});
