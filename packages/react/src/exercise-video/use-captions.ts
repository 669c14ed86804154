import { bestLocaleMatch, type CaptionTrack, type Locale } from "@movekit/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { CAPTION_TIMEOUT_MS, type TranscriptState, useTranscript } from "./use-transcript";

/** The caption language for a reader: core's best locale match, else the first track. */
export function pickCaptionLang(tracks: readonly CaptionTrack[], locale: Locale): string | undefined {
  return (
    bestLocaleMatch(
      locale,
      tracks.map((track) => track.lang),
    ) ?? tracks[0]?.lang
  );
}

export interface CaptionsOptions {
  captionTracks: CaptionTrack[];
  locale: Locale;
  /** Tracks and the caption file are fetched only once this is true. */
  loaded: boolean;
  videoElement: HTMLVideoElement | null;
  initiallyOn: boolean | undefined;
  crossOrigin: string | undefined;
  timeoutMs: number | undefined;
  durationSeconds: number | undefined;
}

export interface CaptionsState {
  captionsOn: boolean;
  toggleCaptions(): void;
  captionLang: string | undefined;
  setCaptionLang(lang: string): void;
  transcript: TranscriptState;
  /** The `<track>` reported an error, or the same file failed to arrive or parse. */
  captionsFailed: boolean;
  /** On and actually loaded: what the captions control shows. Never true when they failed. */
  captionsShowing: boolean;
}

/** Caption language, on/off, the caption file as a transcript, and one truthful failure state for all of it. */
export function useCaptions(options: CaptionsOptions): CaptionsState {
  const { captionTracks, locale, loaded, videoElement } = options;
  const [captionsOn, setCaptionsOn] = useState(options.initiallyOn ?? true);
  const [captionLang, setCaptionLang] = useState(() => pickCaptionLang(captionTracks, locale));
  const [trackError, setTrackError] = useState(false);

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
    timeoutMs: options.timeoutMs ?? CAPTION_TIMEOUT_MS,
    durationSeconds: options.durationSeconds,
  });
  const captionsFailed = trackError || transcript.status === "error";
  // Truthful: once media is attached, "showing" waits for the caption file to arrive and parse; before that (no
  // bytes before play) it says what will show on play. A failed or absent file is never "showing".
  const captionsShowing =
    captionsOn && !captionsFailed && captionTracks.length > 0 && (!loaded || transcript.status === "ready");
  const showing = useRef(captionsShowing);
  showing.current = captionsShowing;

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

  // The control flips what it shows: pressed (showing) turns them off, not pressed (off, or still loading) on.
  const toggleCaptions = useCallback(() => setCaptionsOn(!showing.current), []);
  return {
    captionsOn,
    toggleCaptions,
    captionLang,
    setCaptionLang,
    transcript,
    captionsFailed,
    captionsShowing,
  };
}
