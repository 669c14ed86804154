import type { LocalizedText } from "../model/localized-text";

/**
 * Joints of the side-view stick figure. "near" limbs face the viewer and are drawn on top; "far" limbs are behind.
 * The head is drawn as a circle at `head`; the trunk runs from `neck` (shoulders) to `hip`.
 */
export const DEMO_JOINTS = [
  "head",
  "neck",
  "hip",
  "elbowFar",
  "wristFar",
  "kneeFar",
  "ankleFar",
  "toeFar",
  "elbowNear",
  "wristNear",
  "kneeNear",
  "ankleNear",
  "toeNear",
] as const;
export type DemoJoint = (typeof DEMO_JOINTS)[number];

/** A point in the demo's drawing space (y grows downward; the floor is at {@link DEMO_FLOOR_Y}). */
export type DemoPoint = readonly [x: number, y: number];
export type DemoPose = Readonly<Record<DemoJoint, DemoPoint>>;

/** The visible part of the drawing space (16:9), framing figures that lie, kneel or stand on the floor. */
export const DEMO_VIEWBOX = { x: 8, y: 40, width: 144, height: 81 } as const;
export const DEMO_FLOOR_Y = 104;
export const DEMO_HEAD_RADIUS = 6;

/** Easing names shared with framer-motion (same cubic-bezier curves). */
export type DemoEasing = "easeInOut" | "easeIn" | "easeOut" | "linear";

/** A pose at a moment of the loop. */
export interface DemoKeyframe {
  /** Seconds from the start of the loop. */
  at: number;
  pose: DemoPose;
  /**
   * Easing of the move that arrives at this pose. Default "easeInOut" (stop at each pose); an arc through an
   * in-between pose uses "easeIn" then "easeOut" so the figure does not pause halfway.
   */
  ease?: DemoEasing;
}

/** A looping movement for one exercise: keyframe poses the figure moves between, eased in and out. */
export interface MovementDemoSpec {
  /** The exercise this demonstrates. */
  exerciseId: string;
  /** Length of one loop in seconds at normal speed. */
  duration: number;
  /** In time order; the first is at 0 and the last at `duration` (usually the start pose again, for a clean loop). */
  keyframes: readonly DemoKeyframe[];
  /** Indexes of the keyframes shown side by side as "start" and "end" when motion is reduced. */
  stills: { start: number; end: number };
  /** What the figure does, in words: the text alternative. */
  alt: LocalizedText;
}

/** Bones as joint pairs, drawn in this order (far limbs first, so near ones sit on top). */
export const DEMO_BONES = [
  ["neck", "elbowFar", "far"],
  ["elbowFar", "wristFar", "far"],
  ["hip", "kneeFar", "far"],
  ["kneeFar", "ankleFar", "far"],
  ["ankleFar", "toeFar", "far"],
  ["neck", "hip", "trunk"],
  ["hip", "kneeNear", "near"],
  ["kneeNear", "ankleNear", "near"],
  ["ankleNear", "toeNear", "near"],
  ["neck", "elbowNear", "near"],
  ["elbowNear", "wristNear", "near"],
] as const satisfies ReadonlyArray<readonly [DemoJoint, DemoJoint, "far" | "trunk" | "near"]>;

export type DemoBoneLayer = (typeof DEMO_BONES)[number][2];
