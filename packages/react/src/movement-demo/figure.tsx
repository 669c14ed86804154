import {
  DEMO_BONES,
  DEMO_FLOOR_Y,
  DEMO_HEAD_RADIUS,
  DEMO_VIEWBOX,
  type DemoBoneLayer,
  type DemoPose,
} from "@movekit/core";
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

type Joint = keyof DemoPose;

/** Each joint a bone ends at (elbows, wrists, knees, ankles, hip; not the toes), once, with its layer. */
export const FIGURE_JOINTS: ReadonlyArray<readonly [Joint, DemoBoneLayer]> = DEMO_BONES.filter(
  ([, to], index) => DEMO_BONES.findIndex(([, other]) => other === to) === index && !to.startsWith("toe"),
).map(([, to, layer]) => [to, layer] as const);

/**
 * A pose drawn as SVG: a head on a neck, a broad torso, and limbs with rounded ends and a dot at each joint (far
 * limbs behind in a muted colour), so it reads as a person rather than a stick diagram. Still under reduced motion and while the animation code loads; the animated figure draws
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
      <line
        className="mk-movement-demo__neck"
        data-neck=""
        x1={pose.neck[0]}
        y1={pose.neck[1]}
        x2={pose.head[0]}
        y2={pose.head[1]}
      />
      {DEMO_BONES.map(([from, to, layer]) => (
        <line
          key={`${from}-${to}`}
          className="mk-movement-demo__bone"
          data-bone=""
          data-layer={layer}
          x1={pose[from][0]}
          y1={pose[from][1]}
          x2={pose[to][0]}
          y2={pose[to][1]}
        />
      ))}
      {FIGURE_JOINTS.map(([joint, layer]) => (
        <circle
          key={joint}
          className="mk-movement-demo__joint"
          data-joint={joint}
          data-layer={layer}
          cx={pose[joint][0]}
          cy={pose[joint][1]}
          r={1.6}
        />
      ))}
      <circle
        className="mk-movement-demo__head"
        data-head=""
        cx={pose.head[0]}
        cy={pose.head[1]}
        r={DEMO_HEAD_RADIUS}
      />
    </g>
  );
}
