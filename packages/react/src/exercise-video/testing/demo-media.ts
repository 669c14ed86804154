/// <reference types="vite/client" />
// Test and story support: the real demo clips of @movekit/content, served by Vite (dev and build alike).

import { clamshell, createDemoMedia, type DemoClipId } from "@movekit/content";
import type { Exercise, Media } from "@movekit/core";

const urls = import.meta.glob<string>("../../../../content/media/*.{mp4,webm,jpg,vtt,m3u8}", {
  query: "?url",
  import: "default",
  eager: true,
});

/** The URL Vite serves a media file at. */
export function demoFileUrl(name: string): string {
  const url = urls[`../../../../content/media/${name}`];
  if (!url) throw new Error(`No media file ${name}: run pnpm --filter @movekit/content media`);
  return url;
}

/** The clip's media with URLs Vite serves. */
export function demoMediaFor(id: DemoClipId): Media {
  return createDemoMedia(id, demoFileUrl);
}

/** A clamshell exercise with cue times matching the rendered clip (0–2.5, 2.5–5, 5–6.5, 6.5–10 s). */
/** The library's clamshell with its media served by Vite (cue times 0–2.5, 2.5–5, 5–6.5, 6.5–10 s). */
export function clamshellWithMedia(media: Media = demoMediaFor("clamshell")): Exercise {
  return { ...clamshell, media };
}
