import type { MovementDemoSpec } from "@movekit/core";
import { pose } from "./pose-helpers";

// On the back, head on the left, knees bent and feet flat, arms by the sides.
export const bridgeDown = pose({
  head: [26, 98],
  neck: [34, 100],
  hip: [68, 100],
  elbowNear: [48, 102],
  wristNear: [61, 103],
  kneeNear: [88, 80],
  ankleNear: [98, 102],
  toeNear: [105, 103],
});

// Hips lifted until shoulders, hips and knees make one straight line.
export const bridgeUp = {
  ...bridgeDown,
  hip: [68, 86.5] as const,
  kneeNear: [90, 78] as const,
  kneeFar: [88, 77] as const,
};

/** Glute bridge: lift, hold, lower slowly. Times match the exercise's cues. */
export const gluteBridgeDemo: MovementDemoSpec = {
  exerciseId: "glute-bridge",
  duration: 10,
  keyframes: [
    { at: 0, pose: bridgeDown },
    { at: 2, pose: bridgeDown },
    { at: 4.5, pose: bridgeUp },
    { at: 6.5, pose: bridgeUp },
    { at: 10, pose: bridgeDown },
  ],
  stills: { start: 0, end: 2 },
  alt: {
    "en-GB":
      "A figure lies on its back with knees bent and feet flat. It lifts its hips until shoulders, hips and knees form a straight line, holds, then lowers slowly.",
    es: "Una figura está tumbada boca arriba con las rodillas flexionadas y los pies apoyados. Eleva la cadera hasta que hombros, cadera y rodillas forman una línea recta, mantiene y baja despacio.",
  },
};
