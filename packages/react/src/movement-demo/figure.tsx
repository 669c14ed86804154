import { DEMO_BONES, DEMO_FLOOR_Y, DEMO_HEAD_RADIUS, DEMO_VIEWBOX, type DemoPose } from "@movekit/core";
import type { Ref } from "react";

const { x, y, width, height } = DEMO_VIEWBOX;
export const VIEW_BOX = `${x} ${y} ${width} ${height}`;

/** Floor and mat, shared by the still and animated figures. */
export function DemoGround() {
  return (
    <>
      <rect className="mk-movement-demo__mat" x={x + 6} y={DEMO_FLOOR_Y} width={width - 12} height={3} rx={1} />
      <line className="mk-movement-demo__floor" x1={x} y1={DEMO_FLOOR_Y + 3} x2={x + width} y2={DEMO_FLOOR_Y + 3} />
    </>
  );
}

/**
 * A pose drawn as SVG. Still under reduced motion and while the animation code loads; the animated figure draws
 * its first pose with it and then moves the same elements through `groupRef`.
 */
export function StillFigure({
  pose,
  groupRef,
  state,
}: {
  pose: DemoPose;
  groupRef?: Ref<SVGGElement>;
  state?: "playing" | "paused";
}) {
  return (
    <g ref={groupRef} data-slot="figure" data-state={state}>
      {DEMO_BONES.map(([from, to, layer]) => (
        <line
          key={`${from}-${to}`}
          className="mk-movement-demo__bone"
          data-layer={layer}
          x1={pose[from][0]}
          y1={pose[from][1]}
          x2={pose[to][0]}
          y2={pose[to][1]}
        />
      ))}
      <circle className="mk-movement-demo__head" cx={pose.head[0]} cy={pose.head[1]} r={DEMO_HEAD_RADIUS} />
    </g>
  );
}
