import { useCallback, useEffect, useRef, useState } from "react";

/** The longest the rest of the player waits for a slow poster: the transcript and controls never wait on it. */
export const POSTER_WAIT_MS = 500;

/**
 * Whether the poster no longer needs the main thread for its first paint: it has loaded or failed, it is not
 * shown (the video's frame replaced it), it lies outside the viewport (so it is not what the reader sees first),
 * or POSTER_WAIT_MS have passed. ExerciseVideo mounts the rest of the player after that, so the rest's render
 * does not hold up the frame that paints the poster. Without IntersectionObserver (old browsers, jsdom) it is
 * true after mount.
 */
export function usePosterSettled(shown: boolean) {
  const ref = useRef<HTMLImageElement | null>(null);
  const [done, setDone] = useState(false);
  const finish = useCallback(() => setDone(true), []);
  const settled = done || !shown;
  useEffect(() => {
    if (settled) return;
    const image = ref.current;
    if (!image || (image.complete && image.naturalWidth > 0) || typeof IntersectionObserver === "undefined") {
      setDone(true);
      return;
    }
    // The first report says where the poster is; out of view, nothing waits for it.
    const observer = new IntersectionObserver((entries) => {
      observer.disconnect();
      if (!entries.some((entry) => entry.isIntersecting)) setDone(true);
    });
    observer.observe(image);
    // A poster that is slow or never answers must not hold back the written steps, transcript and controls.
    const timer = setTimeout(finish, POSTER_WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [settled, finish]);
  return { settled, ref, onLoad: finish, onError: finish };
}
