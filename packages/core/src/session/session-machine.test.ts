import { describe, expect, it } from "vitest";
import { displaySeconds, shouldAnnounceCountdown } from "./announce";
import { totalsBySide } from "./session-log";
import {
  createSessionState,
  currentTimer,
  type SessionEvent,
  type SessionState,
  sessionReducer,
  timerRemainingMs,
} from "./session-machine";
import { buildSessionPlan } from "./session-plan";
import { sessionProgress } from "./session-progress";

function run(state: SessionState, ...events: SessionEvent[]): SessionState {
  return events.reduce(sessionReducer, state);
}

describe("buildSessionPlan", () => {
  it("runs unilateral work on each side and reads the work kind from the dose", () => {
    const plan = buildSessionPlan([
      { exerciseId: "clamshell", dosage: { sets: 2, reps: 10 }, laterality: "unilateral" },
      { exerciseId: "bridge", dosage: { sets: 3, reps: 8, holdSeconds: 5 } },
      { exerciseId: "plank", dosage: { sets: 3, holdSeconds: 30, restBetweenSetsSeconds: 60 } },
      { exerciseId: "march", dosage: { durationSeconds: 60 } },
      { exerciseId: "walk", dosage: { distance: { value: 1, unit: "km" } } },
    ]);
    expect(plan.steps.map((s) => [s.sides, s.work.kind])).toEqual([
      [["left", "right"], "reps"],
      [["both"], "reps-hold"],
      [["both"], "hold"],
      [["both"], "timed"],
      [["both"], "open"],
    ]);
    // Falls back to the same default rest the time estimate uses (30 s), and none for a single set.
    expect(plan.steps.map((s) => s.restBetweenSetsSeconds)).toEqual([30, 30, 60, 0, 0]);
  });
});

describe("sessionReducer", () => {
  it("walks sets and sides with rests between them and logs reps per side", () => {
    const plan = buildSessionPlan([
      {
        exerciseId: "clamshell",
        dosage: { sets: 2, reps: 2, perSide: true, restBetweenSetsSeconds: 30, restBetweenSidesSeconds: 10 },
      },
    ]);
    let s = run(createSessionState(plan), { type: "start", now: 0 });
    expect(s.stage).toMatchObject({ kind: "work", phase: "count" });
    s = run(s, { type: "rep", now: 1000 }, { type: "rep", now: 2000 });
    // Left side done: rest between sides, already pointing at the right side.
    expect(s.stage).toMatchObject({ kind: "rest", reason: "sides" });
    expect(s.plan.steps[0]?.sides[s.side]).toBe("right");
    s = run(s, { type: "tick", now: 12_000 });
    expect(s.stage).toMatchObject({ kind: "work", phase: "count", reps: 0 });
    s = run(s, { type: "rep", now: 13_000 }, { type: "rep", now: 14_000 });
    expect(s.stage).toMatchObject({ kind: "rest", reason: "sets" });
    expect(s.set).toBe(1);
    // The person cuts the rest short.
    s = run(s, { type: "skip-rest", now: 20_000 }, { type: "rep", now: 21_000 }, { type: "rep", now: 22_000 });
    s = run(s, { type: "tick", now: 32_000 }, { type: "rep", now: 33_000 }, { type: "rep", now: 34_000 });
    expect(s.stage.kind).toBe("feedback");
    const exercise = s.log.exercises[0];
    expect(exercise?.status).toBe("done");
    expect(exercise && totalsBySide(exercise)).toEqual({
      left: { sets: 2, reps: 4, holds: 0, seconds: 0 },
      right: { sets: 2, reps: 4, holds: 0, seconds: 0 },
    });
    s = run(s, { type: "finish", now: 40_000, painDuring: 2, painAfter: 1, difficulty: "about-right" });
    expect(s.stage.kind).toBe("complete");
    expect(s.log).toMatchObject({ completed: true, painDuring: 2, painAfter: 1, difficulty: "about-right" });
    expect(s.log.activeSeconds).toBe(40);
  });

  it("times each hold of a repetition, with a short relax between holds", () => {
    const plan = buildSessionPlan([{ exerciseId: "bridge", dosage: { sets: 1, reps: 3, holdSeconds: 5 } }]);
    let s = run(createSessionState(plan), { type: "start", now: 0 });
    expect(s.stage).toMatchObject({ phase: "hold" });
    s = run(s, { type: "tick", now: 5000 });
    expect(s.stage).toMatchObject({ phase: "relax", reps: 1, holds: 1 });
    s = run(s, { type: "tick", now: 7000 });
    expect(s.stage).toMatchObject({ phase: "hold", reps: 1 });
    // One big jump finishes the remaining holds, carrying each end time into the next timer.
    s = run(s, { type: "tick", now: 19_000 });
    expect(s.stage.kind).toBe("feedback");
    expect(s.log.exercises[0]?.sets).toEqual([
      { set: 1, side: "both", reps: 3, holds: 3, seconds: 15, completed: true },
    ]);
  });

  it("freezes timers while paused and resumes where it left off", () => {
    const plan = buildSessionPlan([{ exerciseId: "plank", dosage: { sets: 1, holdSeconds: 30 } }]);
    let s = run(createSessionState(plan), { type: "start", now: 0 }, { type: "pause", now: 10_000 });
    const t = currentTimer(s);
    expect(s.paused).toBe(true);
    expect(t && timerRemainingMs(t, 100_000)).toBe(20_000);
    s = run(s, { type: "tick", now: 100_000 });
    expect(s.stage.kind).toBe("work");
    s = run(s, { type: "resume", now: 100_000 }, { type: "tick", now: 119_999 });
    expect(s.stage.kind).toBe("work");
    s = run(s, { type: "tick", now: 120_000 });
    expect(s.stage.kind).toBe("feedback");
    expect(s.log.exercises[0]?.sets[0]).toMatchObject({ holds: 1, seconds: 30, completed: true });
    s = run(s, { type: "finish", now: 120_000 });
    // 10 s before the pause and 20 s after it.
    expect(s.log.activeSeconds).toBe(30);
  });

  it("records a set ended early as not completed, with the time held", () => {
    const plan = buildSessionPlan([{ exerciseId: "plank", dosage: { sets: 2, holdSeconds: 30 } }]);
    const s = run(createSessionState(plan), { type: "start", now: 0 }, { type: "finish-set", now: 12_000 });
    expect(s.log.exercises[0]?.sets[0]).toEqual({
      set: 1,
      side: "both",
      reps: 0,
      holds: 0,
      seconds: 12,
      completed: false,
    });
    expect(s.stage).toMatchObject({ kind: "rest", reason: "sets" });
  });

  it("asks for a pain score before skipping because it hurts, and can be cancelled", () => {
    const plan = buildSessionPlan([
      { exerciseId: "plank", dosage: { sets: 1, holdSeconds: 30 } },
      { exerciseId: "bridge", dosage: { reps: 10 } },
    ]);
    let s = run(createSessionState(plan), { type: "start", now: 0 }, { type: "ask-pain", now: 5000 });
    expect(s).toMatchObject({ painPrompt: true, paused: true });
    s = run(s, { type: "cancel-pain", now: 9000 });
    expect(s).toMatchObject({ painPrompt: false, paused: false });
    expect(timerRemainingMs(currentTimer(s) ?? { durationMs: 0, remainingMs: 0, runningSince: null }, 9000)).toBe(
      25_000,
    );
    s = run(s, { type: "ask-pain", now: 10_000 }, { type: "skip-exercise", now: 12_000, reason: "pain", painScore: 7 });
    expect(s.log.exercises[0]).toMatchObject({ status: "skipped", skipReason: "pain", painScore: 7 });
    expect(s.log.exercises[0]?.sets[0]).toMatchObject({ seconds: 6, completed: false });
    expect(s).toMatchObject({ step: 1, painPrompt: false, paused: false, stage: { kind: "ready" } });
  });

  it("does not count waiting to start as a pause when the pain prompt is cancelled", () => {
    const plan = buildSessionPlan([{ exerciseId: "bridge", dosage: { reps: 2 } }]);
    const s = run(createSessionState(plan), { type: "ask-pain", now: 0 }, { type: "cancel-pain", now: 1 });
    expect(s).toMatchObject({ painPrompt: false, paused: false, stage: { kind: "ready" } });
    // Already paused before the prompt: cancelling keeps it paused.
    const paused = run(
      createSessionState(plan),
      { type: "start", now: 0 },
      { type: "pause", now: 1 },
      { type: "ask-pain", now: 2 },
      { type: "cancel-pain", now: 3 },
    );
    expect(paused).toMatchObject({ painPrompt: false, paused: true });
  });

  it("ignores events that do not fit the stage", () => {
    const plan = buildSessionPlan([{ exerciseId: "bridge", dosage: { reps: 2 } }]);
    const ready = createSessionState(plan);
    expect(run(ready, { type: "rep", now: 0 }, { type: "pause", now: 0 }, { type: "skip-rest", now: 0 })).toEqual(
      ready,
    );
    const paused = run(ready, { type: "start", now: 0 }, { type: "pause", now: 1 });
    expect(run(paused, { type: "rep", now: 2 }).stage).toMatchObject({ reps: 0 });
  });

  it("reports progress per set and side", () => {
    const plan = buildSessionPlan([
      { exerciseId: "a", dosage: { sets: 2, reps: 1, perSide: true, restBetweenSetsSeconds: 0 } },
      { exerciseId: "b", dosage: { reps: 1 } },
    ]);
    let s = run(createSessionState(plan), { type: "start", now: 0 });
    expect(sessionProgress(s)).toEqual({ exercise: 1, exercises: 2, blocksDone: 0, blocks: 5 });
    s = run(s, { type: "rep", now: 1 });
    expect(sessionProgress(s).blocksDone).toBe(1);
    s = run(s, { type: "skip-exercise", now: 2, reason: "other" });
    expect(sessionProgress(s)).toEqual({ exercise: 2, exercises: 2, blocksDone: 4, blocks: 5 });
  });
});

describe("countdown announcements", () => {
  it("rounds up so the last second shows 1, not 0", () => {
    expect(displaySeconds(4200)).toBe(5);
    expect(displaySeconds(1)).toBe(1);
    expect(displaySeconds(0)).toBe(0);
  });

  it("speaks at 20, 10 and 5 seconds of a 30 s countdown, never every second", () => {
    const said: number[] = [];
    for (let s = 30; s > 0; s--) if (shouldAnnounceCountdown(s, s - 1)) said.push(s - 1);
    expect(said).toEqual([20, 10, 5]);
    // A tick that jumps past a mark still announces it once.
    expect(shouldAnnounceCountdown(12, 9)).toBe(true);
    expect(shouldAnnounceCountdown(9, 8)).toBe(false);
  });
});
