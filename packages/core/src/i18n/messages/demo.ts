import { defineMessages } from "../define-messages";

/** Strings under "demo.*", in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es). */
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
});
