import { evaluatePain, parseProgramme, sessionRunSeconds, validateRunningPlan, weeklyRunSeconds } from "@movekit/core";
import { describe, expect, it } from "vitest";
import { exercises } from "./library";
import { hipFlexorPainRule, hipFlexorReturnToRun, hipFlexorRunningPlan } from "./programmes/hip-flexor-return-to-run";

describe("the hip-flexor walk/run plan", () => {
  it("passes validateRunningPlan: no weekly rise above 10% and no run spike", () => {
    expect(validateRunningPlan(hipFlexorRunningPlan)).toEqual([]);
  });

  it("starts at 1 minute running and 1 minute walking and ends with 20 minutes of continuous running", () => {
    const first = hipFlexorRunningPlan.weeks[0]?.sessions[0];
    const last = hipFlexorRunningPlan.weeks.at(-1)?.sessions[0];
    expect(first?.blocks).toEqual([{ runSeconds: 60, walkSeconds: 60, repeats: 10 }]);
    expect(last?.blocks).toEqual([{ runSeconds: 1200, walkSeconds: 0, repeats: 1 }]);
  });

  it("grows the running share every week while keeping the interval part at 20 minutes", () => {
    const weekly = weeklyRunSeconds(hipFlexorRunningPlan);
    for (let i = 1; i < weekly.length; i++) expect(weekly[i]).toBeGreaterThan(weekly[i - 1] as number);
    for (const week of hipFlexorRunningPlan.weeks) {
      for (const session of week.sessions) {
        const interval = session.blocks.reduce((sum, b) => sum + (b.runSeconds + b.walkSeconds) * b.repeats, 0);
        expect(interval).toBe(1200);
        expect(sessionRunSeconds(session)).toBeLessThanOrEqual(1200);
      }
    }
  });

  it("is the plan of the programme's return-to-run phase, whose length matches it", () => {
    const phase = hipFlexorReturnToRun.phases.find((p) => p.usesRunningPlan);
    expect(phase?.id).toBe("return-to-run");
    expect(phase?.minWeeks).toBe(hipFlexorRunningPlan.weeks.length);
    expect(phase?.exitCriteria.map((c) => c.check)).toContainEqual({ kind: "run-continuous", minutes: 20 });
  });
});

describe("the hip-flexor programme", () => {
  it("passes parseProgramme against the library's exercises", () => {
    const result = parseProgramme(hipFlexorReturnToRun, {
      requiredLocales: ["en-GB", "es"],
      exerciseIds: exercises.map((e) => e.id),
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("has the three phases in order, each with exit criteria, sessions per week and education", () => {
    expect(hipFlexorReturnToRun.phases.map((p) => p.id)).toEqual(["settle", "build", "return-to-run"]);
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
