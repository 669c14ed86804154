import type { Media, MovementDemoSpec } from "@movekit/core";
import { gluteBridgeMediaUrls } from "../media-urls";
import { clipMedia, type DemoClip } from "./media-files";
import { moved, pose } from "./pose-helpers";

// On the back, head on the left, knees bent and feet flat, arms by the sides.
export const bridgeDown = /* @__PURE__ */ pose({
  head: [26, 98],
  neck: [34, 100],
  hip: [68, 100],
  elbowNear: [48, 102],
  wristNear: [61, 103],
  kneeNear: [88, 80],
  ankleNear: [98, 102],
  toeNear: [105, 103],
});

// Hips lifted until shoulders, hips and knees make one straight line.
export const bridgeUp = /* @__PURE__ */ moved(bridgeDown, {
  hip: [68, 86.5] as const,
  kneeNear: [90, 78] as const,
  kneeFar: [88, 77] as const,
});

/** Glute bridge: lift, hold, lower slowly. Times match the exercise's cues. */
export const gluteBridgeDemo: MovementDemoSpec = {
  exerciseId: "glute-bridge",
  duration: 10,
  keyframes: [
    { at: 0, pose: bridgeDown },
    { at: 2, pose: bridgeDown },
    { at: 4.5, pose: bridgeUp },
    { at: 6.5, pose: bridgeUp },
    { at: 10, pose: bridgeDown },
  ],
  stills: { start: 0, end: 2 },
  alt: {
    "en-GB":
      "A figure lies on its back with knees bent and feet flat. It lifts its hips until shoulders, hips and knees form a straight line, holds, then lowers slowly.",
    es: "Una figura está tumbada boca arriba con las rodillas flexionadas y los pies apoyados. Eleva la cadera hasta que hombros, cadera y rodillas forman una línea recta, mantiene y baja despacio.",
  },
};

/**
 * The rendered clip in media/: its files, and what it shows in words. The duration is written out (a test
 * checks it against the movement above) so that the clip does not bring the keyframes into an app's bundle.
 */
export const gluteBridgeClip: DemoClip = {
  id: "glute-bridge",
  durationSeconds: 10,
  alt: {
    "en-GB": "Stick figure on its back lifting and lowering its hips.",
    es: "Figura boca arriba que eleva y baja la cadera.",
  },
  transcript: {
    "en-GB":
      "Silent demonstration, 10 seconds, captions carry the coaching cues. A figure lies on its back, knees bent, feet flat on the floor and arms by its sides. It lifts its hips until shoulders, hips and knees are in one straight line, holds there, then lowers the hips slowly to the floor.",
    es: "Demostración sin sonido de 10 segundos; los subtítulos dan las indicaciones. Una figura está tumbada boca arriba, con las rodillas flexionadas, los pies apoyados y los brazos a los lados. Eleva la cadera hasta que hombros, cadera y rodillas forman una línea recta, mantiene y baja la cadera despacio hasta el suelo.",
  },
  urls: gluteBridgeMediaUrls,
};

/** The exercise's `media` entry, with URLs from the app's bundler. */
export const gluteBridgeMedia: Media = /* @__PURE__ */ clipMedia(gluteBridgeClip);
