// Browser-test support: the network commands' types, and media whose URLs carry a marker the commands match.
import type { Media } from "@movekit/core";
import { demoMediaFor } from "./demo-media";

declare module "vitest/browser" {
  interface BrowserCommands {
    recordRequests(marker: string): Promise<void>;
    recordedRequests(marker: string): Promise<string[]>;
    stopRecording(marker: string): Promise<void>;
    holdRequests(marker: string): Promise<void>;
    heldRequests(marker: string): Promise<number>;
    releaseRequests(marker: string): Promise<void>;
  }
}

let counter = 0;
/** A marker no other test (or test file running beside this one) uses. */
export function uniqueMarker(name: string): string {
  counter += 1;
  return `mk-${name}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

const mark = (url: string, marker: string) => `${url}${url.includes("?") ? "&" : "?"}${marker}`;

/** The clamshell's media with `marker` in the URLs chosen: video sources, caption files, poster. */
export function markedMedia(marker: string, parts: { video?: boolean; captions?: boolean; poster?: boolean } = {}) {
  const { video = true, captions = true, poster = true } = parts;
  const media: Media = demoMediaFor("clamshell");
  return {
    ...media,
    sources: media.sources.map((s) => (video ? { ...s, src: mark(s.src, marker) } : s)),
    captions: media.captions.map((c) => (captions ? { ...c, src: mark(c.src, marker) } : c)),
    poster: media.poster && poster ? mark(media.poster, marker) : media.poster,
  } satisfies Media;
}

/** Requests for video or caption files (not the poster) among recorded "type url" lines. */
export const mediaRequests = (lines: readonly string[]) =>
  lines.filter((line) => /\.(mp4|webm|m3u8|m4s|vtt)(\?|$)/.test(line.split(" ")[1] ?? ""));
