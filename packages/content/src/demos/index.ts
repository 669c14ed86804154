import type { MovementDemoSpec } from "@movekit/core";
import { clamshellDemo } from "./clamshell";
import { downwardDogDemo } from "./downward-dog";
import { eccentricLegLoweringDemo } from "./eccentric-leg-lowering";
import { frontPlankDemo } from "./front-plank";
import { gluteBridgeDemo } from "./glute-bridge";
import { kneePlankDemo } from "./knee-plank";
import { singleLegGluteBridgeDemo } from "./single-leg-glute-bridge";
import { yogaBridgePoseDemo } from "./yoga-bridge-pose";

export * from "./media";
export * from "./media-base";
export {
  clamshellDemo,
  downwardDogDemo,
  eccentricLegLoweringDemo,
  frontPlankDemo,
  gluteBridgeDemo,
  kneePlankDemo,
  singleLegGluteBridgeDemo,
  yogaBridgePoseDemo,
};

/**
 * Keyframe poses for MovementDemo, keyed by exercise id. The demo clips in media/ are rendered from the ones listed
 * in `DEMO_CLIP_IDS`.
 */
export const movementDemos: Readonly<Record<string, MovementDemoSpec>> = {
  clamshell: clamshellDemo,
  "glute-bridge": gluteBridgeDemo,
  "front-plank": frontPlankDemo,
  "eccentric-leg-lowering": eccentricLegLoweringDemo,
  "knee-plank": kneePlankDemo,
  "single-leg-glute-bridge": singleLegGluteBridgeDemo,
  "yoga-bridge-pose": yogaBridgePoseDemo,
  "downward-dog": downwardDogDemo,
};
