/** A video file or stream, as content lists it. */
export interface VideoSourceLike {
  src: string;
  /** MIME type; guessed from the file extension when missing. */
  type?: string;
}

/** How a source will be played: by the browser itself, or through hls.js (loaded only when needed). */
export interface PlayableSource {
  src: string;
  type: string;
  engine: "native" | "hls.js";
}

export const HLS_MIME_TYPE = "application/vnd.apple.mpegurl";

const TYPES_BY_EXTENSION: Record<string, string> = {
  mp4: "video/mp4",
  m4v: "video/mp4",
  webm: "video/webm",
  ogv: "video/ogg",
  mov: "video/quicktime",
  m3u8: HLS_MIME_TYPE,
};

/** The MIME type of a source: its own `type`, else one guessed from the path's extension ("" when unknown). */
export function videoMimeType(source: VideoSourceLike): string {
  if (source.type) return source.type;
  const path = source.src.split(/[?#]/)[0] ?? "";
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? "";
  return TYPES_BY_EXTENSION[extension] ?? "";
}

/** True for HLS playlists (`.m3u8` or an HLS MIME type). */
export function isHlsSource(source: VideoSourceLike): boolean {
  const type = videoMimeType(source).toLowerCase();
  return type === HLS_MIME_TYPE || type === "application/x-mpegurl" || type === "audio/mpegurl";
}

/**
 * Orders sources by what this browser can play, in content order, dropping the rest. HLS is tried natively where
 * the browser says it can, then (or only) through hls.js when `hlsSupported` says Media Source Extensions exist.
 * `canPlayType` is the video element's own method; `isAllowed` filters unsafe URLs out first.
 */
export function playableSources(
  sources: readonly VideoSourceLike[],
  canPlayType: (type: string) => string,
  options: { hlsSupported?: boolean; isAllowed?: (url: string) => boolean } = {},
): PlayableSource[] {
  const result: PlayableSource[] = [];
  for (const source of sources) {
    if (options.isAllowed && !options.isAllowed(source.src)) continue;
    const type = videoMimeType(source);
    const hls = isHlsSource(source);
    // An unknown type is worth a try: the browser sniffs the file.
    if (!type || canPlayType(type) !== "") result.push({ src: source.src, type, engine: "native" });
    // hls.js also backs up native HLS, which some browsers claim ("maybe") but cannot always play.
    if (hls && options.hlsSupported) result.push({ src: source.src, type, engine: "hls.js" });
  }
  return result;
}
