import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEMO_GROUND, DEMO_VIEWBOX_ATTR, demoFigure } from "./figure";
import { DEMO_BONES, DEMO_JOINTS, DEMO_VIEWBOX, type DemoPoint, type DemoPose } from "./pose";

const point = fc.tuple(fc.double({ min: -50, max: 200, noNaN: true }), fc.double({ min: -50, max: 200, noNaN: true }));
const pose: fc.Arbitrary<DemoPose> = fc
  .array(point, { minLength: DEMO_JOINTS.length, maxLength: DEMO_JOINTS.length })
  .map(
    (points) =>
      Object.fromEntries(DEMO_JOINTS.map((joint, i) => [joint, points[i] as DemoPoint])) as unknown as DemoPose,
  );

describe("demoFigure", () => {
  it("joins exactly the pose's joints, bone by bone in paint order, for every pose", () => {
    fc.assert(
      fc.property(pose, (p) => {
        const figure = demoFigure(p);
        expect(figure.bones.map((bone) => bone.key)).toEqual(DEMO_BONES.map(([from, to]) => `${from}-${to}`));
        figure.bones.forEach((bone, i) => {
          const [from, to, layer] = DEMO_BONES[i] ?? [];
          if (!from || !to) throw new Error("bone out of range");
          expect([bone.x1, bone.y1, bone.x2, bone.y2]).toEqual([...p[from], ...p[to]]);
          expect(bone.layer).toBe(layer);
        });
        expect([figure.neck.x1, figure.neck.y1, figure.neck.x2, figure.neck.y2]).toEqual([...p.neck, ...p.head]);
        expect([figure.head.cx, figure.head.cy]).toEqual([...p.head]);
        for (const dot of figure.joints) expect([dot.cx, dot.cy]).toEqual([...p[dot.joint]]);
      }),
    );
  });

  it("puts a dot on each limb joint once, never on the toes", () => {
    const origin = Object.fromEntries(DEMO_JOINTS.map((joint) => [joint, [0, 0] as const])) as unknown as DemoPose;
    const joints = demoFigure(origin).joints.map((dot) => dot.joint);
    expect(new Set(joints).size).toBe(joints.length);
    expect(joints).toEqual(expect.arrayContaining(["hip", "kneeNear", "elbowFar", "wristNear", "ankleFar"]));
    expect(joints.some((joint) => joint.startsWith("toe"))).toBe(false);
  });

  it("keeps the mat and floor inside the drawing", () => {
    const { x, y, width, height } = DEMO_VIEWBOX;
    expect(DEMO_VIEWBOX_ATTR).toBe(`${x} ${y} ${width} ${height}`);
    const { mat, floor } = DEMO_GROUND;
    expect(mat.x).toBeGreaterThan(x);
    expect(mat.x + mat.width).toBeLessThan(x + width);
    expect(floor.y1).toBeLessThan(y + height);
    expect([floor.x1, floor.x2]).toEqual([x, x + width]);
  });
});
