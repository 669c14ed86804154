import { defineMessages } from "../define-messages";

/** Strings under "demo.*", in every locale (en-GB complete; others fall back to en-GB). */
export const demoMessages = defineMessages({
  "en-GB": {
    "demo.label": "Movement demonstration",
    "demo.pause": "Pause",
    "demo.play": "Play",
    "demo.speed": "Speed",
    "demo.speedNormal": "Normal",
    "demo.speedSlow": "Slow",
    "demo.start": "Start position",
    "demo.end": "End position",
    "demo.reducedMotion": "Shown as still poses because your device asks for reduced motion.",
  },
  es: {
    "demo.label": "Demostración del movimiento",
    "demo.pause": "Pausa",
    "demo.play": "Reproducir",
    "demo.speed": "Velocidad",
    "demo.speedNormal": "Normal",
    "demo.speedSlow": "Lenta",
    "demo.start": "Posición inicial",
    "demo.end": "Posición final",
    "demo.reducedMotion": "Se muestran posturas fijas porque tu dispositivo pide reducir el movimiento.",
  },
});
