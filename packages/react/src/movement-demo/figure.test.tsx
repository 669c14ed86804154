import { gluteBridgeDemo } from "@movekit/content";
import { DEMO_BONES, poseAt } from "@movekit/core/demo";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DemoGround, StillFigure, VIEW_BOX } from "./figure";

describe("StillFigure", () => {
  it("draws a head on a neck, a torso, every limb bone and a dot at each joint but the toes", () => {
    const pose = poseAt(gluteBridgeDemo, 0);
    const { container } = render(
      <svg viewBox={VIEW_BOX} aria-hidden="true">
        <DemoGround />
        <StillFigure pose={pose} />
      </svg>,
    );
    expect(container.querySelectorAll("[data-head]")).toHaveLength(1);
    expect(container.querySelector("[data-neck]")?.getAttribute("x2")).toBe(String(pose.head[0]));
    expect(container.querySelectorAll("[data-bone]")).toHaveLength(DEMO_BONES.length);
    expect(container.querySelectorAll("[data-bone][data-layer='trunk']")).toHaveLength(1);
    const joints = [...container.querySelectorAll("[data-joint]")].map((joint) => joint.getAttribute("data-joint"));
    expect(joints).toEqual(expect.arrayContaining(["hip", "kneeNear", "elbowNear", "wristFar", "ankleFar"]));
    expect(joints.some((joint) => joint?.startsWith("toe"))).toBe(false);
    expect(new Set(joints).size).toBe(joints.length);
  });
});
