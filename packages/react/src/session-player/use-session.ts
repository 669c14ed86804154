import {
  createSessionState,
  currentTimer,
  type SessionEvent,
  type SessionPlan,
  type SessionState,
  sessionReducer,
} from "@movekit/core/session";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";

/** Where time comes from. Inject one in tests to drive the session without waiting. */
export interface SessionClock {
  /** Monotonic milliseconds, like `performance.now()`. */
  now(): number;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** `performance.now()` and the window's timers. Read only when a session runs, never at import time. */
export const browserClock: SessionClock = {
  now: () => performance.now(),
  setInterval: (callback, ms) => globalThis.setInterval(callback, ms),
  clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof setInterval>),
};

/** How often a running countdown is checked; the display only changes once a second. */
const TICK_MS = 250;

type Action = SessionEvent["type"];
type Extra<T extends Action> = Omit<Extract<SessionEvent, { type: T }>, "type" | "now">;

export interface SessionController {
  state: SessionState;
  /** The clock reading of the last render-relevant event, for the countdown display. */
  now: number;
  send<T extends Action>(type: T, ...extra: keyof Extra<T> extends never ? [] : [Extra<T>]): void;
  /** True after a countdown was paused because the page was hidden, until the person resumes. */
  pausedWhileHidden: boolean;
  /** Replaces the state with a saved one (resuming after a reload). */
  restore(state: SessionState): void;
}

type Dispatched = SessionEvent | { type: "restore"; state: SessionState };

function reduce(state: SessionState, action: Dispatched): SessionState {
  return action.type === "restore" ? action.state : sessionReducer(state, action);
}

/** Runs the core session reducer against a clock: ticks only while a countdown is running. */
export function useSession(plan: SessionPlan, clock: SessionClock): SessionController {
  const [state, dispatch] = useReducer(reduce, plan, createSessionState);
  const [now, setNow] = useState(0);
  const clockRef = useRef(clock);
  clockRef.current = clock;

  const [pausedWhileHidden, setPausedWhileHidden] = useState(false);
  const send = useCallback(<T extends Action>(type: T, ...extra: [Extra<T>?]) => {
    const at = clockRef.current.now();
    setNow(at);
    if (type === "resume") setPausedWhileHidden(false);
    dispatch({ type, now: at, ...(extra[0] ?? {}) } as SessionEvent);
  }, []) as SessionController["send"];

  const timer = currentTimer(state);
  const running = timer !== null && timer.runningSince !== null;
  useEffect(() => {
    if (!running) return;
    const c = clockRef.current;
    const handle = c.setInterval(() => {
      const at = c.now();
      setNow(at);
      dispatch({ type: "tick", now: at });
    }, TICK_MS);
    return () => c.clearInterval(handle);
  }, [running]);

  // A hold nobody can see is not a hold done: pause when the page is hidden, and wait for the person to resume.
  useEffect(() => {
    if (!running || typeof document === "undefined") return;
    const onVisibility = () => {
      if (document.visibilityState !== "hidden") return;
      const at = clockRef.current.now();
      setNow(at);
      setPausedWhileHidden(true);
      dispatch({ type: "pause", now: at });
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => document.removeEventListener("visibilitychange", onVisibility);
  }, [running]);

  const restore = useCallback((saved: SessionState) => {
    setNow(clockRef.current.now());
    setPausedWhileHidden(false);
    dispatch({ type: "restore", state: saved });
  }, []);

  return { state, now, send, pausedWhileHidden, restore };
}
