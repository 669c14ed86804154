/// <reference types="vite/client" />
// Test and story support: the real demo clips of @movekit/content, served by Vite (dev and build alike).

import { clamshell, createDemoMedia, type DemoClipId, pageUrl } from "@movekit/content";
import type { Exercise, Media } from "@movekit/core";

const urls = import.meta.glob<string>("../../../../content/media/*.{mp4,webm,jpg,vtt,m3u8}", {
  // no-inline: Vite would inline the small caption files as data: URLs, which the kit refuses.
  query: "?url&no-inline",
  import: "default",
  eager: true,
});

/**
 * The URL Vite serves a media file at. The static Storybook's relative base makes these absolute `http:` URLs,
 * which the kit refuses; `pageUrl` turns them into same-origin paths, as the content's own resolver does.
 */
export function demoFileUrl(name: string): string {
  const url = urls[`../../../../content/media/${name}`];
  if (!url) throw new Error(`No media file ${name}: run pnpm --filter @movekit/content media`);
  return pageUrl(url, name);
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
