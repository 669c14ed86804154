import type { MovementDemoSpec } from "@movekit/core";
import { pose } from "./pose-helpers";

// On the back: far knee bent with the foot flat, near knee drawn up towards the chest and bent (a short lever).
const down = /* @__PURE__ */ pose(
  {
    head: [26, 98],
    neck: [34, 100],
    hip: [68, 100],
    elbowNear: [48, 102],
    wristNear: [61, 103],
    kneeNear: [60, 80],
    ankleNear: [79, 72],
    toeNear: [84, 70],
    kneeFar: [86, 80],
    ankleFar: [96, 102],
    toeFar: [103, 103],
  },
  [-2, -1],
);

// Hips lifted on the standing leg; the drawn-up leg rises with the pelvis and stays bent.
const up = {
  ...down,
  hip: [68, 86.5] as const,
  kneeFar: [88, 77] as const,
  kneeNear: [62, 66.5] as const,
  ankleNear: [81, 58.5] as const,
  toeNear: [86, 56.5] as const,
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
      "A figure on its back has one foot flat on the floor and the other knee drawn up towards its chest, bent. Pushing through the flat foot, it lifts its hips level, holds, then lowers slowly.",
    es: "Una figura boca arriba tiene un pie apoyado en el suelo y la otra rodilla flexionada y recogida hacia el pecho. Empujando con el pie apoyado, eleva la cadera nivelada, mantiene y baja despacio.",
  },
};
