import { defineMessages } from "../define-messages";

/** Strings under "safety.*", in every locale (en-GB complete; others fall back to en-GB). */
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
  es: {
    "safety.tier.emergency": "Emergencia",
    "safety.tier.urgent": "Urgente",
    "safety.tier.non-urgent": "No urgente",
    "safety.tier.stop-exercising": "Para de hacer ejercicio",
    "safety.prefix": "{tier}:",
    "safety.heading.emergency": "Llama al {number} o ve a urgencias ahora si:",
    "safety.heading.urgent": "Pide hoy una cita urgente con tu médico si:",
    "safety.heading.non-urgent": "Habla con tu fisioterapeuta o tu médico si:",
    "safety.heading.stop-exercising": "Deja de hacer ejercicio de inmediato si:",
    "safety.callNumber": "Llama al {number}",
    "safety.redFlags": "Cuándo parar y pedir ayuda",
  },
  "en-US": {
    "safety.heading.emergency": "Call {number} or go to the emergency room now if:",
    "safety.heading.urgent": "Contact your doctor or an urgent care clinic today if:",
    "safety.heading.non-urgent": "Talk to your physical therapist or doctor if:",
    "safety.heading.stop-exercising": "Stop exercising right away if:",
  },
});
