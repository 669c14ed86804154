import type { safetyMessages } from "../../i18n/messages/safety";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `safetyMessages`; keys it leaves out fall back to en-GB. */
export const safety = {
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
} satisfies TableOf<typeof safetyMessages>;
