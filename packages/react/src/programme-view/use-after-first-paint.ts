import { startTransition, useEffect, useState, useSyncExternalStore } from "react";
import { afterNextPaint } from "../internal/after-next-paint";

const subscribe = () => () => {};

/**
 * Whether to render content that may wait for the first paint. True at once on the server and when hydrating
 * (so server HTML and hydration agree, and readers without JavaScript get everything); on a fresh client mount
 * it turns true just after the first paint once `ready` is true, so a long page paints its top first. Chain
 * them (`useAfterFirstPaint(earlier)`) to paint in stages. Only for content below what the first paint shows.
 */
export function useAfterFirstPaint(ready = true): boolean {
  // true on the server and during hydration (the server snapshot), false on a fresh client render.
  const early = useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
  const [shown, setShown] = useState(early);
  useEffect(() => {
    if (shown || !ready) return;
    return afterNextPaint(() => startTransition(() => setShown(true)));
  }, [shown, ready]);
  return shown;
}
