import type { DemoPoint, DemoPose } from "@movekit/core";

type NearPose = Omit<DemoPose, "elbowFar" | "wristFar" | "kneeFar" | "ankleFar" | "toeFar"> &
  Partial<Pick<DemoPose, "elbowFar" | "wristFar" | "kneeFar" | "ankleFar" | "toeFar">>;

const shift = ([x, y]: DemoPoint, [dx, dy]: DemoPoint): DemoPoint => [x + dx, y + dy];

/**
 * A pose whose far limbs copy the near ones, nudged by `offset` so both stay visible (for symmetric positions such
 * as a bridge or a plank). Far joints given explicitly win.
 */
export function pose(near: NearPose, offset: DemoPoint = [-2, -1]): DemoPose {
  return {
    elbowFar: shift(near.elbowNear, offset),
    wristFar: shift(near.wristNear, offset),
    kneeFar: shift(near.kneeNear, offset),
    ankleFar: shift(near.ankleNear, offset),
    toeFar: shift(near.toeNear, offset),
    ...near,
  };
}

/**
 * `base` with some joints moved. Demo files call it marked pure instead of writing an object spread, which
 * bundlers keep even when unused; then an exercise's clip does not bring its keyframes along.
 */
export function moved(base: DemoPose, joints: Partial<DemoPose>): DemoPose {
  return { ...base, ...joints };
}
