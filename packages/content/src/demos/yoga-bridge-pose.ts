import type { MovementDemoSpec } from "@movekit/core";
// The same lying and lifted poses as the glute bridge.
import { bridgeUp as lifted, bridgeDown as lying } from "./glute-bridge";

/** Bridge pose (yoga): the glute bridge's lift, held longer and breathing slowly. */
export const yogaBridgePoseDemo: MovementDemoSpec = {
  exerciseId: "yoga-bridge-pose",
  duration: 12,
  keyframes: [
    { at: 0, pose: lying },
    { at: 1.5, pose: lying },
    { at: 4, pose: lifted },
    { at: 9, pose: lifted },
    { at: 12, pose: lying },
  ],
  stills: { start: 0, end: 2 },
  alt: {
    "en-GB":
      "A figure lies on its back with knees bent and feet flat, slowly rolls its hips up into a bridge, holds for several breaths, then rolls back down.",
    es: "Una figura boca arriba con las rodillas flexionadas y los pies apoyados eleva la cadera despacio hasta formar un puente, mantiene varias respiraciones y vuelve a bajar.",
  },
};
