import type { LocalizedText, Media } from "@movekit/core";
import type { MediaFileUrls } from "../media-urls";

// The pieces one clip's media entry is made of. Kept apart from `media.ts` (which lists every clip) so that a
// clip module can build its own entry without importing the others, and without an import cycle.

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

/** A resolver that gives each file in `urls` the URL where the app's bundler emitted it. */
export function bundledResolver(urls: MediaFileUrls): MediaResolver {
  return (fileName) => {
    const url = urls[fileName];
    return url ? pageUrl(url(), fileName) : `${DEMO_MEDIA_BASE}${fileName}`;
  };
}

/**
 * Serve the demo media from your own place instead, a CDN or a folder you copied `@movekit/content/media` to:
 * `mediaBaseResolver("https://cdn.example.org/movekit/")`. The base must end with "/".
 */
export function mediaBaseResolver(base: string): MediaResolver {
  return (fileName) => `${base}${fileName}`;
}

/**
 * The languages each clip has captions and chapters in (the render script writes one file per language). The file
 * names are built from this list rather than written as a `{ "en-GB": …, es: … }` literal: the English-only build
 * (scripts/one-language.ts) cuts every such literal to English, and both files must stay.
 */
export const CLIP_LANGUAGES = ["en-GB", "es"] as const;
type ClipLanguage = (typeof CLIP_LANGUAGES)[number];
const perLanguage = (name: (lang: ClipLanguage) => string) =>
  Object.fromEntries(CLIP_LANGUAGES.map((lang) => [lang, name(lang)])) as Record<ClipLanguage, string>;

/** File names of one clip's media, as the render script writes them. */
export function demoClipFiles(id: string) {
  return {
    mp4: `${id}.mp4`,
    webm: `${id}.webm`,
    poster: `${id}.poster.jpg`,
    captions: perLanguage((lang) => `${id}.captions.${lang}.vtt`),
    chapters: perLanguage((lang) => `${id}.chapters.${lang}.vtt`),
  } as const;
}

/** One rendered demo clip: what `media/` holds for it and how it is described to people who cannot see it. */
export interface DemoClip {
  readonly id: string;
  readonly durationSeconds: number;
  /** A short description of what the clip shows. */
  readonly alt: LocalizedText;
  /** Everything shown, in words (the clip is silent; captions carry the cues). */
  readonly transcript: LocalizedText;
  /** The clip's files, resolved by the app's bundler. */
  readonly urls: MediaFileUrls;
}

/**
 * The `media` entry for one clip: MP4 and WebM sources, poster, English and Spanish captions, the transcript and
 * alt text. `resolveFile` turns a file name into the URL your app serves it at (default: where your bundler put it).
 */
export function clipMedia(clip: DemoClip, resolveFile: MediaResolver = bundledResolver(clip.urls)): Media {
  const files = demoClipFiles(clip.id);
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
    durationSeconds: clip.durationSeconds,
    transcript: clip.transcript,
    alt: clip.alt,
  };
}
