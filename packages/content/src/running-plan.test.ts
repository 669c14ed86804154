import { evaluatePain } from "@movekit/core";
import {
  ladderIndex,
  sessionRunSeconds,
  validateRunningPlan,
  weeklyLongestBout,
  weeklyRunSeconds,
} from "@movekit/core/running";
import { parseProgramme } from "@movekit/core/validation";
import { describe, expect, it } from "vitest";
import { exercises } from "./library";
import { hipFlexorPainRule, hipFlexorReturnToRun, hipFlexorRunningPlan } from "./programmes/hip-flexor-return-to-run";

describe("the hip-flexor walk/run plan", () => {
  const blocks = hipFlexorRunningPlan.weeks.flatMap((w) => w.sessions.flatMap((s) => s.blocks));

  it("passes validateRunningPlan: weekly rise, run spike, same-day runs, bout doubling and walk breaks", () => {
    expect(validateRunningPlan(hipFlexorRunningPlan)).toEqual([]);
  });

  it("starts at 1 minute running and 1 minute walking and ends with 20 minutes of continuous running", () => {
    const first = hipFlexorRunningPlan.weeks[0]?.sessions[0];
    const last = hipFlexorRunningPlan.weeks.at(-1)?.sessions[0];
    expect(first?.blocks).toEqual([{ runSeconds: 60, walkSeconds: 60, repeats: 10 }]);
    expect(last?.blocks).toEqual([{ runSeconds: 1200, walkSeconds: 0, repeats: 1 }]);
  });

  it("adds no more than 10% running a week, and the longest continuous run never more than doubles", () => {
    const weekly = weeklyRunSeconds(hipFlexorRunningPlan);
    const bouts = weeklyLongestBout(hipFlexorRunningPlan);
    for (let i = 1; i < weekly.length; i++) {
      expect(weekly[i]).toBeGreaterThan(weekly[i - 1] as number);
      expect(weekly[i]).toBeLessThanOrEqual(1.1 * (weekly[i - 1] as number));
      expect(bouts[i]).toBeLessThanOrEqual(2 * (bouts[i - 1] as number));
    }
    expect(bouts).toEqual([60, 120, 180, 300, 480, 600, 990, 1080, 1170, 1200]);
  });

  it("uses walk breaks of a minute or none, ladder ratios and whole or half minutes a watch can show", () => {
    for (const b of blocks) {
      expect(b.walkSeconds === 0 || b.walkSeconds >= 30).toBe(true);
      if (b.walkSeconds > 0) expect(ladderIndex(b.runSeconds, b.walkSeconds)).not.toBe(-1);
      expect(b.runSeconds % 30).toBe(0);
    }
    for (const week of hipFlexorRunningPlan.weeks) {
      for (const session of week.sessions) expect(sessionRunSeconds(session)).toBeLessThanOrEqual(1200);
    }
  });

  it("is the plan of the programme's return-to-run phase, whose length matches it", () => {
    const phase = hipFlexorReturnToRun.phases.find((p) => p.usesRunningPlan);
    expect(phase?.id).toBe("return-to-run");
    expect(phase?.minWeeks).toBe(hipFlexorRunningPlan.weeks.length);
    expect(phase?.exitCriteria.map((c) => c.check)).toContainEqual({ kind: "run-continuous", minutes: 20 });
  });
});

describe("the hop and strength gate before running", () => {
  const gate = hipFlexorRunningPlan.entryCriteria ?? [];

  it("asks for pain-free walking, 10 hops on each leg, single-leg bridges and single-leg calf raises", () => {
    expect(gate.map((c) => c.id)).toEqual([
      "walk-30-pain-free",
      "hop-10-each-leg",
      "single-leg-bridge-3x8",
      "calf-raise-20-each-leg",
    ]);
    expect(gate[1]?.text["en-GB"]).toMatch(/hop on the spot 10 times in a row on each leg without pain/);
  });

  it("cites every criterion, and marks the numbers the authors chose as their consensus", () => {
    for (const c of gate) {
      expect(c.evidence?.length, c.id).toBeGreaterThan(0);
      for (const e of c.evidence ?? []) {
        if (e.references.length === 0) {
          expect(e.kind).toBe("advice");
          expect(e.source).toMatch(/authors' consensus/);
          expect(e.claim["en-GB"]).toMatch(/authors' choice/);
        }
      }
    }
  });

  it("is the return-to-run phase's entry, with the bridge test checkable against the library", () => {
    const phase = hipFlexorReturnToRun.phases.find((p) => p.id === "return-to-run");
    const entry = phase?.entryCriteria ?? [];
    for (const c of gate) expect(entry.map((e) => e.text)).toContainEqual(c.text);
    expect(entry.find((e) => e.id === "single-leg-bridge-3x8")?.check).toMatchObject({
      kind: "can-perform",
      exerciseId: "single-leg-glute-bridge",
    });
  });
});

describe("the stage after continuous running", () => {
  const stages = hipFlexorRunningPlan.nextStages ?? [];

  it("brings back hills, then strides, then speed, each with its own entry criteria and steps in both languages", () => {
    expect(stages.map((s) => s.id)).toEqual(["hills", "strides", "speed"]);
    for (const stage of stages) {
      expect(stage.entryCriteria.length, stage.id).toBeGreaterThan(0);
      for (const text of [stage.title, stage.summary, ...stage.steps, ...stage.entryCriteria.map((c) => c.text)]) {
        expect(text["en-GB"]?.length).toBeGreaterThan(0);
        expect(text.es?.length).toBeGreaterThan(0);
      }
    }
    expect(stages[0]?.entryCriteria[0]?.text["en-GB"]).toMatch(/20 minutes continuously/);
  });

  it("is a programme phase after return-to-run, entered only after 20 minutes of continuous running", () => {
    const ids = hipFlexorReturnToRun.phases.map((p) => p.id);
    expect(ids.indexOf("hills-strides-speed")).toBe(ids.indexOf("return-to-run") + 1);
    const phase = hipFlexorReturnToRun.phases.find((p) => p.id === "hills-strides-speed");
    expect(phase?.entryCriteria.map((c) => c.check)).toContainEqual({ kind: "run-continuous", minutes: 20 });
    const rules = [...hipFlexorReturnToRun.progressionRules, ...hipFlexorReturnToRun.regressionRules];
    expect(rules.map((r) => [r.fromPhaseId, r.toPhaseId])).toEqual(
      expect.arrayContaining([
        ["return-to-run", "hills-strides-speed"],
        ["hills-strides-speed", "return-to-run"],
      ]),
    );
  });
});

describe("the hip-flexor programme", () => {
  it("passes parseProgramme against the library's exercises", () => {
    const result = parseProgramme(hipFlexorReturnToRun, {
      requiredLocales: ["en-GB", "es"],
      exerciseIds: exercises.map((e) => e.id),
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings.filter((w) => w.path.includes("runningPlan"))).toEqual([]);
  });

  it("has the four phases in order, each with exit criteria, sessions per week and education", () => {
    expect(hipFlexorReturnToRun.phases.map((p) => p.id)).toEqual([
      "settle",
      "build",
      "return-to-run",
      "hills-strides-speed",
    ]);
    for (const phase of hipFlexorReturnToRun.phases) {
      expect(phase.exitCriteria.length, phase.id).toBeGreaterThan(0);
      expect(phase.sessionsPerWeek, phase.id).toBeGreaterThan(0);
      expect(phase.education.length, phase.id).toBeGreaterThan(0);
    }
    const contents = (id: string) =>
      hipFlexorReturnToRun.phases.find((p) => p.id === id)?.contents.map((c) => c.exerciseId);
    expect(contents("settle")).toEqual(
      expect.arrayContaining(["thomas-psoas-stretch", "cycling-raised-seat", "swimming"]),
    );
    expect(contents("build")).toEqual(
      expect.arrayContaining(["clamshell", "glute-bridge", "front-plank", "eccentric-leg-lowering"]),
    );
    expect(contents("return-to-run")).toEqual(expect.arrayContaining(["dynamic-hip-warm-up", "walk-run-intervals"]));
  });
});

describe("the pain rule (source text 000)", () => {
  it("lets mild pain below 3/10 continue when it has gone by the next morning", () => {
    expect(evaluatePain({ during: 2, after: 2, nextMorning: 0 }, hipFlexorPainRule).action).toBe("continue");
  });

  it("stops for today at 3/10, and the band's label and message both say so", () => {
    const result = evaluatePain({ during: 3, after: 1 }, hipFlexorPainRule);
    expect(result.band.id).toBe("moderate");
    expect(result.action).toBe("stop-today");
    expect(result.band.label["en-GB"]).toMatch(/stop for today/i);
    expect(result.message["en-GB"]).toMatch(/^Stop for today/);
  });

  it("sends severe pain for assessment: stop and contact, in label and message", () => {
    const result = evaluatePain({ during: 6 }, hipFlexorPainRule);
    expect(result.band.id).toBe("severe");
    expect(result.action).toBe("stop-and-contact");
    expect(result.band.label["en-GB"]).toMatch(/stop and contact/i);
    expect(result.message["en-GB"]).toMatch(/contact your physiotherapist.*assessed/);
  });

  it("stops for today when pain has not gone back to the usual level by the next morning", () => {
    const result = evaluatePain({ during: 1, nextMorning: 1 }, hipFlexorPainRule);
    expect(result.settled).toBe(false);
    expect(result.action).toBe("stop-today");
    expect(result.message["en-GB"]).toMatch(/usual level.*Stop for today/);
  });

  it("takes a recorded usual level (baseline) as settled, so a standing morning ache does not block running", () => {
    expect(evaluatePain({ during: 1, nextMorning: 1 }, hipFlexorPainRule, { baseline: 1 })).toMatchObject({
      settled: true,
      action: "continue",
    });
    expect(evaluatePain({ during: 1, nextMorning: 2 }, hipFlexorPainRule, { baseline: 1 }).settled).toBe(false);
  });

  it("holds progress when pain is worse than last week", () => {
    expect(evaluatePain({ during: 1, nextMorning: 0, trend: "worse" }, hipFlexorPainRule).action).toBe("modify");
  });
});
