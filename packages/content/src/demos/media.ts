import type { Media } from "@movekit/core";
import { MEDIA_FILE_URLS } from "../media-urls";
import { clamshellClip, clamshellMedia } from "./clamshell";
import { eccentricLegLoweringClip, eccentricLegLoweringMedia } from "./eccentric-leg-lowering";
import { frontPlankClip, frontPlankMedia } from "./front-plank";
import { gluteBridgeClip, gluteBridgeMedia } from "./glute-bridge";
import { bundledResolver, clipMedia, type DemoClip, type MediaResolver } from "./media-files";

export {
  DEMO_MEDIA_BASE,
  demoClipFiles,
  type MediaResolver,
  mediaBaseResolver,
  pageUrl,
} from "./media-files";

/**
 * The default resolver: the file where the app's bundler emitted it (Vite, webpack/Next.js and Rollup copy the
 * shipped media into the build and fingerprint it, no configuration needed).
 */
export const bundledMediaResolver: MediaResolver = /* @__PURE__ */ bundledResolver(MEDIA_FILE_URLS);

/** Exercise ids that have a rendered demo clip in media/. */
export const DEMO_CLIP_IDS = ["clamshell", "glute-bridge", "front-plank", "eccentric-leg-lowering"] as const;
export type DemoClipId = (typeof DEMO_CLIP_IDS)[number];

const CLIPS: Readonly<Record<DemoClipId, DemoClip>> = {
  clamshell: clamshellClip,
  "glute-bridge": gluteBridgeClip,
  "front-plank": frontPlankClip,
  "eccentric-leg-lowering": eccentricLegLoweringClip,
};

/**
 * The `media` entry for an exercise's demo clip: MP4 and WebM sources, poster, English and Spanish captions, a
 * transcript that describes what is shown, and alt text. `resolveFile` turns a file name into the URL your app
 * serves it at (default: {@link bundledMediaResolver}, where your bundler put it).
 */
export function createDemoMedia(id: DemoClipId, resolveFile: MediaResolver = bundledMediaResolver): Media {
  return clipMedia(CLIPS[id], resolveFile);
}

/**
 * Demo media for every clip, with URLs from the app's bundler. Each exercise imports its own entry
 * (`clamshellMedia`, …) rather than this table, so importing one exercise bundles one clip.
 */
export const demoMedia: Readonly<Record<DemoClipId, Media>> = {
  clamshell: clamshellMedia,
  "glute-bridge": gluteBridgeMedia,
  "front-plank": frontPlankMedia,
  "eccentric-leg-lowering": eccentricLegLoweringMedia,
};
