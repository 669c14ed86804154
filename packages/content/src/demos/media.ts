import type { LocalizedText, Media } from "@movekit/core";
import { MEDIA_FILE_URLS } from "../media-urls";
import { clamshellDemo } from "./clamshell";
import { eccentricLegLoweringDemo } from "./eccentric-leg-lowering";
import { frontPlankDemo } from "./front-plank";
import { gluteBridgeDemo } from "./glute-bridge";

/**
 * Where {@link mediaBaseResolver} users conventionally serve the files of `@movekit/content/media`, and the URL
 * a file gets when no bundler placed it (plain Node, unbundled server rendering).
 */
export const DEMO_MEDIA_BASE = "/movekit-media/";

/** Turns a media file name ("clamshell.mp4") into the URL the page loads it from. */
export type MediaResolver = (fileName: string) => string;

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The URL a page should use for a bundler-resolved `URL`. `https:` stays absolute; `http:` becomes a
 * root-relative path (the page and its scripts share an origin, and the kit's URL check refuses plain-http
 * absolute URLs); webpack's relative URLs (Next.js) pass as they are. Anything else (`file:` in Node, `data:`
 * from inlining) has no public URL, so the file falls back to {@link DEMO_MEDIA_BASE}.
 */
export function pageUrl(url: URL | string, fileName: string): string {
  // Turbopack and webpack hand back URL-like objects whose href is a path; `String()` may not give it. Vite's
  // dev server keeps the `?no-inline` hint (see media-urls.ts) in the URL; it means nothing to the page.
  const href = (typeof url === "string" ? url : url.href).replace(/\?no-inline(?=#|$)/, "");
  if (!SCHEME.test(href)) return href;
  const parsed = new URL(href);
  if (parsed.protocol === "https:") return parsed.href;
  if (parsed.protocol === "http:") return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  return `${DEMO_MEDIA_BASE}${fileName}`;
}

/**
 * The default resolver: the file where the app's bundler emitted it (Vite, webpack/Next.js and Rollup copy the
 * shipped media into the build and fingerprint it, no configuration needed).
 */
export const bundledMediaResolver: MediaResolver = (fileName) => {
  const url = MEDIA_FILE_URLS[fileName];
  return url ? pageUrl(url(), fileName) : `${DEMO_MEDIA_BASE}${fileName}`;
};

/**
 * Serve the demo media from your own place instead, a CDN or a folder you copied `@movekit/content/media` to:
 * `mediaBaseResolver("https://cdn.example.org/movekit/")`. The base must end with "/".
 */
export function mediaBaseResolver(base: string): MediaResolver {
  return (fileName) => `${base}${fileName}`;
}

/** Exercise ids that have a rendered demo clip in media/. */
export const DEMO_CLIP_IDS = ["clamshell", "glute-bridge", "front-plank", "eccentric-leg-lowering"] as const;
export type DemoClipId = (typeof DEMO_CLIP_IDS)[number];

/** File names of one clip's media, as the render script writes them. */
export function demoClipFiles(id: string) {
  return {
    mp4: `${id}.mp4`,
    webm: `${id}.webm`,
    poster: `${id}.poster.jpg`,
    captions: { "en-GB": `${id}.captions.en-GB.vtt`, es: `${id}.captions.es.vtt` },
    chapters: { "en-GB": `${id}.chapters.en-GB.vtt`, es: `${id}.chapters.es.vtt` },
  } as const;
}

const DURATIONS: Record<DemoClipId, number> = {
  clamshell: clamshellDemo.duration,
  "glute-bridge": gluteBridgeDemo.duration,
  "front-plank": frontPlankDemo.duration,
  "eccentric-leg-lowering": eccentricLegLoweringDemo.duration,
};

const ALT: Record<DemoClipId, LocalizedText> = {
  clamshell: {
    "en-GB": "Stick figure lying on its side opening and closing the top knee, feet together.",
    es: "Figura tumbada de lado que abre y cierra la rodilla de arriba con los pies juntos.",
  },
  "glute-bridge": {
    "en-GB": "Stick figure on its back lifting and lowering its hips.",
    es: "Figura boca arriba que eleva y baja la cadera.",
  },
  "front-plank": {
    "en-GB": "Stick figure on its forearms lifting its knees into a straight plank and lowering them.",
    es: "Figura sobre los antebrazos que levanta las rodillas hasta una plancha recta y las baja.",
  },
  "eccentric-leg-lowering": {
    "en-GB": "Stick figure on its back slowly lowering one straight leg and stopping with the heel above the floor.",
    es: "Figura boca arriba que baja despacio una pierna estirada y para con el talón por encima del suelo.",
  },
};

const TRANSCRIPT: Record<DemoClipId, LocalizedText> = {
  clamshell: {
    "en-GB":
      "Silent demonstration, 10 seconds, captions carry the coaching cues. A figure lies on its side, head resting on the lower arm, hips and knees bent, feet together. Keeping the feet touching, it lifts the top knee, pauses for a moment without rolling the hips back, then lowers the knee slowly.",
    es: "Demostración sin sonido de 10 segundos; los subtítulos dan las indicaciones. Una figura está tumbada de lado, con la cabeza sobre el brazo de abajo, caderas y rodillas flexionadas y pies juntos. Sin separar los pies, levanta la rodilla de arriba, hace una breve pausa sin girar la cadera hacia atrás y baja la rodilla despacio.",
  },
  "glute-bridge": {
    "en-GB":
      "Silent demonstration, 10 seconds, captions carry the coaching cues. A figure lies on its back, knees bent, feet flat on the floor and arms by its sides. It lifts its hips until shoulders, hips and knees are in one straight line, holds there, then lowers the hips slowly to the floor.",
    es: "Demostración sin sonido de 10 segundos; los subtítulos dan las indicaciones. Una figura está tumbada boca arriba, con las rodillas flexionadas, los pies apoyados y los brazos a los lados. Eleva la cadera hasta que hombros, cadera y rodillas forman una línea recta, mantiene y baja la cadera despacio hasta el suelo.",
  },
  "front-plank": {
    "en-GB":
      "Silent demonstration, 12 seconds, captions carry the coaching cues. A figure rests face down on its forearms, elbows under the shoulders, knees on the floor. It lifts its knees so the body is straight from head to heels, holds for about five seconds while breathing, then lowers its knees to the floor.",
    es: "Demostración sin sonido de 12 segundos; los subtítulos dan las indicaciones. Una figura se apoya boca abajo sobre los antebrazos, con los codos bajo los hombros y las rodillas en el suelo. Levanta las rodillas para que el cuerpo quede recto de la cabeza a los talones, mantiene unos cinco segundos respirando y baja las rodillas al suelo.",
  },
  "eccentric-leg-lowering": {
    "en-GB":
      "Silent demonstration, 12 seconds, captions carry the coaching cues. A figure lies on its back with one knee bent and that foot flat. The other knee is already bent up over the hip; the figure straightens it so the leg points at the ceiling. It lowers the straight leg slowly, over about five seconds, and stops with the heel about a hand's width above the floor, without touching down. Then it bends that knee and brings it back up over the hip.",
    es: "Demostración sin sonido de 12 segundos; los subtítulos dan las indicaciones. Una figura está tumbada boca arriba con una rodilla flexionada y ese pie apoyado. La otra rodilla ya está flexionada por encima de la cadera; la figura la estira para que la pierna apunte al techo. Baja la pierna estirada despacio, en unos cinco segundos, y para con el talón a un palmo del suelo, sin llegar a apoyarlo. Luego flexiona esa rodilla y la vuelve a llevar por encima de la cadera.",
  },
};

/**
 * The `media` entry for an exercise's demo clip: MP4 and WebM sources, poster, English and Spanish captions, a
 * transcript that describes what is shown, and alt text. `resolveFile` turns a file name into the URL your app
 * serves it at (default: {@link bundledMediaResolver}, where your bundler put it).
 */
export function createDemoMedia(id: DemoClipId, resolveFile: MediaResolver = bundledMediaResolver): Media {
  const files = demoClipFiles(id);
  return {
    sources: [
      { src: resolveFile(files.webm), type: "video/webm" },
      { src: resolveFile(files.mp4), type: "video/mp4" },
    ],
    poster: resolveFile(files.poster),
    captions: [
      { src: resolveFile(files.captions["en-GB"]), lang: "en-GB", label: "English" },
      { src: resolveFile(files.captions.es), lang: "es", label: "Español" },
    ],
    durationSeconds: DURATIONS[id],
    transcript: TRANSCRIPT[id],
    alt: ALT[id],
  };
}

/** Demo media for every clip, with URLs from {@link bundledMediaResolver}. */
export const demoMedia: Readonly<Record<DemoClipId, Media>> = Object.fromEntries(
  DEMO_CLIP_IDS.map((id) => [id, createDemoMedia(id)]),
) as Record<DemoClipId, Media>;
