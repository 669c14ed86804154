import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isSafeUrl, type Media } from "@movekit/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { library } from "../library";
import { MEDIA_FILE_URLS } from "../media-urls";
import {
  bundledMediaResolver,
  createDemoMedia,
  DEMO_CLIP_IDS,
  DEMO_MEDIA_BASE,
  mediaBaseResolver,
  pageUrl,
} from "./media";
import { libraryWithDemoMedia, withDemoMedia } from "./media-base";

const urlsOf = (media: Media) => [
  ...media.sources.map((s) => s.src),
  ...media.captions.map((c) => c.src),
  ...(media.poster ? [media.poster] : []),
];
const fileNames = Object.keys(MEDIA_FILE_URLS);
const repoRoot = resolve(import.meta.dirname, "../../../..");
// Under Vitest's jsdom project Vite serves the module, so its URLs are http paths from the repository root.
const onDisk = (url: URL) => (url.protocol === "file:" ? fileURLToPath(url) : join(repoRoot, url.pathname));

describe("bundled media URLs", () => {
  it("point at files that ship in media/ (the same relative path works from src/ and dist/)", () => {
    for (const [name, url] of Object.entries(MEDIA_FILE_URLS)) {
      expect(url().pathname.endsWith(`/media/${name}`), name).toBe(true);
      expect(existsSync(onDisk(url())), name).toBe(true);
    }
  });

  it("cover every file a demo clip uses, so no clip silently falls back", () => {
    const used = DEMO_CLIP_IDS.flatMap((id) => urlsOf(createDemoMedia(id, (name) => name)));
    expect(used.filter((name) => !(name in MEDIA_FILE_URLS))).toEqual([]);
  });

  it("turn what a bundler hands back into a URL the kit accepts, for any origin and any shipped file", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("http:", "https:"),
        fc.domain(),
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        fc.constantFrom("", "/storybook", "/a/b"),
        fc.constantFrom(...fileNames),
        (scheme, host, port, dir, name) => {
          const url = new URL(`${scheme}//${host}${port ? `:${port}` : ""}${dir}/assets/${name}`);
          const result = pageUrl(url, name);
          expect(isSafeUrl(result)).toBe(true);
          // The page loads the same file: https stays absolute, http keeps its same-origin path.
          expect(new URL(result, url).href).toBe(url.href);
        },
      ),
    );
  });

  it("keep webpack's relative URLs and fall back to DEMO_MEDIA_BASE when there is no public URL", () => {
    expect(pageUrl("/_next/static/media/clamshell.0a1b2c.mp4", "clamshell.mp4")).toBe(
      "/_next/static/media/clamshell.0a1b2c.mp4",
    );
    expect(pageUrl(new URL("file:///app/node_modules/@movekit/content/media/x.vtt"), "x.vtt")).toBe(
      `${DEMO_MEDIA_BASE}x.vtt`,
    );
    expect(pageUrl("data:text/vtt;base64,V0VCVlRU", "x.vtt")).toBe(`${DEMO_MEDIA_BASE}x.vtt`);
    // Vite's dev server keeps the no-inline hint; the page gets the plain path.
    expect(pageUrl("http://localhost:6006/packages/content/media/x.vtt?no-inline", "x.vtt")).toBe(
      "/packages/content/media/x.vtt",
    );
    // Whatever serves this module here, the default resolver gives a safe URL to the file.
    expect(bundledMediaResolver("clamshell.mp4")).toMatch(/^\/.*\/clamshell\.mp4$/);
    expect(isSafeUrl(bundledMediaResolver("clamshell.mp4"))).toBe(true);
  });
});

describe("pointing the media elsewhere", () => {
  const cdn = mediaBaseResolver("https://cdn.example.org/movekit/");

  it("rewrites every URL of every shipped clip and leaves the rest of the library alone", () => {
    const rebased = libraryWithDemoMedia(library, cdn);
    const withMedia = rebased.exercises.filter((e) => e.media);
    expect(withMedia.map((e) => e.id).sort()).toEqual([...DEMO_CLIP_IDS].sort());
    for (const exercise of withMedia) {
      const urls = urlsOf(exercise.media as Media);
      expect(urls.length).toBeGreaterThan(4);
      expect(urls.every((u) => u.startsWith("https://cdn.example.org/movekit/") && isSafeUrl(u))).toBe(true);
      // Safety text and everything else is the library's own.
      const original = library.exercises.find((e) => e.id === exercise.id);
      expect(exercise.redFlags).toBe(original?.redFlags);
      expect(exercise.media?.transcript).toEqual(original?.media?.transcript);
    }
    expect(rebased.programmes).toBe(library.programmes);
  });

  it("returns an exercise without a shipped clip unchanged", () => {
    const plain = library.exercises.find((e) => !e.media);
    expect(plain && withDemoMedia(plain, cdn)).toBe(plain);
  });
});
