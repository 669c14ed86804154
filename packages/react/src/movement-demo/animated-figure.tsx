import { DEMO_BONES, DEMO_HEAD_RADIUS, demoTracks, type MovementDemoSpec } from "@movekit/core";
import { m } from "framer-motion";
import { useMemo, useRef } from "react";

type Values = Record<string, number>;

/**
 * The figure animated by framer-motion through the demo's keyframes (same poses and easings the clips are rendered
 * from). Paused, each part holds the value it last reached.
 */
export function AnimatedFigure({ demo, playing, speed }: { demo: MovementDemoSpec; playing: boolean; speed: number }) {
  const tracks = useMemo(() => demoTracks(demo), [demo]);
  const latest = useRef<Record<string, Values>>({});
  const transition = {
    duration: demo.duration / speed,
    times: tracks.times,
    ease: tracks.ease,
    repeat: Number.POSITIVE_INFINITY,
  };
  const target = (key: string, moving: Values) => (playing ? moving : (latest.current[key] ?? {}));
  const record = (key: string) => (values: Values) => {
    latest.current[key] = values;
  };
  const still = { duration: 0 };
  const j = tracks.joints;

  return (
    <g data-slot="figure" data-state={playing ? "playing" : "paused"}>
      {DEMO_BONES.map(([from, to, layer]) => {
        const key = `${from}-${to}`;
        return (
          <m.line
            key={key}
            className="mk-movement-demo__bone"
            data-layer={layer}
            initial={{ x1: j[from].x[0], y1: j[from].y[0], x2: j[to].x[0], y2: j[to].y[0] }}
            animate={target(key, { x1: j[from].x, y1: j[from].y, x2: j[to].x, y2: j[to].y } as unknown as Values)}
            transition={playing ? transition : still}
            onUpdate={record(key)}
          />
        );
      })}
      <m.circle
        className="mk-movement-demo__head"
        r={DEMO_HEAD_RADIUS}
        initial={{ cx: j.head.x[0], cy: j.head.y[0] }}
        animate={target("head", { cx: j.head.x, cy: j.head.y } as unknown as Values)}
        transition={playing ? transition : still}
        onUpdate={record("head")}
      />
    </g>
  );
}
