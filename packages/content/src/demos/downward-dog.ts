import type { MovementDemoSpec } from "@movekit/core";
import { pose } from "./pose-helpers";

// On hands and knees, head on the left: hands under the shoulders, knees under the hips.
const allFours = /* @__PURE__ */ pose({
  head: [40, 74],
  neck: [48, 79],
  hip: [82, 80],
  elbowNear: [48, 91],
  wristNear: [47, 103],
  kneeNear: [84, 102],
  ankleNear: [105, 103],
  toeNear: [110, 100],
});

// Hips lifted up and back into an upside-down V; knees may stay soft.
const dog = /* @__PURE__ */ pose({
  head: [50, 90],
  neck: [55, 83],
  hip: [82, 56],
  elbowNear: [50, 93],
  wristNear: [45, 103],
  kneeNear: [93, 77],
  ankleNear: [103, 99],
  toeNear: [109, 104],
});

/** Downward dog: lift the hips from all fours, hold, and lower the knees again. */
export const downwardDogDemo: MovementDemoSpec = {
  exerciseId: "downward-dog",
  duration: 10,
  keyframes: [
    { at: 0, pose: allFours },
    { at: 1.5, pose: allFours },
    { at: 4, pose: dog },
    { at: 7.5, pose: dog },
    { at: 10, pose: allFours },
  ],
  stills: { start: 0, end: 2 },
  alt: {
    "en-GB":
      "A figure on hands and knees lifts its hips up and back so the body makes an upside-down V, holds, then lowers its knees back to the floor.",
    es: "Una figura a cuatro patas eleva la cadera hacia arriba y atrás hasta que el cuerpo forma una V invertida, mantiene y vuelve a bajar las rodillas al suelo.",
  },
};
