import type { SessionLog } from "@movekit/core/session";
import { useEffect, useRef } from "react";

/**
 * Tells the host about the log: `onLogChange` on every real change and `onComplete` once at the end. It compares
 * with the last log reported instead of skipping a "first" effect run, so nothing fires on mount, even under
 * StrictMode (which runs mount effects twice), and each change fires exactly once.
 */
export function useLogReport(
  log: SessionLog,
  onLogChange: ((log: SessionLog) => void) | undefined,
  onComplete: ((log: SessionLog) => void) | undefined,
): void {
  const callbacks = useRef({ onLogChange, onComplete });
  callbacks.current = { onLogChange, onComplete };
  const reported = useRef(log);
  const completed = useRef(false);
  useEffect(() => {
    if (reported.current === log) return;
    reported.current = log;
    callbacks.current.onLogChange?.(log);
    if ((log.completed || log.ended) && !completed.current) {
      completed.current = true;
      callbacks.current.onComplete?.(log);
    }
  }, [log]);
}
