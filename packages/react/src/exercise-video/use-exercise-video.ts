import {
  activeChapterAt,
  type CaptionTrack,
  chaptersEnd,
  chaptersFromCues,
  cueIdOf,
  DEFAULT_VIDEO_SHORTCUTS,
  describePlaybackPosition,
  isSafeUrl,
  type Locale,
  type PlayableSource,
  playableSources,
  resolveLocale,
  type VideoShortcutAction,
  type VideoShortcutMap,
  videoShortcutFor,
} from "@movekit/core";
import { type KeyboardEvent, type SyntheticEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useReducedMotion } from "../internal/use-reduced-motion";
import { useMovekit } from "../movekit-provider/movekit-context";
import { attachHls, hasMediaSource } from "./attach-hls";
import { useNearViewport } from "./use-near-viewport";
import { STALL_TIMEOUT_MS, useStallWatch } from "./use-stall-watch";
import { CAPTION_TIMEOUT_MS, useTranscript } from "./use-transcript";
import type { ExerciseVideoActions, ExerciseVideoController, UseExerciseVideoOptions, VideoError } from "./video-types";

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

// Keys a focused control handles itself; a shortcut must not steal them.
function controlOwnsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  const role = target.getAttribute("role");
  const tag = target.tagName;
  if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target as HTMLElement).isContentEditable) {
    return true;
  }
  if (role === "slider") return key.startsWith("Arrow") || ["Home", "End", "PageUp", "PageDown"].includes(key);
  if (tag === "BUTTON" || tag === "A" || tag === "SUMMARY" || role === "button") return key === " " || key === "Enter";
  return false;
}

function pickCaptionLang(tracks: readonly CaptionTrack[], locale: Locale): string | undefined {
  const language = locale.split("-")[0];
  return (
    tracks.find((track) => track.lang === locale)?.lang ??
    tracks.find((track) => track.lang.split("-")[0] === language)?.lang ??
    tracks[0]?.lang
  );
}

/**
 * Everything ExerciseVideo does, without its markup: state, chapters from the cue times, the active cue
 * (derived from the video's own `currentTime`: one clock), actions and props getters. Build your own skin on it.
 */
export function useExerciseVideo(options: UseExerciseVideoOptions): ExerciseVideoController {
  const context = useMovekit();
  const locale = resolveLocale(options.locale ?? context.locale);
  const messages = options.messages ?? context.messages;
  const media = options.exercise?.media;
  const cues = options.cues ?? options.exercise?.cues ?? [];
  const sources = options.sources ?? media?.sources ?? [];
  const captionTracks = useMemo(
    () => (options.captions ?? media?.captions ?? []).filter((track) => isSafeUrl(track.src)),
    [options.captions, media?.captions],
  );
  const posterUrl = options.poster ?? media?.poster;
  const poster = posterUrl && isSafeUrl(posterUrl) ? posterUrl : undefined;
  const shortcuts: VideoShortcutMap =
    options.keyShortcuts === false
      ? {}
      : typeof options.keyShortcuts === "object"
        ? options.keyShortcuts
        : DEFAULT_VIDEO_SHORTCUTS;

  const videoRef = useRef<HTMLVideoElement | null>(null);
  const playerRef = useRef<HTMLElement | null>(null);
  const [videoElement, setVideoElement] = useState<HTMLVideoElement | null>(null);
  const [forced, setForced] = useState(false);
  const near = useNearViewport(playerRef, options.lazy !== false);
  const loaded = near || forced;

  const [playing, setPlaying] = useState(false);
  const [currentTime, setCurrentTime] = useState(0);
  const [mediaDuration, setMediaDuration] = useState(Number.NaN);
  const [rate, setRateState] = useState(1);
  const [muted, setMuted] = useState(false);
  const [captionsOn, setCaptionsOn] = useState(options.captionsOn ?? true);
  const [captionLang, setCaptionLang] = useState(() => pickCaptionLang(captionTracks, locale));
  const [candidates, setCandidates] = useState<PlayableSource[] | undefined>();
  const [sourceIndex, setSourceIndex] = useState(0);
  const [error, setError] = useState<VideoError | undefined>();
  const [trackError, setTrackError] = useState(false);
  const [loopChapterId, setLoopChapterId] = useState<string | undefined>();
  const [fullscreen, setFullscreen] = useState(false);
  const pendingPlay = useRef(false);

  const chapters = useMemo(
    () => chaptersFromCues(cues, locale, { marks: media?.chapters, duration: media?.durationSeconds }),
    [cues, locale, media?.chapters, media?.durationSeconds],
  );
  const duration =
    Number.isFinite(mediaDuration) && mediaDuration > 0
      ? mediaDuration
      : (media?.durationSeconds ?? (chaptersEnd(chapters) || Number.NaN));
  const activeChapter = activeChapterAt(chapters, currentTime);
  const activeCueIndex = activeChapter?.cueId
    ? cues.findIndex((cue, i) => cueIdOf(cue, i) === activeChapter.cueId)
    : -1;
  const activeCueItem = activeCueIndex >= 0 ? cues[activeCueIndex] : undefined;
  const activeCue = activeCueItem ? { ...activeCueItem, id: cueIdOf(activeCueItem, activeCueIndex) } : undefined;
  const activeCueId = activeCue?.id;
  const current = candidates?.[sourceIndex];

  // Latest values for event handlers, which React binds once per render anyway; refs avoid stale closures in effects.
  const latest = useRef({ chapters, loopChapterId, attached: false, time: 0 });
  latest.current = { chapters, loopChapterId, attached: current !== undefined, time: latest.current.time };

  // Sources are chosen in the browser (canPlayType), once the player is near the viewport.
  const sourceKey = sources.map((s) => `${s.src}|${s.type ?? ""}`).join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: sourceKey stands for sources (a new array each render).
  useEffect(() => {
    if (!loaded || !videoElement) return;
    const list = playableSources(sources, (type) => videoElement.canPlayType(type), {
      hlsSupported: hasMediaSource(),
      isAllowed: isSafeUrl,
    });
    setCandidates(list);
    setSourceIndex(0);
    setError(list.length === 0 ? "no-source" : undefined);
  }, [loaded, videoElement, sourceKey]);

  // HLS without native support goes through hls.js, imported only for such a source.
  useEffect(() => {
    if (!videoElement || current?.engine !== "hls.js") return;
    let detach: (() => void) | undefined;
    let cancelled = false;
    const fail = () => setSourceIndex((i) => i + 1);
    attachHls(videoElement, current.src, fail)
      .then((cleanup) => {
        if (cancelled) cleanup();
        else detach = cleanup;
      })
      .catch(fail);
    return () => {
      cancelled = true;
      detach?.();
    };
  }, [videoElement, current]);

  useEffect(() => {
    if (candidates && sourceIndex >= candidates.length && candidates.length > 0) setError("media");
  }, [candidates, sourceIndex]);

  // New content: keep the caption language if it still exists, and forget an old track failure. Keyed by the
  // tracks' URLs, so content rebuilt on every render does not reset it.
  const captionKey = captionTracks.map((track) => `${track.lang}:${track.src}`).join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: captionKey stands for captionTracks.
  useEffect(() => {
    setTrackError(false);
    setCaptionLang((lang) =>
      captionTracks.some((track) => track.lang === lang) ? lang : pickCaptionLang(captionTracks, locale),
    );
  }, [captionKey, locale]);

  const transcriptSrc = captionTracks.find((track) => track.lang === captionLang)?.src;
  const transcript = useTranscript(transcriptSrc, loaded, options.crossOrigin, {
    timeoutMs: options.captionTimeoutMs ?? CAPTION_TIMEOUT_MS,
    durationSeconds: media?.durationSeconds,
  });
  // One failure state for captions: the <track> reported an error, or the same file failed to arrive or parse.
  const captionsFailed = trackError || transcript.status === "error";
  const captionsShowing = captionsOn && !captionsFailed && captionTracks.length > 0;

  // Caption tracks: the chosen language "showing" when captions are on, all others "hidden" (still loaded, so a
  // failing file is noticed and the cues stay available to scripts). Re-runs when the <track> elements change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded and captionTracks decide which tracks exist.
  useEffect(() => {
    if (!videoElement) return;
    const apply = () => {
      for (const track of Array.from(videoElement.textTracks)) {
        if (track.kind !== "captions" && track.kind !== "subtitles") continue;
        track.mode = captionsOn && !captionsFailed && track.language === captionLang ? "showing" : "hidden";
      }
    };
    apply();
    videoElement.textTracks.addEventListener?.("addtrack", apply);
    const onTrackError = () => setTrackError(true);
    const trackElements = Array.from(videoElement.querySelectorAll("track"));
    for (const element of trackElements) element.addEventListener("error", onTrackError);
    return () => {
      videoElement.textTracks.removeEventListener?.("addtrack", apply);
      for (const element of trackElements) element.removeEventListener("error", onTrackError);
    };
  }, [videoElement, captionsOn, captionsFailed, captionLang, loaded, captionTracks]);

  // A demo loop may play by itself: muted, and never under reduced motion.
  const reduceMotion = useReducedMotion(options.reducedMotion);
  useEffect(() => {
    if (!options.autoPlayMutedLoop || !videoElement || !current || error || reduceMotion) return;
    videoElement.muted = true;
    videoElement.play()?.catch(() => {});
  }, [options.autoPlayMutedLoop, reduceMotion, videoElement, current, error]);

  useEffect(() => {
    if (!pendingPlay.current || !videoElement || !current) return;
    pendingPlay.current = false;
    videoElement.play()?.catch(() => {});
  }, [videoElement, current]);

  useEffect(() => {
    if (typeof document === "undefined") return;
    const update = () =>
      setFullscreen(document.fullscreenElement != null && document.fullscreenElement === playerRef.current);
    document.addEventListener("fullscreenchange", update);
    return () => document.removeEventListener("fullscreenchange", update);
  }, []);

  const onActiveCueChange = options.onActiveCueChange;
  useEffect(() => {
    onActiveCueChange?.(activeCueId);
  }, [activeCueId, onActiveCueChange]);

  const seek = useCallback((seconds: number) => {
    const video = videoRef.current;
    const limit = video && Number.isFinite(video.duration) ? video.duration : Number.POSITIVE_INFINITY;
    const target = Math.min(Math.max(0, seconds), limit);
    if (video) video.currentTime = target;
    setCurrentTime(target);
  }, []);

  const stall = useStallWatch(options.stallTimeoutMs ?? STALL_TIMEOUT_MS, () => {
    videoRef.current?.pause();
    setError("stalled");
  });
  const { arm: armStall, disarm: disarmStall } = stall;

  const play = useCallback(() => {
    armStall();
    const video = videoRef.current;
    if (!video || !latest.current.attached) {
      // Not attached yet (player off screen, or sources still being chosen): attach, then play.
      pendingPlay.current = true;
      setForced(true);
      return;
    }
    video.play()?.catch(() => {});
  }, [armStall]);

  const pause = useCallback(() => {
    pendingPlay.current = false;
    disarmStall();
    videoRef.current?.pause();
  }, [disarmStall]);

  const toggle = useCallback(() => {
    const video = videoRef.current;
    if (video && !video.paused) pause();
    else play();
  }, [play, pause]);

  const seekBy = useCallback((delta: number) => seek((videoRef.current?.currentTime ?? 0) + delta), [seek]);

  const seekChapter = useCallback(
    (id: string) => {
      const chapter = latest.current.chapters.find((c) => c.id === id || c.cueId === id);
      if (!chapter) return;
      seek(chapter.start);
      if (latest.current.loopChapterId) setLoopChapterId(chapter.id);
    },
    [seek],
  );

  const setRate = useCallback((next: number) => {
    const video = videoRef.current;
    if (video) {
      video.defaultPlaybackRate = next;
      video.playbackRate = next;
    }
    setRateState(next);
  }, []);

  const toggleMute = useCallback(() => {
    const video = videoRef.current;
    if (video) video.muted = !video.muted;
    else setMuted((m) => !m);
  }, []);

  const requestFullscreen = useCallback(() => {
    if (typeof document === "undefined") return;
    if (document.fullscreenElement) {
      document.exitFullscreen?.().catch(() => {});
      return;
    }
    const player = playerRef.current;
    if (player?.requestFullscreen && document.fullscreenEnabled) player.requestFullscreen().catch(() => {});
    else (videoRef.current as { webkitEnterFullscreen?: () => void } | null)?.webkitEnterFullscreen?.();
  }, []);

  const actions: ExerciseVideoActions = useMemo(
    () => ({
      play,
      pause,
      toggle,
      seek,
      seekBy,
      seekChapter,
      setRate,
      toggleLoopChapter: () =>
        setLoopChapterId((id) => {
          if (id) return undefined;
          const video = videoRef.current;
          const chapters = latest.current.chapters;
          return (activeChapterAt(chapters, video?.currentTime ?? 0) ?? chapters[0])?.id;
        }),
      toggleCaptions: () => setCaptionsOn((on) => !on),
      setCaptionLang,
      toggleMute,
      requestFullscreen,
    }),
    [play, pause, toggle, seek, seekBy, seekChapter, setRate, toggleMute, requestFullscreen],
  );

  const runShortcut = (action: VideoShortcutAction) => {
    if (action.type === "toggle") actions.toggle();
    else if (action.type === "seekBy") actions.seekBy(action.seconds);
    else if (action.type === "fullscreen") actions.requestFullscreen();
    else if (action.type === "captions") actions.toggleCaptions();
    else if (action.type === "mute") actions.toggleMute();
  };

  const onTime = (event: SyntheticEvent<HTMLVideoElement>) => {
    const video = event.currentTarget;
    const loopId = latest.current.loopChapterId;
    const loop = loopId ? latest.current.chapters.find((c) => c.id === loopId) : undefined;
    if (loop && (video.currentTime >= loop.end || video.ended)) {
      video.currentTime = loop.start;
      if (video.paused && video.ended) video.play()?.catch(() => {});
    }
    // Progress: the countdown after play or while buffering is over.
    if (video.currentTime !== latest.current.time) disarmStall();
    latest.current.time = video.currentTime;
    setCurrentTime(video.currentTime);
  };

  const setVideoRef = useCallback((element: HTMLVideoElement | null) => {
    videoRef.current = element;
    setVideoElement(element);
  }, []);
  const setPlayerRef = useCallback((element: HTMLElement | null) => {
    playerRef.current = element;
  }, []);

  return {
    exercise: options.exercise,
    state: {
      playing,
      currentTime,
      duration,
      rate,
      muted,
      captionsOn,
      captionLang,
      error,
      trackError: captionsFailed,
      captionsShowing,
      loopChapterId,
      fullscreen,
      loaded,
    },
    actions,
    chapters,
    activeChapter,
    activeCue,
    positionText: describePlaybackPosition({ currentTime, duration, chapter: activeChapter?.label }, locale, messages),
    captionTracks,
    transcript,
    poster,
    locale,
    messages,
    shortcuts,
    getVideoProps: () => ({
      ref: setVideoRef,
      "data-slot": "video",
      poster,
      preload: loaded ? "metadata" : "none",
      playsInline: true,
      src: current?.engine === "native" ? current.src : undefined,
      crossOrigin: options.crossOrigin,
      loop: options.autoPlayMutedLoop || undefined,
      onClick: actions.toggle,
      onPlay: () => setPlaying(true),
      onPause: () => {
        disarmStall();
        setPlaying(false);
      },
      // Buffering while playing restarts the countdown; progress (timeupdate) ends it.
      onWaiting: (event) => {
        if (!event.currentTarget.paused) armStall();
      },
      onStalled: (event) => {
        if (!event.currentTarget.paused) armStall();
      },
      onEnded: (event) => {
        disarmStall();
        if (latest.current.loopChapterId) onTime(event);
        else setPlaying(false);
      },
      onTimeUpdate: onTime,
      onSeeked: onTime,
      onDurationChange: (event) => setMediaDuration(event.currentTarget.duration),
      onRateChange: (event) => setRateState(event.currentTarget.playbackRate),
      onVolumeChange: (event) => setMuted(event.currentTarget.muted),
      onError: () => {
        disarmStall();
        // This source failed (404, decode, network): try the next, then fall back.
        if (candidates && candidates.length > 0) setSourceIndex((i) => i + 1);
      },
    }),
    getTrackProps: () =>
      loaded
        ? captionTracks.map((track) => ({
            key: `${track.lang}:${track.src}`,
            kind: "captions" as const,
            src: track.src,
            srcLang: track.lang,
            label: track.label,
          }))
        : [],
    getPlayerProps: () => ({
      ref: setPlayerRef,
      onKeyDown: (event: KeyboardEvent) => {
        const action = videoShortcutFor(event, shortcuts);
        if (!action || event.defaultPrevented || controlOwnsKey(event.target, event.key)) return;
        event.preventDefault();
        runShortcut(action);
      },
    }),
  };
}
