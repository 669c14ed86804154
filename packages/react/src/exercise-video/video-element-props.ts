import type { CaptionTrack, PlayableSource } from "@movekit/core";
import type { SyntheticEvent } from "react";
import type { ChaptersState } from "./use-chapters";
import type { usePlaybackState } from "./use-playback-state";
import type { StallWatch } from "./use-stall-watch";
import type { ExerciseVideoActions, ExerciseVideoController, UseExerciseVideoOptions } from "./video-types";

export interface VideoPropsInput {
  ref: (element: HTMLVideoElement | null) => void;
  loaded: boolean;
  current: PlayableSource | undefined;
  options: UseExerciseVideoOptions;
  actions: ExerciseVideoActions;
  playback: ReturnType<typeof usePlaybackState>;
  chapters: ChaptersState;
  stall: StallWatch;
  nextSource(): void;
}

// The last time seen per element: progress (a new time) is what ends a stall countdown.
const lastTime = new WeakMap<HTMLVideoElement, number>();

/** Props for the `<video>`: its attributes, and the media events that drive state, the loop and the stall watch. */
export function videoElementProps(input: VideoPropsInput): ReturnType<ExerciseVideoController["getVideoProps"]> {
  const { options, actions, playback, chapters, stall } = input;
  const onTime = (event: SyntheticEvent<HTMLVideoElement>) => {
    const video = event.currentTarget;
    chapters.keepInLoop(video);
    // Progress: the countdown after play or while buffering is over.
    if (video.currentTime !== (lastTime.get(video) ?? 0)) stall.disarm();
    lastTime.set(video, video.currentTime);
    playback.setCurrentTime(video.currentTime);
  };
  return {
    ref: input.ref,
    "data-slot": "video",
    // No poster attribute: the poster is a lazy <img> over the video, so it is the only image and loads only
    // near the viewport. Nothing is fetched before play: no src, preload none.
    preload: input.loaded ? "metadata" : "none",
    playsInline: true,
    src: input.current?.engine === "native" ? input.current.src : undefined,
    crossOrigin: options.crossOrigin,
    loop: options.autoPlayMutedLoop || undefined,
    onClick: actions.toggle,
    onPlay: () => playback.setPlaying(true),
    onLoadedMetadata: (event) => playback.applyPendingStart(event.currentTarget),
    onLoadedData: () => playback.setFrameReady(true),
    onPlaying: () => playback.setFrameReady(true),
    onPause: () => {
      stall.disarm();
      playback.setPlaying(false);
    },
    // Buffering while playing restarts the countdown; progress (timeupdate) ends it.
    onWaiting: (event) => {
      if (!event.currentTarget.paused) stall.arm();
    },
    onStalled: (event) => {
      if (!event.currentTarget.paused) stall.arm();
    },
    onEnded: (event) => {
      stall.disarm();
      if (chapters.loopChapterId) onTime(event);
      else playback.setPlaying(false);
    },
    onTimeUpdate: onTime,
    onSeeked: onTime,
    onDurationChange: (event) => playback.setMediaDuration(event.currentTarget.duration),
    onRateChange: (event) => playback.setRateState(event.currentTarget.playbackRate),
    onVolumeChange: (event) => playback.setMuted(event.currentTarget.muted),
    onError: () => {
      stall.disarm();
      // This source failed (404, decode, network): try the next, then fall back.
      input.nextSource();
    },
  };
}

/** Props for each `<track>`: captions in every offered language (the chosen one is shown). */
export function trackProps(captionTracks: readonly CaptionTrack[]) {
  return captionTracks.map((track) => ({
    key: `${track.lang}:${track.src}`,
    kind: "captions" as const,
    src: track.src,
    srcLang: track.lang,
    label: track.label,
  }));
}
