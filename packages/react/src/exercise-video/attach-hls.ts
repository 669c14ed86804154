/** Whether this browser has Media Source Extensions, which hls.js needs. */
export function hasMediaSource(): boolean {
  if (typeof window === "undefined") return false;
  return "MediaSource" in window || "ManagedMediaSource" in window;
}

/**
 * Plays an HLS playlist through hls.js, imported only now so it never sits in the main bundle. Calls `onFatal`
 * when the stream cannot play; returns a function that detaches and frees it.
 */
export async function attachHls(video: HTMLVideoElement, src: string, onFatal: () => void): Promise<() => void> {
  const { default: Hls } = await import("hls.js");
  if (!Hls.isSupported()) {
    onFatal();
    return () => {};
  }
  const hls = new Hls({ enableWorker: true });
  hls.on(Hls.Events.ERROR, (_event, data) => {
    if (data.fatal) onFatal();
  });
  hls.loadSource(src);
  hls.attachMedia(video);
  return () => hls.destroy();
}
