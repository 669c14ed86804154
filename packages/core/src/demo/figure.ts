import { DEMO_BONES, DEMO_FLOOR_Y, DEMO_HEAD_RADIUS, DEMO_VIEWBOX, type DemoBoneLayer, type DemoPose } from "./pose";

// The figure's geometry, computed once: MovementDemo draws it as React SVG and the media script as an SVG string,
// so a poster and the live figure cannot drift apart.

const { x, y, width, height } = DEMO_VIEWBOX;

/** The SVG `viewBox` attribute of every demo drawing. */
export const DEMO_VIEWBOX_ATTR = `${x} ${y} ${width} ${height}`;

/** The mat the figure lies on and the floor line under it, the same under every pose. */
export const DEMO_GROUND = {
  mat: { x: x + 6, y: DEMO_FLOOR_Y, width: width - 12, height: 3, rx: 1 },
  floor: { x1: x, y1: DEMO_FLOOR_Y + 3, x2: x + width, y2: DEMO_FLOOR_Y + 3 },
} as const;

/** Radius of the dot drawn at each limb joint. */
export const DEMO_JOINT_RADIUS = 1.6;

type Joint = keyof DemoPose;

/** Each joint a bone ends at (elbows, wrists, knees, ankles, hip; not the toes), once, with its layer. */
export const DEMO_FIGURE_JOINTS: ReadonlyArray<readonly [Joint, DemoBoneLayer]> = DEMO_BONES.filter(
  ([, to], index) => DEMO_BONES.findIndex(([, other]) => other === to) === index && !to.startsWith("toe"),
).map(([, to, layer]) => [to, layer] as const);

/** A straight segment between two joints of a pose. */
export interface DemoSegment {
  /** `from-to`, unique within a figure (a stable key for a list). */
  key: string;
  layer: DemoBoneLayer;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A pose laid out for drawing: neck, bones in paint order (far limbs first), joint dots and head. */
export interface DemoFigure {
  neck: DemoSegment;
  bones: DemoSegment[];
  joints: { joint: Joint; layer: DemoBoneLayer; cx: number; cy: number; r: number }[];
  head: { cx: number; cy: number; r: number };
}

function segment(pose: DemoPose, from: Joint, to: Joint, layer: DemoBoneLayer): DemoSegment {
  const [x1, y1] = pose[from];
  const [x2, y2] = pose[to];
  return { key: `${from}-${to}`, layer, x1, y1, x2, y2 };
}

/** Lays out one pose of the side-view figure. */
export function demoFigure(pose: DemoPose): DemoFigure {
  return {
    neck: segment(pose, "neck", "head", "trunk"),
    bones: DEMO_BONES.map(([from, to, layer]) => segment(pose, from, to, layer)),
    joints: DEMO_FIGURE_JOINTS.map(([joint, layer]) => ({
      joint,
      layer,
      cx: pose[joint][0],
      cy: pose[joint][1],
      r: DEMO_JOINT_RADIUS,
    })),
    head: { cx: pose.head[0], cy: pose.head[1], r: DEMO_HEAD_RADIUS },
  };
}
