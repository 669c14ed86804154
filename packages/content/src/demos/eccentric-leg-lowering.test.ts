import { DEMO_FLOOR_Y, type DemoPoint, poseAt } from "@movekit/core/demo";
import { describe, expect, it } from "vitest";
import { eccentricLegLowering } from "../exercises/eccentric-leg-lowering";
import { eccentricLegLoweringDemo as demo } from "./eccentric-leg-lowering";
import { demoMedia } from "./media";

/** Angle at joint b between a and c, in degrees (180 = straight). */
function angle(a: DemoPoint, b: DemoPoint, c: DemoPoint): number {
  const [x1, y1] = [a[0] - b[0], a[1] - b[1]];
  const [x2, y2] = [c[0] - b[0], c[1] - b[1]];
  const cos = (x1 * x2 + y1 * y2) / (Math.hypot(x1, y1) * Math.hypot(x2, y2));
  return (Math.acos(Math.min(1, Math.max(-1, cos))) * 180) / Math.PI;
}

const times = Array.from({ length: Math.round(demo.duration * 20) + 1 }, (_, i) => i / 20);
// Heel and toe clearance over the floor at every twentieth of a second of the loop.
const clearance = (t: number) => {
  const p = poseAt(demo, t);
  return DEMO_FLOOR_Y - Math.max(p.ankleNear[1], p.toeNear[1]);
};
const en = (text: { "en-GB": string }) => text["en-GB"];
const words = [
  demo.alt,
  demoMedia["eccentric-leg-lowering"].alt,
  demoMedia["eccentric-leg-lowering"].transcript,
  eccentricLegLowering.media?.transcript,
].filter((t) => t !== undefined);

describe("eccentric leg lowering: demo, transcript, alt text and steps agree", () => {
  it("the working leg never reaches the floor: its heel stays clear all through the loop", () => {
    const lowest = Math.min(...times.map(clearance));
    // 1 drawing unit is about 2 cm on this figure: at least 6 units keeps a visible gap of a hand's width or so.
    expect(lowest).toBeGreaterThanOrEqual(6);
  });

  it("the end still is the lowest point of the lowering, with the knee straight and the heel above the floor", () => {
    const end = demo.keyframes[demo.stills.end]?.pose;
    if (!end) throw new Error("no end still");
    const endClearance = DEMO_FLOOR_Y - Math.max(end.ankleNear[1], end.toeNear[1]);
    expect(endClearance).toBeCloseTo(Math.min(...times.map(clearance)), 5);
    expect(angle(end.hip, end.kneeNear, end.ankleNear)).toBeGreaterThan(165);
  });

  it("starts with the knee bent over the hip, so the hip never lifts the straight leg", () => {
    const start = demo.keyframes[demo.stills.start]?.pose;
    if (!start) throw new Error("no start still");
    expect(angle(start.hip, start.kneeNear, start.ankleNear)).toBeLessThan(120);
    // The straight leg is never raised: the return bends the knee as the thigh starts to rise, so the thigh gains
    // under 4 drawing units (about 8 cm) while the knee is still nearly straight. A straight-leg raise from the
    // lowest point back to vertical would gain about 20.
    const thighHeight = (t: number) => poseAt(demo, t).hip[1] - poseAt(demo, t).kneeNear[1];
    const straight = (t: number) => {
      const p = poseAt(demo, t);
      return angle(p.hip, p.kneeNear, p.ankleNear) > 165;
    };
    let riseWhileStraight = 0;
    for (let i = 1; i < times.length; i++) {
      const [before, now] = [times[i - 1] as number, times[i] as number];
      if (straight(before) && straight(now)) riseWhileStraight += Math.max(0, thighHeight(now) - thighHeight(before));
    }
    expect(riseWhileStraight).toBeLessThan(4);
    expect(en(eccentricLegLowering.startPosition)).toMatch(/knee up over your hip with the knee still bent/);
    expect(en(eccentricLegLowering.startPosition)).not.toMatch(/lift the other leg/i);
  });

  it("says 'stop above the floor' in the steps, alt text and transcript, in English and Spanish, never 'to the floor'", () => {
    const steps = eccentricLegLowering.steps;
    expect(steps.some((s) => /above the floor/.test(s["en-GB"]))).toBe(true);
    expect(steps.some((s) => /por encima del suelo|a un palmo del suelo/.test(s.es ?? ""))).toBe(true);
    expect(words.length).toBe(4);
    for (const text of words) {
      expect(text["en-GB"]).toMatch(/above the floor/);
      expect(text["en-GB"]).not.toMatch(/\b(to|on|onto) the floor\b|rests on|touches the floor/);
      expect(text.es).toMatch(/por encima del suelo|a un palmo del suelo/);
      expect(text.es).not.toMatch(/hasta el suelo|apoyarla en el suelo/);
    }
  });
});
