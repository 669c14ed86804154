import type { MovementDemoSpec } from "@movekit/core";
import { pose } from "./pose-helpers";

// Face down on the forearms and knees, hips resting back.
const restingBack = /* @__PURE__ */ pose({
  head: [31, 83],
  neck: [38, 88],
  hip: [74, 86],
  elbowNear: [38, 103],
  wristNear: [24, 103],
  kneeNear: [88, 103],
  ankleNear: [109, 102],
  toeNear: [114, 99],
});

// Hips eased forward and down: one straight line from head to knees.
const straight = { ...restingBack, hip: [70, 95] as const, kneeFar: [86, 102] as const };

/** Knee plank: bring the hips into line, hold and breathe, rest. */
export const kneePlankDemo: MovementDemoSpec = {
  exerciseId: "knee-plank",
  duration: 9,
  keyframes: [
    { at: 0, pose: restingBack },
    { at: 1.5, pose: restingBack },
    { at: 3, pose: straight },
    { at: 7.5, pose: straight },
    { at: 9, pose: restingBack },
  ],
  stills: { start: 0, end: 2 },
  alt: {
    "en-GB":
      "A figure face down on its forearms and knees moves its hips forward until head, hips and knees are in one straight line, holds while breathing, then rests.",
    es: "Una figura boca abajo sobre antebrazos y rodillas lleva la cadera hacia delante hasta que cabeza, cadera y rodillas quedan en línea recta, mantiene respirando y descansa.",
  },
};
