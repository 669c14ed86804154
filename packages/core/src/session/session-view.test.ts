import { describe, expect, it } from "vitest";
import type { RedFlag } from "../model/types";
import { createSessionState, type SessionEvent, type SessionState, sessionReducer } from "./session-machine";
import { buildSessionPlan } from "./session-plan";
import {
  isExerciseStage,
  isFirstScreen,
  isInSession,
  isSessionOver,
  primaryAction,
  sessionWarningSigns,
  statusLabel,
} from "./session-view";

const plan = buildSessionPlan([
  { exerciseId: "clamshell", dosage: { sets: 2, reps: 2, restBetweenSetsSeconds: 20 } },
  { exerciseId: "bridge", dosage: { sets: 1, reps: 1, holdSeconds: 5 } },
  { exerciseId: "walk", dosage: { distance: { value: 1, unit: "km" } } },
]);
const run = (state: SessionState, ...events: SessionEvent[]) => events.reduce(sessionReducer, state);

describe("session selectors", () => {
  it("give the main button's job for each stage", () => {
    let s = createSessionState(plan);
    expect(isFirstScreen(s)).toBe(true);
    expect(primaryAction(s)).toEqual({ event: "start", label: "session.start", disabled: false });
    s = run(s, { type: "start", now: 0 });
    expect(isFirstScreen(s)).toBe(false);
    expect(isInSession(s)).toBe(true);
    expect(primaryAction(s)).toEqual({ event: "rep", label: "session.repDone", disabled: false });
    // Paused while counting: a repetition cannot be counted until the person resumes.
    expect(primaryAction(run(s, { type: "pause", now: 1 })).disabled).toBe(true);
    s = run(s, { type: "rep", now: 1 }, { type: "rep", now: 2 });
    expect(primaryAction(s)).toEqual({ event: "skip-rest", label: "session.skipRest", disabled: false });
    expect(statusLabel(s)).toBe("session.stage.rest");
    s = run(s, { type: "skip-rest", now: 3 }, { type: "rep", now: 4 }, { type: "rep", now: 5 });
    s = run(s, { type: "start", now: 6 });
    expect(statusLabel(s)).toBe("session.stage.hold");
    expect(primaryAction(s).label).toBe("session.endSet");
    s = run(s, { type: "skip-exercise", now: 7, reason: "other" }, { type: "start", now: 8 });
    expect(primaryAction(s)).toEqual({ event: "finish-set", label: "session.done", disabled: false });
    expect(statusLabel(s)).toBe("session.stage.work");
    s = run(s, { type: "finish-set", now: 9 });
    expect(isExerciseStage(s)).toBe(false);
    expect(isSessionOver(s)).toBe(false);
    expect(isSessionOver(run(s, { type: "finish", now: 10 }))).toBe(true);
  });

  it("lists the programme's warning signs, then the exercise's own, each once", () => {
    const flag = (id: string, urgency: RedFlag["urgency"]) => ({ id, urgency }) as RedFlag;
    const programme = [flag("chest-pain", "emergency"), flag("numbness", "urgent")];
    const exercise = [flag("numbness", "urgent"), flag("calf-swelling", "urgent")];
    expect(sessionWarningSigns(programme, exercise).map((f) => f.id)).toEqual([
      "chest-pain",
      "numbness",
      "calf-swelling",
    ]);
    expect(sessionWarningSigns([], undefined)).toEqual([]);
  });
});
