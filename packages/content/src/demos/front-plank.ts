import type { MovementDemoSpec } from "@movekit/core";
import { pose } from "./pose-helpers";

// Face down on the forearms (elbows under the shoulders), knees on the floor.
const kneeling = pose({
  head: [31, 81],
  neck: [38, 87],
  hip: [76, 93],
  elbowNear: [38, 103],
  wristNear: [24, 103],
  kneeNear: [96, 103],
  ankleNear: [117, 102],
  toeNear: [122, 98],
});

// Knees lifted: one straight line from head to heels, weight on forearms and toes.
const plank = {
  ...kneeling,
  hip: [76, 92.5] as const,
  kneeNear: [97, 96.5] as const,
  ankleNear: [117, 100] as const,
  toeNear: [121, 104] as const,
  kneeFar: [95, 95.5] as const,
  ankleFar: [115, 99] as const,
  toeFar: [119, 103] as const,
};

/** Front plank: lift into the plank, hold and breathe, lower the knees. Times match the exercise's cues. */
export const frontPlankDemo: MovementDemoSpec = {
  exerciseId: "front-plank",
  duration: 12,
  keyframes: [
    { at: 0, pose: kneeling },
    { at: 3, pose: kneeling },
    { at: 5, pose: plank },
    { at: 10, pose: plank },
    { at: 12, pose: kneeling },
  ],
  stills: { start: 0, end: 2 },
  alt: {
    "en-GB":
      "A figure rests face down on its forearms and knees. It lifts its knees so the body makes a straight line from head to heels, holds while breathing, then lowers the knees.",
    es: "Una figura se apoya boca abajo sobre antebrazos y rodillas. Levanta las rodillas para que el cuerpo forme una línea recta de la cabeza a los talones, mantiene respirando y baja las rodillas.",
  },
};
