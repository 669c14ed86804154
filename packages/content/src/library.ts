import type { Exercise, Library, Programme } from "@movekit/core";
import { bandedClamshell } from "./exercises/banded-clamshell";
import { bandedFireHydrant } from "./exercises/banded-fire-hydrant";
import { bandedGluteBridge } from "./exercises/banded-glute-bridge";
import { bentKneeLegLowering } from "./exercises/bent-knee-leg-lowering";
import { bentKneeSidePlank } from "./exercises/bent-knee-side-plank";
import { boxSquat } from "./exercises/box-squat";
import { clamshell } from "./exercises/clamshell";
import { cyclingRaisedSeat } from "./exercises/cycling-raised-seat";
import { downwardDog } from "./exercises/downward-dog";
import { dynamicHipWarmUp } from "./exercises/dynamic-hip-warm-up";
import { eccentricLegLowering } from "./exercises/eccentric-leg-lowering";
import { fireHydrant } from "./exercises/fire-hydrant";
import { frontPlank } from "./exercises/front-plank";
import { gluteBridge } from "./exercises/glute-bridge";
import { gobletBoxSquat } from "./exercises/goblet-box-squat";
import { halfKneelingHipFlexorStretch } from "./exercises/half-kneeling-hip-flexor-stretch";
import { kneePlank } from "./exercises/knee-plank";
import { sidePlank } from "./exercises/side-plank";
import { singleLegGluteBridge } from "./exercises/single-leg-glute-bridge";
import { swimming } from "./exercises/swimming";
import { thomasPsoasStretch } from "./exercises/thomas-psoas-stretch";
import { walkRunIntervals } from "./exercises/walk-run-intervals";
import { weightedLegLowering } from "./exercises/weighted-leg-lowering";
import { weightedSingleLegGluteBridge } from "./exercises/weighted-single-leg-glute-bridge";
import { yogaBridgePose } from "./exercises/yoga-bridge-pose";
import { hipFlexorReturnToRun } from "./programmes/hip-flexor-return-to-run";

/** Every shipped exercise, grouped roughly as a patient meets them: strength, core, mobility, running, cross-training. */
export const exercises: readonly Exercise[] = [
  clamshell,
  bandedClamshell,
  gluteBridge,
  bandedGluteBridge,
  singleLegGluteBridge,
  weightedSingleLegGluteBridge,
  kneePlank,
  frontPlank,
  bentKneeSidePlank,
  sidePlank,
  bentKneeLegLowering,
  eccentricLegLowering,
  weightedLegLowering,
  thomasPsoasStretch,
  halfKneelingHipFlexorStretch,
  yogaBridgePose,
  fireHydrant,
  bandedFireHydrant,
  downwardDog,
  boxSquat,
  gobletBoxSquat,
  dynamicHipWarmUp,
  walkRunIntervals,
  cyclingRaisedSeat,
  swimming,
];

export const programmes: readonly Programme[] = [hipFlexorReturnToRun];

/** The whole library, in the shape `parseLibrary` validates. */
export const library: Library = {
  exercises: [...exercises],
  programmes: [...programmes],
};
