import type { MovementDemoSpec } from "@movekit/core";
import { pose } from "./pose-helpers";

// On the back, head on the left: far knee bent with the foot flat, near leg straight up.
const legUp = pose(
  {
    head: [26, 98],
    neck: [34, 100],
    hip: [68, 100],
    elbowNear: [48, 102],
    wristNear: [61, 103],
    kneeNear: [70, 78],
    ankleNear: [72, 57],
    toeNear: [78, 55],
    kneeFar: [86, 80],
    ankleFar: [96, 102],
    toeFar: [103, 103],
  },
  [-1, -1],
);

// The straight leg on its way down (about 45°) and lowered to the floor.
const legHalf = { ...legUp, kneeNear: [84, 85] as const, ankleNear: [99, 71] as const, toeNear: [105, 72] as const };
const legDown = { ...legUp, kneeNear: [90, 101] as const, ankleNear: [111, 102] as const, toeNear: [113, 96] as const };
// Coming back: knee bent, foot near the floor, before the leg straightens up again.
const kneeBent = { ...legUp, kneeNear: [82, 79] as const, ankleNear: [95, 97] as const, toeNear: [101, 97] as const };

/** Eccentric leg lowering: lower the straight leg slowly, bend the knee to bring it back. */
export const eccentricLegLoweringDemo: MovementDemoSpec = {
  exerciseId: "eccentric-leg-lowering",
  duration: 12,
  keyframes: [
    { at: 0, pose: legUp },
    { at: 2.5, pose: legUp },
    // One slow arc through the halfway pose: speed up into it, slow down out of it.
    { at: 5, pose: legHalf, ease: "easeIn" },
    { at: 7.5, pose: legDown, ease: "easeOut" },
    { at: 9.5, pose: kneeBent },
    { at: 12, pose: legUp },
  ],
  stills: { start: 0, end: 3 },
  alt: {
    "en-GB":
      "A figure lies on its back with one knee bent and the other leg straight up. It lowers the straight leg slowly to the floor, then bends that knee and brings the leg back up.",
    es: "Una figura está tumbada boca arriba con una rodilla flexionada y la otra pierna estirada hacia arriba. Baja la pierna estirada despacio hasta el suelo, luego flexiona esa rodilla y vuelve a subir la pierna.",
  },
};
