import { useCallback, useEffect, useRef } from "react";

/**
 * How long the player waits for the video to move after the person pressed play, or after it stopped to buffer,
 * before it says so and shows the written steps: 10 s. A slow start on a poor connection usually shows its first
 * frame well within that; a source that never answers would otherwise leave a blank box for ever.
 */
export const STALL_TIMEOUT_MS = 10_000;

export interface StallWatch {
  /** Start (or restart) the countdown: play was asked for, or the video is waiting for data. */
  arm(): void;
  /** The video moved, was paused, ended or failed: nothing to wait for. */
  disarm(): void;
}

/**
 * A countdown that calls `onStall` when armed and not disarmed within `timeoutMs`. Uses the page's timers only,
 * so tests drive it with fake timers; nothing runs after unmount.
 */
export function useStallWatch(timeoutMs: number, onStall: () => void): StallWatch {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(onStall);
  latest.current = onStall;
  const disarm = useCallback(() => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  }, []);
  const arm = useCallback(() => {
    disarm();
    if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      latest.current();
    }, timeoutMs);
  }, [timeoutMs, disarm]);
  useEffect(() => disarm, [disarm]);
  return { arm, disarm };
}
