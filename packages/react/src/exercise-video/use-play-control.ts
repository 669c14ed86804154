import type { PlayableSource } from "@movekit/core";
import { type RefObject, useCallback, useEffect, useRef } from "react";
import { STALL_TIMEOUT_MS, type StallWatch, useStallWatch } from "./use-stall-watch";
import type { UseExerciseVideoOptions, VideoError } from "./video-types";

export interface PlayControlInput {
  videoRef: RefObject<HTMLVideoElement | null>;
  videoElement: HTMLVideoElement | null;
  current: PlayableSource | undefined;
  error: VideoError | undefined;
  setError(error: VideoError): void;
  /** Attach the sources now (play was asked for before they were). */
  attach(): void;
  /** Motion is reduced: read once, by useVideoContent (the one reduced-motion source). */
  reduce: boolean;
  options: Pick<UseExerciseVideoOptions, "autoPlayMutedLoop" | "stallTimeoutMs">;
}

export interface PlayControl {
  play(): void;
  pause(): void;
  toggle(): void;
  stall: StallWatch;
}

/**
 * Play, pause and toggle, with the stall watch armed on play (a source that never answers ends in the fallback),
 * a play that waits for the sources to attach, and the muted demo loop's autoplay.
 */
export function usePlayControl(input: PlayControlInput): PlayControl {
  const { videoRef, videoElement, current, error, setError, attach, reduce, options } = input;
  const pendingPlay = useRef(false);
  const attached = useRef(false);
  attached.current = current !== undefined;

  // A demo loop may play by itself: muted, and never under reduced motion.
  useEffect(() => {
    if (!options.autoPlayMutedLoop || !videoElement || !current || error || reduce) return;
    videoElement.muted = true;
    videoElement.play()?.catch(() => {});
  }, [options.autoPlayMutedLoop, reduce, videoElement, current, error]);

  useEffect(() => {
    if (!pendingPlay.current || !videoElement || !current) return;
    pendingPlay.current = false;
    videoElement.play()?.catch(() => {});
  }, [videoElement, current]);

  const stall = useStallWatch(options.stallTimeoutMs ?? STALL_TIMEOUT_MS, () => {
    videoRef.current?.pause();
    setError("stalled");
  });
  const { arm, disarm } = stall;

  const play = useCallback(() => {
    arm();
    const video = videoRef.current;
    if (!video || !attached.current) {
      // Not attached yet (player off screen, or sources still being chosen): attach, then play.
      pendingPlay.current = true;
      attach();
      return;
    }
    video.play()?.catch(() => {});
  }, [arm, attach, videoRef]);

  const pause = useCallback(() => {
    pendingPlay.current = false;
    disarm();
    videoRef.current?.pause();
  }, [disarm, videoRef]);

  const toggle = useCallback(() => {
    const video = videoRef.current;
    if (video && !video.paused) pause();
    else play();
  }, [play, pause, videoRef]);

  return { play, pause, toggle, stall };
}
