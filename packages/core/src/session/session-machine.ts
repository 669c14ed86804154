// A guided session as a pure reducer: every event carries `now` (monotonic milliseconds, e.g. performance.now()),
// so the same events always give the same state and tests can drive time without waiting.
import type { ExerciseLog, SessionLog, SetLog, SkipReason } from "./session-log";
import { RELAX_BETWEEN_HOLDS_SECONDS, type SessionPlan, type SessionStep } from "./session-plan";
import type { SessionEvent, SessionStage, SessionState, SessionTimer } from "./session-types";

export type { SessionEvent, SessionStage, SessionState, SessionTimer, WorkPhase } from "./session-types";

const seconds = (s: number) => Math.round(s * 1000);

function timer(durationMs: number, now: number | null): SessionTimer {
  return { durationMs, remainingMs: durationMs, runningSince: now };
}

/** Milliseconds left on a timer at `now` (never below 0). */
export function timerRemainingMs(t: SessionTimer, now: number): number {
  const left = t.runningSince === null ? t.remainingMs : t.remainingMs - (now - t.runningSince);
  return Math.max(0, left);
}

/** The running or paused countdown of the current stage, if any. */
export function currentTimer(state: SessionState): SessionTimer | null {
  const { stage } = state;
  if (stage.kind === "rest") return stage.timer;
  if (stage.kind === "work") return stage.timer;
  return null;
}

/** The exercise the session is on, or undefined once every exercise is done. */
export function currentStep(state: SessionState): SessionStep | undefined {
  return state.plan.steps[state.step];
}

export function createSessionState(plan: SessionPlan): SessionState {
  const exercises: ExerciseLog[] = plan.steps.map((s) => ({
    exerciseId: s.exerciseId,
    status: "not-started",
    sets: [],
  }));
  return {
    plan,
    step: 0,
    set: 0,
    side: 0,
    stage: plan.steps.length > 0 ? { kind: "ready" } : { kind: "feedback" },
    paused: false,
    painPrompt: false,
    pausedBeforePrompt: false,
    startedAt: null,
    activeSince: null,
    activeMs: 0,
    log: { exercises, completed: false, activeSeconds: 0 },
  };
}

function updateExercise(state: SessionState, change: (e: ExerciseLog) => ExerciseLog): SessionState {
  const exercises = state.log.exercises.map((e, i) => (i === state.step ? change(e) : e));
  return { ...state, log: { ...state.log, exercises } };
}

function beginWork(state: SessionState, now: number): SessionState {
  const step = currentStep(state);
  if (!step) return state;
  const base = { kind: "work" as const, reps: 0, holds: 0, workedMs: 0 };
  const running = state.paused ? null : now;
  let stage: SessionStage;
  switch (step.work.kind) {
    case "reps":
      stage = { ...base, phase: "count", timer: null };
      break;
    case "reps-hold":
      stage = { ...base, phase: "hold", timer: timer(seconds(step.work.holdSeconds), running) };
      break;
    case "hold":
    case "timed":
      stage = { ...base, phase: "timer", timer: timer(seconds(step.work.seconds), running) };
      break;
    default:
      stage = { ...base, phase: "open", timer: null };
  }
  return updateExercise({ ...state, stage }, (e) => (e.status === "not-started" ? { ...e, status: "in-progress" } : e));
}

function moveToStep(state: SessionState, index: number): SessionState {
  const stage: SessionStage = index < state.plan.steps.length ? { kind: "ready" } : { kind: "feedback" };
  return { ...state, step: index, set: 0, side: 0, stage };
}

function targetReps(step: SessionStep): number {
  return step.work.kind === "reps" || step.work.kind === "reps-hold" ? step.work.reps : 0;
}

/** Records the current set and moves on: a rest, the next side or set, the next exercise, or the questions. */
function completeBlock(state: SessionState, at: number, completed: boolean): SessionState {
  const step = currentStep(state);
  const stage = state.stage;
  if (!step || stage.kind !== "work") return state;
  const entry: SetLog = {
    set: state.set + 1,
    side: step.sides[state.side] ?? "both",
    reps: stage.reps,
    holds: stage.holds,
    seconds: Math.round(stage.workedMs / 100) / 10,
    completed,
  };
  let next = updateExercise(state, (e) => ({ ...e, sets: [...e.sets, entry] }));
  if (state.side + 1 < step.sides.length) {
    next = { ...next, side: state.side + 1 };
    return restOrReady(next, at, step.restBetweenSidesSeconds, "sides");
  }
  if (state.set + 1 < step.sets) {
    next = { ...next, set: state.set + 1, side: 0 };
    return restOrReady(next, at, step.restBetweenSetsSeconds, "sets");
  }
  next = updateExercise(next, (e) => ({ ...e, status: "done" }));
  return moveToStep(next, state.step + 1);
}

function restOrReady(state: SessionState, at: number, restSeconds: number, reason: "sets" | "sides"): SessionState {
  if (restSeconds <= 0) return { ...state, stage: { kind: "ready" } };
  return { ...state, stage: { kind: "rest", reason, timer: timer(seconds(restSeconds), state.paused ? null : at) } };
}

/** What happens when the current stage's timer reaches zero at time `end`. */
function onTimerEnd(state: SessionState, end: number): SessionState {
  const step = currentStep(state);
  const stage = state.stage;
  if (!step) return state;
  if (stage.kind === "rest") return beginWork(state, end);
  if (stage.kind !== "work" || !stage.timer) return state;
  const workedMs = stage.workedMs + (stage.phase === "relax" ? 0 : stage.timer.durationMs);
  if (stage.phase === "relax" && step.work.kind === "reps-hold") {
    const hold = timer(seconds(step.work.holdSeconds), end);
    return { ...state, stage: { ...stage, phase: "hold", timer: hold } };
  }
  if (stage.phase === "hold") {
    const reps = stage.reps + 1;
    const done = { ...state, stage: { ...stage, reps, holds: stage.holds + 1, workedMs } };
    if (reps >= targetReps(step)) return completeBlock(done, end, true);
    const relax = timer(seconds(RELAX_BETWEEN_HOLDS_SECONDS), end);
    return { ...done, stage: { ...done.stage, phase: "relax", timer: relax } };
  }
  // A whole-set timer: a hold counts as one hold; timed work counts as time only.
  const holds = stage.holds + (step.work.kind === "hold" ? 1 : 0);
  return completeBlock({ ...state, stage: { ...stage, holds, workedMs } }, end, true);
}

/** Runs every timer that has ended by `now`, carrying each end time into the next timer. */
function advance(state: SessionState, now: number): SessionState {
  let current = state;
  // Bounded: each pass ends one timer; a session has finitely many.
  for (let guard = 0; guard < 10_000; guard++) {
    const t = currentTimer(current);
    if (!t || t.runningSince === null) return current;
    const end = t.runningSince + t.remainingMs;
    if (now < end) return current;
    current = onTimerEnd(current, end);
  }
  return current;
}

function freeze(state: SessionState, now: number): SessionState {
  if (state.paused) return state;
  const activeMs = state.activeSince === null ? state.activeMs : state.activeMs + (now - state.activeSince);
  const t = currentTimer(state);
  const frozen = t ? { ...t, remainingMs: timerRemainingMs(t, now), runningSince: null } : null;
  const stage =
    frozen && (state.stage.kind === "work" || state.stage.kind === "rest")
      ? { ...state.stage, timer: frozen }
      : state.stage;
  return { ...state, paused: true, activeMs, activeSince: null, stage: stage as SessionStage };
}

function unfreeze(state: SessionState, now: number): SessionState {
  if (!state.paused) return state;
  const t = currentTimer(state);
  const running = t ? { ...t, runningSince: now } : null;
  const stage =
    running && (state.stage.kind === "work" || state.stage.kind === "rest")
      ? { ...state.stage, timer: running }
      : state.stage;
  return {
    ...state,
    paused: false,
    activeSince: state.startedAt === null ? null : now,
    stage: stage as SessionStage,
  };
}

/** Seconds worked on a timer stopped early. */
function partialWorkMs(stage: Extract<SessionStage, { kind: "work" }>, now: number): number {
  if (!stage.timer || stage.phase === "relax") return stage.workedMs;
  return stage.workedMs + (stage.timer.durationMs - timerRemainingMs(stage.timer, now));
}

/** Logs the current exercise as skipped (with a partly done set, if any) for `reason`. */
function stopCurrent(s: SessionState, now: number, reason: SkipReason, painScore: number | undefined): SessionState {
  const stage = s.stage;
  let next = s;
  if (stage.kind === "work" && (stage.reps > 0 || partialWorkMs(stage, now) > 0)) {
    const step = currentStep(s);
    const entry: SetLog = {
      set: s.set + 1,
      side: step?.sides[s.side] ?? "both",
      reps: stage.reps,
      holds: stage.holds,
      seconds: Math.round(partialWorkMs(stage, now) / 100) / 10,
      completed: false,
    };
    next = updateExercise(next, (e) => ({ ...e, sets: [...e.sets, entry] }));
  }
  return updateExercise(next, (e) => ({
    ...e,
    status: "skipped",
    skipReason: reason,
    ...(painScore !== undefined ? { painScore } : {}),
  }));
}

/** The session's state after `event`. Pure: the same state and event always give the same result. */
export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  if (state.stage.kind === "complete" || state.stage.kind === "ended") return state;
  const now = event.now;
  const s = advance(state, now);
  const stage = s.stage;
  switch (event.type) {
    case "tick":
      return s;
    case "start": {
      if (stage.kind !== "ready" || s.painPrompt) return s;
      const started = s.startedAt === null ? { ...s, startedAt: now, activeSince: now } : s;
      return beginWork(unfreeze(started, now), now);
    }
    case "rep": {
      if (stage.kind !== "work" || stage.phase !== "count" || s.paused) return s;
      const step = currentStep(s);
      if (!step) return s;
      const counted = { ...s, stage: { ...stage, reps: stage.reps + 1 } };
      return stage.reps + 1 >= targetReps(step) ? completeBlock(counted, now, true) : counted;
    }
    case "finish-set": {
      if (stage.kind !== "work" || s.painPrompt) return s;
      const step = currentStep(s);
      if (!step) return s;
      const workedMs = partialWorkMs(stage, now);
      const completed = stage.phase === "open" || (step.work.kind === "reps" && stage.reps >= targetReps(step));
      return completeBlock({ ...s, stage: { ...stage, workedMs, timer: null } }, now, completed);
    }
    case "skip-rest":
      return stage.kind === "rest" && !s.painPrompt ? beginWork(s, now) : s;
    case "pause":
      return stage.kind === "work" || stage.kind === "rest" ? freeze(s, now) : s;
    case "resume":
      return s.painPrompt ? s : unfreeze(s, now);
    case "ask-pain": {
      if (stage.kind === "feedback" || s.painPrompt) return s;
      // Only running countdowns need stopping; waiting to start is not a pause.
      const held = stage.kind === "work" || stage.kind === "rest" ? freeze(s, now) : s;
      return { ...held, painPrompt: true, pausedBeforePrompt: s.paused };
    }
    case "cancel-pain": {
      if (!s.painPrompt) return s;
      const closed = { ...s, painPrompt: false };
      return s.pausedBeforePrompt ? closed : unfreeze(closed, now);
    }
    case "skip-exercise": {
      if (stage.kind === "feedback") return s;
      let next = stopCurrent(s, now, event.reason, event.painScore);
      next = { ...next, painPrompt: false, pausedBeforePrompt: false };
      // Skipping is a deliberate act: the session carries on, unpaused, at the next exercise.
      next = next.startedAt === null ? next : unfreeze(next, now);
      return moveToStep(next, s.step + 1);
    }
    case "end-session": {
      const inExercise = stage.kind !== "feedback" && currentStep(s) !== undefined;
      const stopped = inExercise ? stopCurrent(s, now, "pain", event.painScore) : s;
      const activeMs = stopped.activeSince === null ? stopped.activeMs : stopped.activeMs + (now - stopped.activeSince);
      const log: SessionLog = {
        ...stopped.log,
        completed: false,
        activeSeconds: Math.round(activeMs / 1000),
        ended: {
          reason: "pain",
          action: event.action,
          ...(inExercise ? { exerciseId: currentStep(s)?.exerciseId } : {}),
          ...(event.painScore !== undefined ? { painScore: event.painScore } : {}),
          ...(event.warningSigns?.length ? { warningSigns: [...event.warningSigns] } : {}),
        },
      };
      // Final: every timer stops and no event moves it again, so nothing resumes into the next exercise.
      return {
        ...stopped,
        stage: { kind: "ended" },
        paused: false,
        painPrompt: false,
        activeSince: null,
        activeMs,
        log,
      };
    }
    case "finish": {
      if (stage.kind !== "feedback") return s;
      const activeMs = s.activeSince === null ? s.activeMs : s.activeMs + (now - s.activeSince);
      const log: SessionLog = {
        ...s.log,
        completed: true,
        activeSeconds: Math.round(activeMs / 1000),
        ...(event.painDuring !== undefined ? { painDuring: event.painDuring } : {}),
        ...(event.painAfter !== undefined ? { painAfter: event.painAfter } : {}),
        ...(event.difficulty !== undefined ? { difficulty: event.difficulty } : {}),
      };
      return { ...s, stage: { kind: "complete" }, paused: false, activeSince: null, activeMs, log };
    }
  }
}
