import { type ReactNode, startTransition, useEffect, useState, useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * Renders `children` right away on the server and when hydrating (so server HTML and hydration agree and no-JS
 * readers get everything), but after the first paint on a fresh client mount, so a long page paints its top
 * first. Only for content far below the fold.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  // true on the server and during hydration (the server snapshot), false on a fresh client render.
  const early = useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
  const [show, setShow] = useState(early);
  useEffect(() => {
    if (show) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame, then a task: the browser has painted by then.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShow(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [show]);
  return show ? children : null;
}
