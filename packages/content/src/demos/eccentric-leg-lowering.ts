import type { MovementDemoSpec } from "@movekit/core";
import { pose } from "./pose-helpers";

// On the back, head on the left: far knee bent with the foot flat; near knee up over the hip and bent (the start:
// the leg gets there bent, so the hip never lifts it straight).
const kneeUp = pose(
  {
    head: [26, 98],
    neck: [34, 100],
    hip: [68, 100],
    elbowNear: [48, 102],
    wristNear: [61, 103],
    kneeNear: [68, 78],
    ankleNear: [89.5, 78],
    toeNear: [91, 72],
    kneeFar: [86, 80],
    ankleFar: [96, 102],
    toeFar: [103, 103],
  },
  [-1, -1],
);

// The knee straightened: the leg points at the ceiling, ready to lower.
const legUp = { ...kneeUp, kneeNear: [70, 78] as const, ankleNear: [72, 57] as const, toeNear: [78, 55] as const };
// On its way down (about 45°), then stopped with the heel well clear of the floor (about 5° above level).
const legHalf = { ...legUp, kneeNear: [84, 85] as const, ankleNear: [99, 71] as const, toeNear: [105, 72] as const };
const legLow = { ...legUp, kneeNear: [90, 98] as const, ankleNear: [111, 96] as const, toeNear: [116, 92] as const };
// Coming back: knee bent, foot still off the floor, on its way back over the hip.
const kneeBent = {
  ...legUp,
  kneeNear: [85, 86] as const,
  ankleNear: [103.5, 96] as const,
  toeNear: [108, 92] as const,
};

/** Eccentric leg lowering: knee up bent, straighten, lower slowly and stop above the floor, bend to come back. */
export const eccentricLegLoweringDemo: MovementDemoSpec = {
  exerciseId: "eccentric-leg-lowering",
  duration: 12,
  keyframes: [
    { at: 0, pose: kneeUp },
    { at: 1.5, pose: legUp },
    { at: 2.5, pose: legUp },
    // One slow arc through the halfway pose: speed up into it, slow down out of it.
    { at: 5, pose: legHalf, ease: "easeIn" },
    { at: 7.5, pose: legLow, ease: "easeOut" },
    { at: 9.5, pose: kneeBent },
    { at: 12, pose: kneeUp },
  ],
  stills: { start: 0, end: 4 },
  alt: {
    "en-GB":
      "A figure lies on its back with one foot flat and the other knee bent over its hip. It straightens that leg towards the ceiling, lowers it slowly and stops with the heel above the floor, then bends the knee and brings it back over the hip.",
    es: "Una figura está tumbada boca arriba con un pie apoyado y la otra rodilla flexionada por encima de la cadera. Estira esa pierna hacia el techo, la baja despacio y para con el talón por encima del suelo; luego flexiona la rodilla y la vuelve a llevar sobre la cadera.",
  },
};
