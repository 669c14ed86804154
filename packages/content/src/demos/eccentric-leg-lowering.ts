import type { Media, MovementDemoSpec } from "@movekit/core";
import { eccentricLegLoweringMediaUrls } from "../media-urls";
import { clipMedia, type DemoClip } from "./media-files";
import { moved, pose } from "./pose-helpers";

// On the back, head on the left: far knee bent with the foot flat; near knee up over the hip and bent (the start:
// the leg gets there bent, so the hip never lifts it straight).
const kneeUp = /* @__PURE__ */ pose(
  {
    head: [26, 98],
    neck: [34, 100],
    hip: [68, 100],
    elbowNear: [48, 102],
    wristNear: [61, 103],
    kneeNear: [68, 78],
    ankleNear: [89.5, 78],
    toeNear: [91, 72],
    kneeFar: [86, 80],
    ankleFar: [96, 102],
    toeFar: [103, 103],
  },
  [-1, -1],
);

// The knee straightened: the leg points at the ceiling, ready to lower.
const legUp = /* @__PURE__ */ moved(kneeUp, {
  kneeNear: [70, 78] as const,
  ankleNear: [72, 57] as const,
  toeNear: [78, 55] as const,
});
// On its way down (about 45°), then stopped with the heel well clear of the floor (about 5° above level).
const legHalf = /* @__PURE__ */ moved(legUp, {
  kneeNear: [84, 85] as const,
  ankleNear: [99, 71] as const,
  toeNear: [105, 72] as const,
});
const legLow = /* @__PURE__ */ moved(legUp, {
  kneeNear: [90, 98] as const,
  ankleNear: [111, 96] as const,
  toeNear: [116, 92] as const,
});
// Coming back: knee bent, foot still off the floor, on its way back over the hip.
const kneeBent = /* @__PURE__ */ moved(legUp, {
  kneeNear: [85, 86] as const,
  ankleNear: [103.5, 96] as const,
  toeNear: [108, 92] as const,
});

/** Eccentric leg lowering: knee up bent, straighten, lower slowly and stop above the floor, bend to come back. */
export const eccentricLegLoweringDemo: MovementDemoSpec = {
  exerciseId: "eccentric-leg-lowering",
  duration: 12,
  keyframes: [
    { at: 0, pose: kneeUp },
    { at: 1.5, pose: legUp },
    { at: 2.5, pose: legUp },
    // One slow arc through the halfway pose: speed up into it, slow down out of it.
    { at: 5, pose: legHalf, ease: "easeIn" },
    { at: 7.5, pose: legLow, ease: "easeOut" },
    { at: 9.5, pose: kneeBent },
    { at: 12, pose: kneeUp },
  ],
  stills: { start: 0, end: 4 },
  alt: {
    "en-GB":
      "A figure lies on its back with one foot flat and the other knee bent over its hip. It straightens that leg towards the ceiling, lowers it slowly and stops with the heel above the floor, then bends the knee and brings it back over the hip.",
    es: "Una figura está tumbada boca arriba con un pie apoyado y la otra rodilla flexionada por encima de la cadera. Estira esa pierna hacia el techo, la baja despacio y para con el talón por encima del suelo; luego flexiona la rodilla y la vuelve a llevar sobre la cadera.",
  },
};

/**
 * The rendered clip in media/: its files, and what it shows in words. The duration is written out (a test
 * checks it against the movement above) so that the clip does not bring the keyframes into an app's bundle.
 */
export const eccentricLegLoweringClip: DemoClip = {
  id: "eccentric-leg-lowering",
  durationSeconds: 12,
  alt: {
    "en-GB": "Stick figure on its back slowly lowering one straight leg and stopping with the heel above the floor.",
    es: "Figura boca arriba que baja despacio una pierna estirada y para con el talón por encima del suelo.",
  },
  transcript: {
    "en-GB":
      "Silent demonstration, 12 seconds, captions carry the coaching cues. A figure lies on its back with one knee bent and that foot flat. The other knee is already bent up over the hip; the figure straightens it so the leg points at the ceiling. It lowers the straight leg slowly, over about five seconds, and stops with the heel about a hand's width above the floor, without touching down. Then it bends that knee and brings it back up over the hip.",
    es: "Demostración sin sonido de 12 segundos; los subtítulos dan las indicaciones. Una figura está tumbada boca arriba con una rodilla flexionada y ese pie apoyado. La otra rodilla ya está flexionada por encima de la cadera; la figura la estira para que la pierna apunte al techo. Baja la pierna estirada despacio, en unos cinco segundos, y para con el talón a un palmo del suelo, sin llegar a apoyarlo. Luego flexiona esa rodilla y la vuelve a llevar por encima de la cadera.",
  },
  urls: eccentricLegLoweringMediaUrls,
};

/** The exercise's `media` entry, with URLs from the app's bundler. */
export const eccentricLegLoweringMedia: Media = /* @__PURE__ */ clipMedia(eccentricLegLoweringClip);
