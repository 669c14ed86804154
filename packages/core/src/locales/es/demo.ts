import type { demoMessages } from "../../i18n/messages/demo";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `demoMessages`; keys it leaves out fall back to en-GB. */
export const demo = {
  "demo.label": "Demostración del movimiento",
  "demo.pause": "Pausa",
  "demo.play": "Reproducir",
  "demo.speed": "Velocidad",
  "demo.speedNormal": "Normal",
  "demo.speedSlow": "Lenta",
  "demo.start": "Posición inicial",
  "demo.end": "Posición final",
  "demo.reducedMotion": "Se muestran posturas fijas porque tu dispositivo pide reducir el movimiento.",
} satisfies TableOf<typeof demoMessages>;
