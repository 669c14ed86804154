import { DEMO_BONES, DEMO_FIGURE_JOINTS, type DemoPose, type MovementDemoSpec, poseAt } from "@movekit/core/demo";
import { useEffect, useMemo, useRef } from "react";
import { StillFigure } from "./figure";

const round = (value: number) => String(Math.round(value * 100) / 100);

const place = (element: Element | null | undefined, [cx, cy]: readonly [number, number]) => {
  element?.setAttribute("cx", round(cx));
  element?.setAttribute("cy", round(cy));
};

/** Moves the figure's existing SVG elements to `pose` (neck, bones in DEMO_BONES order, joints, head). */
function draw(group: SVGGElement, pose: DemoPose) {
  const neck = group.querySelector("[data-neck]");
  neck?.setAttribute("x1", round(pose.neck[0]));
  neck?.setAttribute("y1", round(pose.neck[1]));
  neck?.setAttribute("x2", round(pose.head[0]));
  neck?.setAttribute("y2", round(pose.head[1]));
  const bones = group.querySelectorAll("[data-bone]");
  DEMO_BONES.forEach(([from, to], i) => {
    const bone = bones[i];
    if (!bone) return;
    bone.setAttribute("x1", round(pose[from][0]));
    bone.setAttribute("y1", round(pose[from][1]));
    bone.setAttribute("x2", round(pose[to][0]));
    bone.setAttribute("y2", round(pose[to][1]));
  });
  const joints = group.querySelectorAll("[data-joint]");
  DEMO_FIGURE_JOINTS.forEach(([joint], i) => {
    place(joints[i], pose[joint]);
  });
  place(group.querySelector("[data-head]"), pose.head);
}

/**
 * The figure moving through the demo's keyframes: a requestAnimationFrame loop that asks core's `poseAt` for the
 * pose at the loop's current time (the same poses and easings the clips are rendered from) and writes it to the
 * SVG directly, so React does not re-render every frame. Paused, it holds where it is; a speed change carries on
 * from the same point. Loaded only when motion is allowed (see use-animated-figure).
 */
export function AnimatedFigure({ demo, playing, speed }: { demo: MovementDemoSpec; playing: boolean; speed: number }) {
  const group = useRef<SVGGElement>(null);
  // Seconds into the loop; kept across pauses and speed changes, restarted for a new demo.
  const clock = useRef({ demo, time: 0 });
  const firstPose = useMemo(() => poseAt(demo, 0), [demo]);

  useEffect(() => {
    if (clock.current.demo !== demo) clock.current = { demo, time: 0 };
    if (!playing) return;
    let frame = 0;
    let last: number | undefined;
    const tick = (now: number) => {
      if (last !== undefined) clock.current.time += ((now - last) / 1000) * speed;
      last = now;
      if (group.current) draw(group.current, poseAt(demo, clock.current.time));
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [demo, playing, speed]);

  return <StillFigure pose={firstPose} groupRef={group} state={playing ? "playing" : "paused"} />;
}
