export { doseConsensus, programmeConsensus, strengthLoadConsensus, warningTierConsensus } from "./consensus";
export * from "./demos";
export { bandedClamshell } from "./exercises/banded-clamshell";
export { bandedFireHydrant } from "./exercises/banded-fire-hydrant";
export { bandedGluteBridge } from "./exercises/banded-glute-bridge";
export { bentKneeLegLowering } from "./exercises/bent-knee-leg-lowering";
export { bentKneeSidePlank } from "./exercises/bent-knee-side-plank";
export { boxSquat } from "./exercises/box-squat";
export { clamshell } from "./exercises/clamshell";
export { cyclingRaisedSeat } from "./exercises/cycling-raised-seat";
export { downwardDog } from "./exercises/downward-dog";
export { dynamicHipWarmUp } from "./exercises/dynamic-hip-warm-up";
export { eccentricLegLowering } from "./exercises/eccentric-leg-lowering";
export { fireHydrant } from "./exercises/fire-hydrant";
export { frontPlank } from "./exercises/front-plank";
export { gluteBridge } from "./exercises/glute-bridge";
export { gobletBoxSquat } from "./exercises/goblet-box-squat";
export { halfKneelingHipFlexorStretch } from "./exercises/half-kneeling-hip-flexor-stretch";
export { kneePlank } from "./exercises/knee-plank";
export { sidePlank } from "./exercises/side-plank";
export { singleLegGluteBridge } from "./exercises/single-leg-glute-bridge";
export { swimming } from "./exercises/swimming";
export { thomasPsoasStretch } from "./exercises/thomas-psoas-stretch";
export { walkRunIntervals } from "./exercises/walk-run-intervals";
export { weightedLegLowering } from "./exercises/weighted-leg-lowering";
export { weightedSingleLegGluteBridge } from "./exercises/weighted-single-leg-glute-bridge";
export { yogaBridgePose } from "./exercises/yoga-bridge-pose";
export { exercises, library, programmes } from "./library";
export {
  hipFlexorPainRule,
  hipFlexorReturnToRun,
  hipFlexorRunningPlan,
} from "./programmes/hip-flexor-return-to-run";
export { provenance } from "./provenance";
export { warningSignEvidence } from "./red-flag-evidence";
export * as redFlags from "./red-flags-namespace";
export { cite, type ReferenceKey, referenceKinds, references, sourceNames } from "./references";
export { stressFracture } from "./shared-contraindications";
