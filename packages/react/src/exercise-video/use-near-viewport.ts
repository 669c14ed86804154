import { type RefObject, useEffect, useState } from "react";

/**
 * True once the element comes within `rootMargin` of the viewport (then stays true). Without
 * IntersectionObserver (old browsers) it is true after mount; on the server it is false.
 */
export function useNearViewport(ref: RefObject<Element | null>, enabled: boolean, rootMargin = "300px"): boolean {
  const [near, setNear] = useState(!enabled);
  useEffect(() => {
    if (!enabled || near) return;
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled, near, ref, rootMargin]);
  return near;
}
