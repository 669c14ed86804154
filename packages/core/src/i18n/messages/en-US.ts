import type { Catalogue } from "../messages";

// Only what differs from en-GB.
const enUS: Partial<Catalogue> = {
  // safety notices (SafetyNotice): US care pathways
  "safety.heading.emergency": "Call {number} or go to the emergency room now if:",
  "safety.heading.urgent": "Contact your doctor or an urgent care clinic today if:",
  "safety.heading.non-urgent": "Talk to your physical therapist or doctor if:",
  "safety.heading.stop-exercising": "Stop exercising right away if:",
};

export default enUS;
