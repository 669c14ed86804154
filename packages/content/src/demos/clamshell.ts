import type { Media, MovementDemoSpec } from "@movekit/core";
import { clamshellMediaUrls } from "../media-urls";
import { clipMedia, type DemoClip } from "./media-files";
import { moved, pose } from "./pose-helpers";

// Side-lying, seen from the front: head on the left, hips and knees bent, feet together.
const closed = /* @__PURE__ */ pose({
  head: [31, 90],
  neck: [38, 95],
  hip: [72, 97],
  elbowFar: [36, 103],
  wristFar: [27, 97],
  elbowNear: [52, 100],
  wristNear: [62, 103],
  kneeFar: [93, 102],
  ankleFar: [77, 103],
  toeFar: [70, 102],
  kneeNear: [93, 97],
  ankleNear: [77, 100],
  toeNear: [70, 99],
});

// The top knee opens like a clam; the feet stay together and the pelvis does not roll back.
const open = /* @__PURE__ */ moved(closed, { kneeNear: [85, 77] as const });

/** Clamshell: lift the top knee, pause, lower slowly. Times match the exercise's cues. */
export const clamshellDemo: MovementDemoSpec = {
  exerciseId: "clamshell",
  duration: 10,
  keyframes: [
    { at: 0, pose: closed },
    { at: 2.5, pose: closed },
    { at: 5, pose: open },
    { at: 6.5, pose: open },
    { at: 10, pose: closed },
  ],
  stills: { start: 0, end: 2 },
  alt: {
    "en-GB":
      "A figure lies on its side with hips and knees bent and feet together. It lifts the top knee, keeping the feet touching, pauses, then lowers the knee slowly.",
    es: "Una figura está tumbada de lado con caderas y rodillas flexionadas y los pies juntos. Levanta la rodilla de arriba sin separar los pies, hace una pausa y baja la rodilla despacio.",
  },
};

/**
 * The rendered clip in media/: its files, and what it shows in words. The duration is written out (a test
 * checks it against the movement above) so that the clip does not bring the keyframes into an app's bundle.
 */
export const clamshellClip: DemoClip = {
  id: "clamshell",
  durationSeconds: 10,
  alt: {
    "en-GB": "Stick figure lying on its side opening and closing the top knee, feet together.",
    es: "Figura tumbada de lado que abre y cierra la rodilla de arriba con los pies juntos.",
  },
  transcript: {
    "en-GB":
      "Silent demonstration, 10 seconds, captions carry the coaching cues. A figure lies on its side, head resting on the lower arm, hips and knees bent, feet together. Keeping the feet touching, it lifts the top knee, pauses for a moment without rolling the hips back, then lowers the knee slowly.",
    es: "Demostración sin sonido de 10 segundos; los subtítulos dan las indicaciones. Una figura está tumbada de lado, con la cabeza sobre el brazo de abajo, caderas y rodillas flexionadas y pies juntos. Sin separar los pies, levanta la rodilla de arriba, hace una breve pausa sin girar la cadera hacia atrás y baja la rodilla despacio.",
  },
  urls: clamshellMediaUrls,
};

/** The exercise's `media` entry, with URLs from the app's bundler. */
export const clamshellMedia: Media = /* @__PURE__ */ clipMedia(clamshellClip);
