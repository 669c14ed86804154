import { type RefObject, useCallback, useEffect, useRef, useState } from "react";

/** What the `<video>` element reports, mirrored into React state, and the actions that only touch the element. */
export function usePlaybackState(
  videoRef: RefObject<HTMLVideoElement | null>,
  playerRef: RefObject<HTMLElement | null>,
) {
  const [playing, setPlaying] = useState(false);
  const [currentTime, setCurrentTime] = useState(0);
  const [mediaDuration, setMediaDuration] = useState(Number.NaN);
  const [rate, setRateState] = useState(1);
  const [muted, setMuted] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const [frameReady, setFrameReady] = useState(false);
  // A seek before the video has loaded anything (no bytes are fetched before play): applied once metadata is in.
  const pendingStart = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (typeof document === "undefined") return;
    const update = () =>
      setFullscreen(document.fullscreenElement != null && document.fullscreenElement === playerRef.current);
    document.addEventListener("fullscreenchange", update);
    return () => document.removeEventListener("fullscreenchange", update);
  }, [playerRef]);

  const seek = useCallback(
    (seconds: number) => {
      const video = videoRef.current;
      const limit = video && Number.isFinite(video.duration) ? video.duration : Number.POSITIVE_INFINITY;
      const target = Math.min(Math.max(0, seconds), limit);
      if (video && video.readyState > 0) video.currentTime = target;
      else pendingStart.current = target;
      setCurrentTime(target);
    },
    [videoRef],
  );

  const applyPendingStart = useCallback((video: HTMLVideoElement) => {
    if (pendingStart.current === undefined) return;
    video.currentTime = pendingStart.current;
    pendingStart.current = undefined;
  }, []);

  const setRate = useCallback(
    (next: number) => {
      const video = videoRef.current;
      if (video) {
        video.defaultPlaybackRate = next;
        video.playbackRate = next;
      }
      setRateState(next);
    },
    [videoRef],
  );

  const toggleMute = useCallback(() => {
    const video = videoRef.current;
    if (video) video.muted = !video.muted;
    else setMuted((m) => !m);
  }, [videoRef]);

  const requestFullscreen = useCallback(() => {
    if (typeof document === "undefined") return;
    if (document.fullscreenElement) {
      document.exitFullscreen?.().catch(() => {});
      return;
    }
    const player = playerRef.current;
    if (player?.requestFullscreen && document.fullscreenEnabled) player.requestFullscreen().catch(() => {});
    else (videoRef.current as { webkitEnterFullscreen?: () => void } | null)?.webkitEnterFullscreen?.();
  }, [videoRef, playerRef]);

  return {
    playing,
    setPlaying,
    currentTime,
    setCurrentTime,
    mediaDuration,
    setMediaDuration,
    rate,
    setRateState,
    muted,
    setMuted,
    fullscreen,
    /** The video has a frame to show: the poster overlay can go. */
    frameReady,
    setFrameReady,
    applyPendingStart,
    seek,
    setRate,
    toggleMute,
    requestFullscreen,
  };
}
