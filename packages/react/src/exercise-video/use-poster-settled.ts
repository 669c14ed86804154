import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Whether the poster no longer needs the main thread for its first paint: it has loaded or failed, it lies
 * outside the viewport (so it is not what the reader sees first), or there is none. ExerciseVideo mounts the
 * rest of the player after that, so the rest's render never holds up the frame that paints the poster.
 * Without IntersectionObserver (old browsers, jsdom) it is true after mount. Events and observers only, no timer.
 */
export function usePosterSettled(poster: string | undefined) {
  const ref = useRef<HTMLImageElement | null>(null);
  const [settled, setSettled] = useState(!poster);
  const done = useCallback(() => setSettled(true), []);
  useEffect(() => {
    if (settled) return;
    const image = ref.current;
    if (!image || (image.complete && image.naturalWidth > 0) || typeof IntersectionObserver === "undefined") {
      setSettled(true);
      return;
    }
    // The first report says where the poster is; out of view, nothing waits for it.
    const observer = new IntersectionObserver((entries) => {
      observer.disconnect();
      if (!entries.some((entry) => entry.isIntersecting)) setSettled(true);
    });
    observer.observe(image);
    return () => observer.disconnect();
  }, [settled]);
  return { settled, ref, onLoad: done, onError: done };
}
