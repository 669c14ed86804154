import { describe, expect, it } from "vitest";
import { isHlsSource, playableSources, videoMimeType } from "./sources";

const chromeLike = (type: string) => (type === "video/mp4" || type === "video/webm" ? "maybe" : "");

describe("videoMimeType", () => {
  it("uses the given type or guesses from the extension, ignoring query and hash", () => {
    expect(videoMimeType({ src: "a.mp4", type: "video/webm" })).toBe("video/webm");
    expect(videoMimeType({ src: "/m/clip.WEBM?v=2#t=3" })).toBe("video/webm");
    expect(videoMimeType({ src: "https://cdn.example/live.m3u8" })).toBe("application/vnd.apple.mpegurl");
    expect(videoMimeType({ src: "clip" })).toBe("");
  });
  it("recognises HLS", () => {
    expect(isHlsSource({ src: "x.m3u8" })).toBe(true);
    expect(isHlsSource({ src: "x", type: "application/x-mpegURL" })).toBe(true);
    expect(isHlsSource({ src: "x.mp4" })).toBe(false);
  });
});

describe("playableSources", () => {
  const sources = [
    { src: "clip.mov" },
    { src: "stream.m3u8" },
    { src: "clip.webm", type: "video/webm" },
    { src: "javascript:alert(1)", type: "video/mp4" },
  ];
  it("keeps what the browser can play, in content order, and routes HLS to hls.js when MSE exists", () => {
    const allowed = (url: string) => !url.startsWith("javascript:");
    expect(playableSources(sources, chromeLike, { hlsSupported: true, isAllowed: allowed })).toEqual([
      { src: "stream.m3u8", type: "application/vnd.apple.mpegurl", engine: "hls.js" },
      { src: "clip.webm", type: "video/webm", engine: "native" },
    ]);
  });
  it("plays HLS natively where the browser can, backed by hls.js, and drops it where nothing can", () => {
    const safari = (type: string) => (type === "application/vnd.apple.mpegurl" ? "maybe" : "");
    expect(playableSources([{ src: "s.m3u8" }], safari).map((s) => s.engine)).toEqual(["native"]);
    // Where MSE exists too, hls.js backs up a native attempt that fails.
    expect(playableSources([{ src: "s.m3u8" }], safari, { hlsSupported: true }).map((s) => s.engine)).toEqual([
      "native",
      "hls.js",
    ]);
    expect(playableSources([{ src: "s.m3u8" }], chromeLike, { hlsSupported: false })).toEqual([]);
  });
});
