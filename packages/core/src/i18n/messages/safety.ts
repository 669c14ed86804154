import { defineMessages } from "../define-messages";

/** Strings under "safety.*", in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es). */
export const safetyMessages = defineMessages({
  "en-GB": {
    "safety.tier.emergency": "Emergency",
    "safety.tier.urgent": "Urgent",
    "safety.tier.non-urgent": "Non-urgent",
    "safety.tier.stop-exercising": "Stop exercising",
    "safety.prefix": "{tier}:",
    "safety.heading.emergency": "Call {number} or go to A&E now if:",
    "safety.heading.urgent": "Ask for an urgent GP appointment or contact NHS 111 if:",
    "safety.heading.non-urgent": "Speak to your physiotherapist or GP if:",
    "safety.heading.stop-exercising": "Stop exercising straight away if:",
    "safety.callNumber": "Call {number}",
    "safety.redFlags": "When to stop and get help",
  },
  "en-US": {
    "safety.heading.emergency": "Call {number} or go to the emergency room now if:",
    "safety.heading.urgent": "Contact your doctor or an urgent care clinic today if:",
    "safety.heading.non-urgent": "Talk to your physical therapist or doctor if:",
    "safety.heading.stop-exercising": "Stop exercising right away if:",
  },
});
