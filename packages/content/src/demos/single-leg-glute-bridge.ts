import type { MovementDemoSpec } from "@movekit/core";
import { pose } from "./pose-helpers";

// On the back: far knee bent with the foot flat, near leg straight, thighs level.
const down = pose(
  {
    head: [26, 98],
    neck: [34, 100],
    hip: [68, 100],
    elbowNear: [48, 102],
    wristNear: [61, 103],
    kneeNear: [88, 80],
    ankleNear: [106, 70],
    toeNear: [110, 64],
    kneeFar: [86, 80],
    ankleFar: [96, 102],
    toeFar: [103, 103],
  },
  [-2, -1],
);

// Hips lifted on the bent leg; the straight leg stays in line with its thigh.
const up = {
  ...down,
  hip: [68, 86.5] as const,
  kneeFar: [88, 77] as const,
  kneeNear: [90, 78] as const,
  ankleNear: [111, 70] as const,
  toeNear: [116, 65] as const,
};

/** Single-leg glute bridge: lift on one leg, hold, lower slowly. */
export const singleLegGluteBridgeDemo: MovementDemoSpec = {
  exerciseId: "single-leg-glute-bridge",
  duration: 10,
  keyframes: [
    { at: 0, pose: down },
    { at: 2, pose: down },
    { at: 4.5, pose: up },
    { at: 6.5, pose: up },
    { at: 10, pose: down },
  ],
  stills: { start: 0, end: 2 },
  alt: {
    "en-GB":
      "A figure on its back has one knee bent and the other leg held straight. Pushing through the bent leg's foot, it lifts its hips level, holds, then lowers slowly.",
    es: "Una figura boca arriba tiene una rodilla flexionada y la otra pierna estirada. Empujando con el pie de la pierna flexionada, eleva la cadera nivelada, mantiene y baja despacio.",
  },
};
