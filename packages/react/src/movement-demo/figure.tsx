import { DEMO_GROUND, DEMO_VIEWBOX_ATTR, type DemoPose, demoFigure } from "@movekit/core/demo";
import type { Ref } from "react";

export const VIEW_BOX = DEMO_VIEWBOX_ATTR;

/** Floor and mat, shared by the still and animated figures. */
export function DemoGround() {
  return (
    <>
      <rect className="mk-movement-demo__mat" {...DEMO_GROUND.mat} />
      <line className="mk-movement-demo__floor" {...DEMO_GROUND.floor} />
    </>
  );
}

/**
 * A pose drawn as SVG: a head on a neck, a broad torso, and limbs with rounded ends and a dot at each joint (far
 * limbs behind in a muted colour), so it reads as a person rather than a stick diagram. Still under reduced motion
 * and while the animation code loads; the animated figure draws its first pose with it and then moves the same
 * elements through `groupRef`. The geometry is core's `demoFigure`, which the media posters use too.
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
  const figure = demoFigure(pose);
  const { x1, y1, x2, y2 } = figure.neck;
  return (
    <g ref={groupRef} data-slot="figure" data-state={state}>
      <line className="mk-movement-demo__neck" data-neck="" x1={x1} y1={y1} x2={x2} y2={y2} />
      {figure.bones.map(({ key, layer, ...line }) => (
        <line key={key} className="mk-movement-demo__bone" data-bone="" data-layer={layer} {...line} />
      ))}
      {figure.joints.map(({ joint, layer, ...dot }) => (
        <circle key={joint} className="mk-movement-demo__joint" data-joint={joint} data-layer={layer} {...dot} />
      ))}
      <circle className="mk-movement-demo__head" data-head="" {...figure.head} />
    </g>
  );
}
