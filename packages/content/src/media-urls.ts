// Every demo media file the exercises reference, written as `new URL("../media/<file>", import.meta.url)` with a
// literal path: Vite, webpack (Next.js) and Rollup's import-meta-assets plugins recognise exactly this pattern,
// copy the file into the app's build with a content hash and rewrite the URL, with no configuration. This module
// sits directly in src/ so the relative path is the same from src/ (workspace, tests) and from dist/index.js.
// Functions, so nothing is resolved until a clip is used; one table per clip, so an app that imports one
// exercise bundles that clip's URLs (and its bundler copies that clip's files) only. Regenerate the tables when a
// clip is added to media/.
// Captions carry `?no-inline`: Vite inlines files under 4 KiB as `data:` URLs, which the kit's URL check refuses
// (and a strict CSP blocks); webpack and Turbopack ignore the query.

/** Media file name → its URL next to this module (or where the app's bundler put it). */
export type MediaFileUrls = Readonly<Record<string, () => URL>>;

export const clamshellMediaUrls: MediaFileUrls = {
  "clamshell.mp4": () => new URL("../media/clamshell.mp4", import.meta.url),
  "clamshell.webm": () => new URL("../media/clamshell.webm", import.meta.url),
  "clamshell.poster.jpg": () => new URL("../media/clamshell.poster.jpg", import.meta.url),
  "clamshell.captions.en-GB.vtt": () => new URL("../media/clamshell.captions.en-GB.vtt?no-inline", import.meta.url),
  "clamshell.captions.es.vtt": () => new URL("../media/clamshell.captions.es.vtt?no-inline", import.meta.url),
};

export const gluteBridgeMediaUrls: MediaFileUrls = {
  "glute-bridge.mp4": () => new URL("../media/glute-bridge.mp4", import.meta.url),
  "glute-bridge.webm": () => new URL("../media/glute-bridge.webm", import.meta.url),
  "glute-bridge.poster.jpg": () => new URL("../media/glute-bridge.poster.jpg", import.meta.url),
  "glute-bridge.captions.en-GB.vtt": () =>
    new URL("../media/glute-bridge.captions.en-GB.vtt?no-inline", import.meta.url),
  "glute-bridge.captions.es.vtt": () => new URL("../media/glute-bridge.captions.es.vtt?no-inline", import.meta.url),
};

export const frontPlankMediaUrls: MediaFileUrls = {
  "front-plank.mp4": () => new URL("../media/front-plank.mp4", import.meta.url),
  "front-plank.webm": () => new URL("../media/front-plank.webm", import.meta.url),
  "front-plank.poster.jpg": () => new URL("../media/front-plank.poster.jpg", import.meta.url),
  "front-plank.captions.en-GB.vtt": () => new URL("../media/front-plank.captions.en-GB.vtt?no-inline", import.meta.url),
  "front-plank.captions.es.vtt": () => new URL("../media/front-plank.captions.es.vtt?no-inline", import.meta.url),
};

export const eccentricLegLoweringMediaUrls: MediaFileUrls = {
  "eccentric-leg-lowering.mp4": () => new URL("../media/eccentric-leg-lowering.mp4", import.meta.url),
  "eccentric-leg-lowering.webm": () => new URL("../media/eccentric-leg-lowering.webm", import.meta.url),
  "eccentric-leg-lowering.poster.jpg": () => new URL("../media/eccentric-leg-lowering.poster.jpg", import.meta.url),
  "eccentric-leg-lowering.captions.en-GB.vtt": () =>
    new URL("../media/eccentric-leg-lowering.captions.en-GB.vtt?no-inline", import.meta.url),
  "eccentric-leg-lowering.captions.es.vtt": () =>
    new URL("../media/eccentric-leg-lowering.captions.es.vtt?no-inline", import.meta.url),
};

/** Every shipped media file. (`Object.assign` marked pure: a bundler drops it when unused, unlike a spread.) */
export const MEDIA_FILE_URLS: MediaFileUrls = /* @__PURE__ */ Object.assign(
  {},
  clamshellMediaUrls,
  gluteBridgeMediaUrls,
  frontPlankMediaUrls,
  eccentricLegLoweringMediaUrls,
);
