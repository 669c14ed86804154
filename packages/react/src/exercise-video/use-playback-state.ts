import { type RefObject, useCallback, useEffect, useState } from "react";

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
      if (video) video.currentTime = target;
      setCurrentTime(target);
    },
    [videoRef],
  );

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
    seek,
    setRate,
    toggleMute,
    requestFullscreen,
  };
}
