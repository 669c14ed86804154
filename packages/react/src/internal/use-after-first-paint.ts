import { startTransition, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { afterNextPaint } from "./after-next-paint";

const subscribe = () => () => {};

/**
 * Whether to render content that may wait for the first paint. True at once on the server and when hydrating
 * (so server HTML and hydration agree, and readers without JavaScript get everything); on a fresh client mount
 * it turns true just after the first paint once `ready` is true, so a long page paints its top first. Chain
 * them (`useAfterFirstPaint(earlier)`) to paint in stages. Only for content below what the first paint shows.
 * `urgent` renders that content in one plain update instead of a transition (see below).
 */
export function useAfterFirstPaint(ready = true, { urgent = false }: { urgent?: boolean } = {}): boolean {
  // Decided once per instance: rendered first on the server or while hydrating (the server snapshot), or freshly
  // on the client. Remembering it keeps the snapshot the same after hydration, so React does not re-render the
  // whole view then (React 18 refuses such an update while Suspense boundaries inside are still hydrating).
  const serverFirst = useRef<boolean | undefined>(undefined);
  const decide = (onServer: boolean) => () => {
    if (serverFirst.current === undefined) serverFirst.current = onServer;
    return serverFirst.current;
  };
  const early = useSyncExternalStore(subscribe, decide(false), decide(true));
  const [shown, setShown] = useState(early);
  useEffect(() => {
    if (shown || !ready) return;
    // A transition by default, so a click or key during the deferred render is not held up by it. `urgent`: one
    // plain update, rendered in one task; on a busy machine each of a transition's yields can lose the core to
    // another process (ProgrammeView, 6 Dec: "every part painted" 271 → 213 ms at a load average of 6–8).
    return afterNextPaint(() => (urgent ? setShown(true) : startTransition(() => setShown(true))));
  }, [shown, ready, urgent]);
  return shown;
}
