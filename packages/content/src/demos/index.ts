import type { MovementDemoSpec } from "@movekit/core";
import { clamshellDemo } from "./clamshell";
import { eccentricLegLoweringDemo } from "./eccentric-leg-lowering";
import { frontPlankDemo } from "./front-plank";
import { gluteBridgeDemo } from "./glute-bridge";

export * from "./media";
export { clamshellDemo, eccentricLegLoweringDemo, frontPlankDemo, gluteBridgeDemo };

/** Keyframe poses for MovementDemo, keyed by exercise id. The demo clips in media/ are rendered from these. */
export const movementDemos: Readonly<Record<string, MovementDemoSpec>> = {
  clamshell: clamshellDemo,
  "glute-bridge": gluteBridgeDemo,
  "front-plank": frontPlankDemo,
  "eccentric-leg-lowering": eccentricLegLoweringDemo,
};
