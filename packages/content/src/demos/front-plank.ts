import type { Media, MovementDemoSpec } from "@movekit/core";
import { frontPlankMediaUrls } from "../media-urls";
import { clipMedia, type DemoClip } from "./media-files";
import { moved, pose } from "./pose-helpers";

// Face down on the forearms (elbows under the shoulders), knees on the floor.
const kneeling = /* @__PURE__ */ pose({
  head: [31, 81],
  neck: [38, 87],
  hip: [76, 93],
  elbowNear: [38, 103],
  wristNear: [24, 103],
  kneeNear: [96, 103],
  ankleNear: [117, 102],
  toeNear: [122, 98],
});

// Knees lifted: one straight line from head to heels, weight on forearms and toes.
const plank = /* @__PURE__ */ moved(kneeling, {
  hip: [76, 92.5] as const,
  kneeNear: [97, 96.5] as const,
  ankleNear: [117, 100] as const,
  toeNear: [121, 104] as const,
  kneeFar: [95, 95.5] as const,
  ankleFar: [115, 99] as const,
  toeFar: [119, 103] as const,
});

/** Front plank: lift into the plank, hold and breathe, lower the knees. Times match the exercise's cues. */
export const frontPlankDemo: MovementDemoSpec = {
  exerciseId: "front-plank",
  duration: 12,
  keyframes: [
    { at: 0, pose: kneeling },
    { at: 3, pose: kneeling },
    { at: 5, pose: plank },
    { at: 10, pose: plank },
    { at: 12, pose: kneeling },
  ],
  stills: { start: 0, end: 2 },
  alt: {
    "en-GB":
      "A figure rests face down on its forearms and knees. It lifts its knees so the body makes a straight line from head to heels, holds while breathing, then lowers the knees.",
    es: "Una figura se apoya boca abajo sobre antebrazos y rodillas. Levanta las rodillas para que el cuerpo forme una línea recta de la cabeza a los talones, mantiene respirando y baja las rodillas.",
  },
};

/**
 * The rendered clip in media/: its files, and what it shows in words. The duration is written out (a test
 * checks it against the movement above) so that the clip does not bring the keyframes into an app's bundle.
 */
export const frontPlankClip: DemoClip = {
  id: "front-plank",
  durationSeconds: 12,
  alt: {
    "en-GB": "Stick figure on its forearms lifting its knees into a straight plank and lowering them.",
    es: "Figura sobre los antebrazos que levanta las rodillas hasta una plancha recta y las baja.",
  },
  transcript: {
    "en-GB":
      "Silent demonstration, 12 seconds, captions carry the coaching cues. A figure rests face down on its forearms, elbows under the shoulders, knees on the floor. It lifts its knees so the body is straight from head to heels, holds for about five seconds while breathing, then lowers its knees to the floor.",
    es: "Demostración sin sonido de 12 segundos; los subtítulos dan las indicaciones. Una figura se apoya boca abajo sobre los antebrazos, con los codos bajo los hombros y las rodillas en el suelo. Levanta las rodillas para que el cuerpo quede recto de la cabeza a los talones, mantiene unos cinco segundos respirando y baja las rodillas al suelo.",
  },
  urls: frontPlankMediaUrls,
};

/** The exercise's `media` entry, with URLs from the app's bundler. */
export const frontPlankMedia: Media = /* @__PURE__ */ clipMedia(frontPlankClip);
