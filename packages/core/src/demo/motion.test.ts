import { describe, expect, it } from "vitest";
import { applyEasing, checkMovementDemo, demoTracks, interpolatePose, poseAt } from "./motion";
import { DEMO_JOINTS, type DemoPose, type MovementDemoSpec } from "./pose";

const flat = (x: number): DemoPose =>
  Object.fromEntries(DEMO_JOINTS.map((joint) => [joint, [x, 50]])) as unknown as DemoPose;

const spec: MovementDemoSpec = {
  exerciseId: "test",
  duration: 4,
  keyframes: [
    { at: 0, pose: flat(0) },
    { at: 1, pose: flat(0) },
    { at: 3, pose: flat(100), ease: "linear" },
    { at: 4, pose: flat(0) },
  ],
  stills: { start: 0, end: 2 },
  alt: { "en-GB": "Moves right and back" },
};

describe("applyEasing", () => {
  it("follows the CSS curves: ends fixed, ease-in-out symmetric, ease-in slow to start", () => {
    expect(applyEasing("easeInOut", 0)).toBeCloseTo(0);
    expect(applyEasing("easeInOut", 1)).toBeCloseTo(1);
    expect(applyEasing("easeInOut", 0.5)).toBeCloseTo(0.5, 3);
    expect(applyEasing("easeIn", 0.25)).toBeLessThan(0.25);
    expect(applyEasing("easeOut", 0.25)).toBeGreaterThan(0.25);
    expect(applyEasing("linear", 0.3)).toBeCloseTo(0.3, 3);
    expect(applyEasing("linear", 7)).toBeCloseTo(1, 6);
  });
});

describe("poseAt", () => {
  it("holds, moves with the keyframe's easing, and wraps around the loop", () => {
    expect(poseAt(spec, 0.5).hip[0]).toBe(0);
    expect(poseAt(spec, 2).hip[0]).toBeCloseTo(50, 1);
    expect(poseAt(spec, 3).hip[0]).toBeCloseTo(100);
    expect(poseAt(spec, 3.5).hip[0]).toBeCloseTo(50, 1);
    expect(poseAt(spec, 6).hip[0]).toBeCloseTo(50, 1);
  });
  it("blends every joint", () => {
    expect(interpolatePose(flat(0), flat(10), 0.25).toeNear).toEqual([2.5, 50]);
  });
});

describe("demoTracks", () => {
  it("gives 0–1 times, one easing per move and per-joint coordinates", () => {
    const tracks = demoTracks(spec);
    expect(tracks.times).toEqual([0, 0.25, 0.75, 1]);
    expect(tracks.ease).toEqual(["easeInOut", "linear", "easeInOut"]);
    expect(tracks.joints.head.x).toEqual([0, 0, 100, 0]);
  });
});

describe("checkMovementDemo", () => {
  it("accepts a good demo and names what is wrong in a bad one", () => {
    expect(checkMovementDemo(spec)).toEqual([]);
    const bad: MovementDemoSpec = {
      ...spec,
      keyframes: [
        { at: 1, pose: flat(0) },
        { at: 0.5, pose: { ...flat(0), hip: [Number.NaN, 0] } },
      ],
      stills: { start: 0, end: 5 },
    };
    expect(checkMovementDemo(bad)).toEqual([
      "keyframes[0].at: the first pose must be at 0",
      "keyframes[1].at: earlier than the pose before it",
      "keyframes[1].pose.hip: missing or not a number",
      "stills.end: no keyframe at index 5",
    ]);
  });
});
