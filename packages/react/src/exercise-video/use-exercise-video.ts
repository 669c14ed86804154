import { chaptersEnd, describePlaybackPosition, videoShortcutFor } from "@movekit/core/video";
import { type KeyboardEvent, useCallback, useMemo, useRef, useState } from "react";
import { renamedProp } from "../internal/deprecated-prop";
import { controlOwnsKey, runShortcut } from "./player-keys";
import { useCaptions } from "./use-captions";
import { useChapters } from "./use-chapters";
import { useNearViewport } from "./use-near-viewport";
import { usePlayControl } from "./use-play-control";
import { usePlaybackState } from "./use-playback-state";
import { useVideoContent } from "./use-video-content";
import { useVideoSources } from "./use-video-sources";
import { trackProps, videoElementProps } from "./video-element-props";
import type { ExerciseVideoActions, ExerciseVideoController, UseExerciseVideoOptions } from "./video-types";

const CAPTIONS_ON = { from: "captionsOn", to: "defaultCaptionsOn" };

export type {
  ExerciseVideoActions,
  ExerciseVideoContent,
  ExerciseVideoController,
  ExerciseVideoState,
  PlaybackRate,
  UseExerciseVideoOptions,
  VideoError,
} from "./video-types";
export { PLAYBACK_RATES } from "./video-types";

/**
 * Everything ExerciseVideo does, without its markup: state, chapters from the cue times, the active cue
 * (derived from the video's own `currentTime`: one clock), actions and props getters. Build your own skin on it.
 * Composed of single-purpose hooks: playback state, sources (and hls.js), captions, chapters/loop, stall watch.
 */
export function useExerciseVideo(options: UseExerciseVideoOptions): ExerciseVideoController {
  const { locale, messages, media, cues, captionTracks, poster, shortcuts, reduce } = useVideoContent(options);

  const videoRef = useRef<HTMLVideoElement | null>(null);
  const playerRef = useRef<HTMLElement | null>(null);
  const [videoElement, setVideoElement] = useState<HTMLVideoElement | null>(null);
  const [forced, setForced] = useState(false);
  // Zero media bytes before play: sources, <track>s and the caption file are attached only on play (or `load()`,
  // the transcript's button). Exceptions: `lazy: false`, and a silent demo loop near the viewport, which plays
  // by itself unless motion is reduced.
  const wantsLoop = options.autoPlayMutedLoop === true && !reduce;
  const near = useNearViewport(playerRef, wantsLoop);
  const loaded = options.lazy === false || forced || (wantsLoop && near);

  const playback = usePlaybackState(videoRef, playerRef);
  const { seek } = playback;
  const chapterState = useChapters(cues, locale, media, playback.currentTime, videoRef, options.onActiveCueChange);
  const { chapters, activeChapter } = chapterState;
  const duration =
    Number.isFinite(playback.mediaDuration) && playback.mediaDuration > 0
      ? playback.mediaDuration
      : (media?.durationSeconds ?? (chaptersEnd(chapters) || Number.NaN));
  const source = useVideoSources(options.sources ?? media?.sources ?? [], loaded, videoElement);
  const { current, error } = source;
  const captions = useCaptions({
    captionTracks,
    locale,
    loaded,
    videoElement,
    initiallyOn: renamedProp("ExerciseVideo", CAPTIONS_ON, options.defaultCaptionsOn, options.captionsOn),
    crossOrigin: options.crossOrigin,
    timeoutMs: options.captionTimeoutMs,
    durationSeconds: media?.durationSeconds,
  });
  const attach = useCallback(() => setForced(true), []);
  const { play, pause, toggle, stall } = usePlayControl({
    videoRef,
    videoElement,
    current,
    error,
    setError: source.setError,
    attach,
    reduce,
    options,
  });

  const seekBy = useCallback((delta: number) => seek((videoRef.current?.currentTime ?? 0) + delta), [seek]);
  const { findChapter, followChapter, toggleLoopChapter } = chapterState;
  const seekChapter = useCallback(
    (id: string) => {
      const chapter = findChapter(id);
      if (!chapter) return;
      seek(chapter.start);
      followChapter(chapter.id);
    },
    [seek, findChapter, followChapter],
  );

  const { setRate, toggleMute, requestFullscreen } = playback;
  const { toggleCaptions, setCaptionLang } = captions;
  const actions: ExerciseVideoActions = useMemo(
    () => ({
      play,
      load: attach,
      pause,
      toggle,
      seek,
      seekBy,
      seekChapter,
      setRate,
      toggleLoopChapter,
      toggleCaptions,
      setCaptionLang,
      toggleMute,
      requestFullscreen,
    }),
    [
      play,
      attach,
      pause,
      toggle,
      seek,
      seekBy,
      seekChapter,
      setRate,
      toggleLoopChapter,
      toggleCaptions,
      setCaptionLang,
      toggleMute,
      requestFullscreen,
    ],
  );

  const setVideoRef = useCallback((element: HTMLVideoElement | null) => {
    videoRef.current = element;
    setVideoElement(element);
  }, []);
  const setPlayerRef = useCallback((element: HTMLElement | null) => {
    playerRef.current = element;
  }, []);

  const { currentTime } = playback;
  return {
    exercise: options.exercise,
    state: {
      playing: playback.playing,
      currentTime,
      duration,
      rate: playback.rate,
      muted: playback.muted,
      captionsOn: captions.captionsOn,
      captionLang: captions.captionLang,
      error,
      trackError: captions.captionsFailed,
      captionsShowing: captions.captionsShowing,
      loopChapterId: chapterState.loopChapterId,
      fullscreen: playback.fullscreen,
      frameReady: playback.frameReady,
      loaded,
    },
    actions,
    chapters,
    activeChapter,
    activeCue: chapterState.activeCue,
    positionText: describePlaybackPosition({ currentTime, duration, chapter: activeChapter?.label }, locale, messages),
    captionTracks,
    transcript: captions.transcript,
    poster,
    locale,
    messages,
    shortcuts,
    getVideoProps: () =>
      videoElementProps({
        ref: setVideoRef,
        loaded,
        current,
        options,
        actions,
        playback,
        chapters: chapterState,
        stall,
        nextSource: source.nextSource,
      }),
    getTrackProps: () => (loaded ? trackProps(captionTracks) : []),
    getPlayerProps: () => ({
      ref: setPlayerRef,
      onKeyDown: (event: KeyboardEvent) => {
        const action = videoShortcutFor(event, shortcuts);
        if (!action || event.defaultPrevented || controlOwnsKey(event.target, event.key)) return;
        event.preventDefault();
        runShortcut(action, actions);
      },
    }),
  };
}
