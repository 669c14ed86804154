import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSessionState, type SessionEvent, type SessionState, sessionReducer } from "./session-machine";
import { buildSessionPlan } from "./session-plan";
import { isResumable, restoreSession, sessionLogKey, sessionRecordKey, snapshotSession } from "./session-saved";

const plan = buildSessionPlan([
  { exerciseId: "clamshell", dosage: { sets: 2, reps: 3, perSide: true, restBetweenSidesSeconds: 10 } },
  { exerciseId: "plank", dosage: { sets: 2, holdSeconds: 30, restBetweenSetsSeconds: 15 } },
  { exerciseId: "bridge", dosage: { sets: 1, reps: 2, holdSeconds: 5 } },
]);

const run = (state: SessionState, ...events: SessionEvent[]) => events.reduce(sessionReducer, state);
/** What a store does to a value: only JSON-like data survives. */
const throughStore = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const eventArb: fc.Arbitrary<Omit<SessionEvent, "now">> = fc.oneof(
  fc.constant({ type: "start" as const }),
  fc.constant({ type: "rep" as const }),
  fc.constant({ type: "finish-set" as const }),
  fc.constant({ type: "skip-rest" as const }),
  fc.constant({ type: "pause" as const }),
  fc.constant({ type: "resume" as const }),
  fc.constant({ type: "tick" as const }),
  fc.constant({ type: "ask-pain" as const }),
  fc.constant({ type: "cancel-pain" as const }),
  fc.constant({ type: "skip-exercise" as const, reason: "other" as const }),
);

describe("saving and resuming a session", () => {
  it("brings a running hold back paused with the time it had left, and its log intact", () => {
    let s = run(createSessionState(plan), { type: "start", now: 0 }, { type: "rep", now: 1000 });
    s = run(s, { type: "skip-exercise", now: 2000, reason: "other" });
    // On the plank now, 12 s into the first 30 s hold.
    s = run(s, { type: "start", now: 200_000 }, { type: "tick", now: 212_000 });
    expect(s.stage).toMatchObject({ kind: "work", phase: "timer" });
    const saved = throughStore(snapshotSession(s, 212_000));
    // After a reload the clock starts again near zero.
    const back = restoreSession(saved, plan, 5) as SessionState;
    expect(back).toBeDefined();
    expect(back.paused).toBe(true);
    expect(back.step).toBe(1);
    expect(back.stage).toMatchObject({
      kind: "work",
      phase: "timer",
      timer: { remainingMs: 18_000, runningSince: null },
    });
    expect(back.log).toEqual(s.log);
    // Time passing while paused changes nothing; resuming counts down from what was left.
    const later = run(back, { type: "tick", now: 60_000 });
    expect(later.stage).toMatchObject({ timer: { remainingMs: 18_000 } });
    const resumed = run(later, { type: "resume", now: 60_000 }, { type: "tick", now: 78_000 });
    expect(resumed.stage).toMatchObject({ kind: "rest" });
    expect(resumed.log.exercises[1]?.sets).toEqual([
      { set: 1, side: "both", reps: 0, holds: 1, seconds: 30, completed: true },
    ]);
  });

  it("for any run of events: the saved state restores to the same place and log, never counting down", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(eventArb, fc.integer({ min: 0, max: 40_000 })), { maxLength: 40 }), (steps) => {
        let now = 0;
        let s = createSessionState(plan);
        for (const [event, gap] of steps) {
          now += gap;
          s = sessionReducer(s, { ...event, now } as SessionEvent);
        }
        const saved = throughStore(snapshotSession(s, now));
        const back = restoreSession(saved, plan, 7);
        expect(back).toBeDefined();
        if (!back) return;
        expect([back.step, back.set, back.side, back.stage.kind]).toEqual([
          saved.state.step,
          saved.state.set,
          saved.state.side,
          saved.state.stage.kind,
        ]);
        expect(back.log).toEqual(saved.state.log);
        expect(back.painPrompt).toBe(false);
        const timer = back.stage.kind === "work" || back.stage.kind === "rest" ? back.stage.timer : null;
        expect(timer?.runningSince ?? null).toBeNull();
        if (back.stage.kind === "work" || back.stage.kind === "rest") expect(back.paused).toBe(true);
        expect(isResumable(back)).toBe(s.startedAt !== null && s.stage.kind !== "complete" && s.stage.kind !== "ended");
      }),
    );
  });

  it("refuses a saved session of another plan, an old shape or damaged data", () => {
    const s = run(createSessionState(plan), { type: "start", now: 0 }, { type: "rep", now: 1 });
    const saved = throughStore(snapshotSession(s, 2));
    const other = buildSessionPlan([{ exerciseId: "clamshell", dosage: { sets: 3, reps: 3, perSide: true } }]);
    expect(restoreSession(saved, other, 0)).toBeUndefined();
    expect(restoreSession(undefined, plan, 0)).toBeUndefined();
    expect(restoreSession({ state: { ...saved.state, step: 9 } }, plan, 0)).toBeUndefined();
    expect(restoreSession({ state: { ...saved.state, stage: { kind: "flying" } } }, plan, 0)).toBeUndefined();
    expect(restoreSession({ state: { ...saved.state, log: { exercises: [] } } }, plan, 0)).toBeUndefined();
    expect(restoreSession(saved, plan, 0)).toBeDefined();
  });

  it("does not offer a session that was never started or is over", () => {
    expect(isResumable(createSessionState(plan))).toBe(false);
    const ended = run(
      createSessionState(plan),
      { type: "start", now: 0 },
      {
        type: "end-session",
        now: 1,
        action: "stop-today",
        painScore: 7,
      },
    );
    expect(isResumable(ended)).toBe(false);
  });

  it("keys a session by programme and session, else by its exercises; logs never overwrite each other", () => {
    expect(sessionRecordKey({ programmeId: "hip", sessionId: "w1-s2" }, plan)).toBe("movekit:session:hip:w1-s2");
    expect(sessionRecordKey({}, plan)).toBe("movekit:session:-:clamshell+plank+bridge");
    const key = sessionRecordKey({}, plan);
    expect(sessionLogKey(key, "2026-01-01T10:00:00.000Z")).not.toBe(sessionLogKey(key, "2026-01-02T10:00:00.000Z"));
  });
});
