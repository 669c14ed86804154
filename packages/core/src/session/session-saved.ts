// A session in progress, kept in a record store and picked up again after a reload. What is saved is the state
// frozen at the moment of saving, so a running hold comes back paused: nobody is counted down while away.
import { SESSION_DIFFICULTIES } from "./session-log";
import { type SessionState, sessionReducer } from "./session-machine";
import type { SessionPlan, SessionStep } from "./session-plan";

/** Version of the saved `session-progress` value; bumped when its shape changes. */
export const SESSION_PROGRESS_VERSION = 1;
/** Version of the saved `session-log` value. */
export const SESSION_LOG_VERSION = 1;

/** The value of a `session-progress` record. */
export interface SavedSession {
  state: SessionState;
}

export interface SessionRecordIds {
  programmeId?: string;
  sessionId?: string;
}

/**
 * The store key for one session's progress: the programme and session when known, else the exercises in order,
 * so two different sessions never pick up each other's progress.
 */
export function sessionRecordKey(ids: SessionRecordIds, plan: SessionPlan): string {
  const session = ids.sessionId ?? plan.steps.map((s) => s.exerciseId).join("+");
  return `movekit:session:${ids.programmeId ?? "-"}:${session}`;
}

/** The key a finished or ended session's log is kept under: one record per session done, never overwritten. */
export function sessionLogKey(progressKey: string, savedAt: string): string {
  return `${progressKey}:log:${savedAt}`;
}

/**
 * The state to save at `now`: timers due by then have run, a running countdown is paused with what was left, an
 * open pain prompt is closed (nothing was logged from it yet), and unpaused time is added up.
 */
export function snapshotSession(state: SessionState, now: number): SavedSession {
  const paused = sessionReducer(state, { type: "pause", now });
  const activeMs = paused.activeSince === null ? paused.activeMs : paused.activeMs + (now - paused.activeSince);
  return { state: { ...paused, activeSince: null, activeMs, painPrompt: false, pausedBeforePrompt: false } };
}

/** True when a saved session is worth offering to resume: started, and neither finished nor ended. */
export function isResumable(state: SessionState): boolean {
  return state.startedAt !== null && state.stage.kind !== "complete" && state.stage.kind !== "ended";
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const isCount = (value: unknown, below: number) =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 && value < below;
const isTime = (value: unknown) => typeof value === "number" && Number.isFinite(value) && value >= 0;

function sameStep(a: SessionStep, b: unknown): boolean {
  if (!isRecord(b)) return false;
  return (
    a.exerciseId === b.exerciseId &&
    a.sets === b.sets &&
    a.restBetweenSetsSeconds === b.restBetweenSetsSeconds &&
    a.restBetweenSidesSeconds === b.restBetweenSidesSeconds &&
    JSON.stringify(a.sides) === JSON.stringify(b.sides) &&
    JSON.stringify(a.work) === JSON.stringify(b.work)
  );
}

function validTimer(timer: unknown): boolean {
  if (timer === null) return true;
  return (
    isRecord(timer) &&
    isTime(timer.durationMs) &&
    isTime(timer.remainingMs) &&
    (timer.remainingMs as number) <= (timer.durationMs as number)
  );
}

function validStage(stage: unknown): boolean {
  if (!isRecord(stage)) return false;
  switch (stage.kind) {
    case "ready":
    case "feedback":
    case "complete":
    case "ended":
      return true;
    case "rest":
      return stage.timer !== null && validTimer(stage.timer);
    case "work":
      return (
        ["count", "hold", "relax", "timer", "open"].includes(stage.phase as string) &&
        isCount(stage.reps, Number.MAX_SAFE_INTEGER) &&
        isCount(stage.holds, Number.MAX_SAFE_INTEGER) &&
        isTime(stage.workedMs) &&
        validTimer(stage.timer)
      );
    default:
      return false;
  }
}

function validLog(log: unknown, plan: SessionPlan): boolean {
  if (!isRecord(log) || !Array.isArray(log.exercises) || log.exercises.length !== plan.steps.length) return false;
  if (log.difficulty !== undefined && !SESSION_DIFFICULTIES.includes(log.difficulty as never)) return false;
  return log.exercises.every(
    (entry, i) => isRecord(entry) && entry.exerciseId === plan.steps[i]?.exerciseId && Array.isArray(entry.sets),
  );
}

/**
 * A saved session read back for `plan`, as a state to run from `now`; undefined when the value is not a session
 * of this plan (another plan, an old shape, or damaged). Whatever was running comes back paused.
 */
export function restoreSession(value: unknown, plan: SessionPlan, now: number): SessionState | undefined {
  if (!isRecord(value) || !isRecord(value.state)) return undefined;
  const saved = value.state as unknown as SessionState;
  const steps = (saved.plan as unknown as { steps?: unknown })?.steps;
  if (!Array.isArray(steps) || steps.length !== plan.steps.length) return undefined;
  if (!plan.steps.every((step, i) => sameStep(step, steps[i]))) return undefined;
  if (!isCount(saved.step, plan.steps.length + 1) || !validStage(saved.stage) || !validLog(saved.log, plan)) {
    return undefined;
  }
  const step = plan.steps[saved.step];
  if (step && (!isCount(saved.set, step.sets) || !isCount(saved.side, step.sides.length))) return undefined;
  if (!isTime(saved.activeMs)) return undefined;
  const stage = saved.stage;
  const hasTimer = (stage.kind === "work" || stage.kind === "rest") && stage.timer !== null;
  const frozenStage =
    hasTimer && (stage.kind === "work" || stage.kind === "rest")
      ? { ...stage, timer: stage.timer ? { ...stage.timer, runningSince: null } : null }
      : stage;
  // A countdown always comes back paused: the person says when to carry on.
  const paused = saved.paused === true || hasTimer;
  const started = saved.startedAt !== null;
  return {
    ...saved,
    plan,
    stage: frozenStage as SessionState["stage"],
    paused,
    painPrompt: false,
    pausedBeforePrompt: false,
    startedAt: started ? now : null,
    activeSince: started && !paused ? now : null,
  };
}
