import { DEMO_JOINTS, type DemoEasing, type DemoPoint, type DemoPose, type MovementDemoSpec } from "./pose";

/** Problems that make a demo unplayable, as "keyframes[2].at: …" messages (empty when fine). */
export function checkMovementDemo(spec: MovementDemoSpec): string[] {
  const problems: string[] = [];
  if (!(spec.duration > 0)) problems.push("duration: must be more than 0 seconds");
  if (spec.keyframes.length < 2) problems.push("keyframes: at least two poses are needed");
  spec.keyframes.forEach((frame, i) => {
    const previous = spec.keyframes[i - 1];
    if (i === 0 && frame.at !== 0) problems.push("keyframes[0].at: the first pose must be at 0");
    if (previous && frame.at < previous.at) problems.push(`keyframes[${i}].at: earlier than the pose before it`);
    if (frame.at > spec.duration) problems.push(`keyframes[${i}].at: after the end (${spec.duration} s)`);
    for (const joint of DEMO_JOINTS) {
      const point = frame.pose[joint];
      if (!point?.every(Number.isFinite)) problems.push(`keyframes[${i}].pose.${joint}: missing or not a number`);
    }
  });
  for (const key of ["start", "end"] as const) {
    if (!spec.keyframes[spec.stills[key]]) problems.push(`stills.${key}: no keyframe at index ${spec.stills[key]}`);
  }
  return problems;
}

const CURVES: Record<DemoEasing, readonly [number, number, number, number]> = {
  easeInOut: [0.42, 0, 0.58, 1],
  easeIn: [0.42, 0, 1, 1],
  easeOut: [0, 0, 0.58, 1],
  linear: [0, 0, 1, 1],
};

/**
 * The CSS cubic-bezier curves that framer-motion's named easings use, so rendered clips and the animated figure
 * move alike. `progress` is clamped to 0–1.
 */
export function applyEasing(name: DemoEasing, progress: number): number {
  const t = Math.min(1, Math.max(0, progress));
  const [x1, y1, x2, y2] = CURVES[name];
  const bezier = (u: number, p1: number, p2: number) => 3 * (1 - u) ** 2 * u * p1 + 3 * (1 - u) * u ** 2 * p2 + u ** 3;
  // Solve x(u) = t for the curve parameter u by bisection; y(u) is then the eased value.
  let low = 0;
  let high = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2;
    if (bezier(mid, x1, x2) < t) low = mid;
    else high = mid;
  }
  return bezier((low + high) / 2, y1, y2);
}

function mix(a: DemoPoint, b: DemoPoint, t: number): DemoPoint {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** Blends two poses joint by joint (`t` from 0 to 1, no easing). */
export function interpolatePose(a: DemoPose, b: DemoPose, t: number): DemoPose {
  return Object.fromEntries(DEMO_JOINTS.map((joint) => [joint, mix(a[joint], b[joint], t)])) as unknown as DemoPose;
}

/** The pose at `time` seconds into the loop (wrapping past the end), eased between keyframes. */
export function poseAt(spec: MovementDemoSpec, time: number): DemoPose {
  const frames = spec.keyframes;
  const first = frames[0];
  if (!first) throw new Error(`Movement demo "${spec.exerciseId}" has no keyframes`);
  const t = ((time % spec.duration) + spec.duration) % spec.duration;
  for (let i = 1; i < frames.length; i++) {
    const from = frames[i - 1];
    const to = frames[i];
    if (from && to && t <= to.at) {
      const span = to.at - from.at;
      return span > 0
        ? interpolatePose(from.pose, to.pose, applyEasing(to.ease ?? "easeInOut", (t - from.at) / span))
        : to.pose;
    }
  }
  return frames[frames.length - 1]?.pose ?? first.pose;
}

/**
 * Per-joint keyframe tracks for animation libraries: `times` are 0–1 fractions of the loop, and `x`/`y` the joint's
 * coordinates at each. framer-motion takes them as `animate={{ x1: track.x }}` with `transition.times`.
 */
export function demoTracks(spec: MovementDemoSpec): {
  times: number[];
  /** One easing per move (between keyframe i and i + 1). */
  ease: DemoEasing[];
  joints: Record<(typeof DEMO_JOINTS)[number], { x: number[]; y: number[] }>;
} {
  const times = spec.keyframes.map((frame) => frame.at / spec.duration);
  const joints = Object.fromEntries(
    DEMO_JOINTS.map((joint) => [
      joint,
      { x: spec.keyframes.map((f) => f.pose[joint][0]), y: spec.keyframes.map((f) => f.pose[joint][1]) },
    ]),
  ) as Record<(typeof DEMO_JOINTS)[number], { x: number[]; y: number[] }>;
  const easings = spec.keyframes.slice(1).map((frame) => frame.ease ?? "easeInOut");
  return { times, ease: easings, joints };
}
