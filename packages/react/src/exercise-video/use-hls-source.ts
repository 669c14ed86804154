import type { PlayableSource } from "@movekit/core";
import { useEffect } from "react";
import { attachHls } from "./attach-hls";

/**
 * HLS without native support goes through hls.js, imported only when such a source is the current one.
 * `onFail` moves on to the next source.
 */
export function useHlsSource(
  videoElement: HTMLVideoElement | null,
  current: PlayableSource | undefined,
  onFail: () => void,
): void {
  useEffect(() => {
    if (!videoElement || current?.engine !== "hls.js") return;
    let detach: (() => void) | undefined;
    let cancelled = false;
    attachHls(videoElement, current.src, onFail)
      .then((cleanup) => {
        if (cancelled) cleanup();
        else detach = cleanup;
      })
      .catch(onFail);
    return () => {
      cancelled = true;
      detach?.();
    };
  }, [videoElement, current, onFail]);
}
