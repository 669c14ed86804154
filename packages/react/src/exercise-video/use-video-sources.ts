import { isSafeUrl } from "@movekit/core";
import { type PlayableSource, playableSources, type VideoSourceLike } from "@movekit/core/video";
import { useCallback, useEffect, useState } from "react";
import { hasMediaSource } from "./attach-hls";
import { useHlsSource } from "./use-hls-source";
import type { VideoError } from "./video-types";

export interface VideoSourcesState {
  /** The source being tried, once sources are attached. */
  current: PlayableSource | undefined;
  error: VideoError | undefined;
  setError(error: VideoError): void;
  /** This source failed (404, decode, network): try the next; when none is left, `error` becomes "media". */
  nextSource(): void;
}

/**
 * Chooses the playable sources in the browser as soon as the element exists (canPlayType costs no bytes, and a
 * player with nothing it can play shows its fallback at once), but hands out a source (`current`) only once
 * `loaded`: until then the video has no `src` and fetches nothing. Then walks the sources as each one fails.
 */
export function useVideoSources(
  sources: readonly VideoSourceLike[],
  loaded: boolean,
  videoElement: HTMLVideoElement | null,
): VideoSourcesState {
  const [candidates, setCandidates] = useState<PlayableSource[] | undefined>();
  const [sourceIndex, setSourceIndex] = useState(0);
  const [error, setError] = useState<VideoError | undefined>();

  const sourceKey = sources.map((s) => `${s.src}|${s.type ?? ""}`).join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: sourceKey stands for sources (a new array each render).
  useEffect(() => {
    if (!videoElement) return;
    const list = playableSources(sources, (type) => videoElement.canPlayType(type), {
      hlsSupported: hasMediaSource(),
      isAllowed: isSafeUrl,
    });
    setCandidates(list);
    setSourceIndex(0);
    setError(list.length === 0 ? "no-source" : undefined);
  }, [videoElement, sourceKey]);

  const current = loaded ? candidates?.[sourceIndex] : undefined;
  const skip = useCallback(() => setSourceIndex((i) => i + 1), []);
  useHlsSource(videoElement, current, skip);

  useEffect(() => {
    if (candidates && sourceIndex >= candidates.length && candidates.length > 0) setError("media");
  }, [candidates, sourceIndex]);

  const hasCandidates = candidates !== undefined && candidates.length > 0;
  const nextSource = useCallback(() => {
    if (hasCandidates) skip();
  }, [hasCandidates, skip]);

  return { current, error, setError, nextSource };
}
