import { describe, expect, it } from "vitest";
import { createSessionState, type SessionEvent, type SessionState, sessionReducer } from "./session-machine";
import { buildSessionPlan } from "./session-plan";

const run = (state: SessionState, ...events: SessionEvent[]) => events.reduce(sessionReducer, state);
const plan = buildSessionPlan([
  { exerciseId: "plank", dosage: { sets: 2, holdSeconds: 30, restBetweenSetsSeconds: 15 } },
  { exerciseId: "bridge", dosage: { sets: 1, reps: 8 } },
]);

describe("ending a session early on the safety verdict", () => {
  it("logs why, keeps the part-done set, and no later event moves it on", () => {
    const ended = run(
      createSessionState(plan),
      { type: "start", now: 0 },
      { type: "ask-pain", now: 12_000 },
      { type: "end-session", now: 20_000, action: "stop-today", painScore: 4 },
    );
    expect(ended.stage).toEqual({ kind: "ended" });
    expect(ended.log).toMatchObject({
      completed: false,
      activeSeconds: 12,
      ended: { reason: "pain", action: "stop-today", painScore: 4, exerciseId: "plank" },
    });
    expect(ended.log.exercises).toEqual([
      {
        exerciseId: "plank",
        status: "skipped",
        skipReason: "pain",
        painScore: 4,
        sets: [{ set: 1, side: "both", reps: 0, holds: 0, seconds: 12, completed: false }],
      },
      { exerciseId: "bridge", status: "not-started", sets: [] },
    ]);
    const later = run(
      ended,
      { type: "tick", now: 600_000 },
      { type: "resume", now: 600_001 },
      { type: "start", now: 600_002 },
      { type: "skip-exercise", now: 600_003, reason: "other" },
      { type: "finish", now: 600_004 },
    );
    expect(later).toBe(ended);
  });
});
