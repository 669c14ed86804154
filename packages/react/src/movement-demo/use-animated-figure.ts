import { useEffect, useState } from "react";

type AnimatedFigureModule = typeof import("./animated-figure");

// Once fetched, later demos on the page get the figure on their first render.
let loaded: AnimatedFigureModule | undefined;

/**
 * The animated figure's module, fetched with `import()` the first time a demo may move, and never when motion is
 * reduced: a reader who asked for less motion downloads no animation code. `undefined` until it arrives (or if
 * it fails to load), and the demo shows its still start pose meanwhile.
 */
export function useAnimatedFigure(motionAllowed: boolean): AnimatedFigureModule | undefined {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (!motionAllowed || module) return;
    let current = true;
    import("./animated-figure").then(
      (fetched) => {
        loaded = fetched;
        if (current) setModule(fetched);
      },
      // A failed chunk leaves the still start pose and the written description; the page carries on.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [motionAllowed, module]);
  return motionAllowed ? module : undefined;
}
