import { isSafeUrl, type Locale, mergeMessages, resolveLocale } from "@movekit/core";
import { DEFAULT_VIDEO_SHORTCUTS, type TimedCueLike, type VideoShortcutMap } from "@movekit/core/video";
import { useMemo } from "react";
import { useReducedMotion } from "../internal/use-reduced-motion";
import { useMovekit } from "../movekit-provider/movekit-context";
import type { UseExerciseVideoOptions } from "./video-types";

/** What the player shows, read from the options, the exercise and the provider: URLs only when safe. */
export function useVideoContent(options: UseExerciseVideoOptions) {
  const context = useMovekit();
  const locale: Locale = resolveLocale(options.locale ?? context.locale);
  const media = options.exercise?.media;
  const cues: readonly TimedCueLike[] = options.cues ?? options.exercise?.cues ?? [];
  const captionTracks = useMemo(
    () => (options.captions ?? media?.captions ?? []).filter((track) => isSafeUrl(track.src)),
    [options.captions, media?.captions],
  );
  const posterUrl = options.poster ?? media?.poster;
  const shortcuts: VideoShortcutMap =
    options.keyShortcuts === false
      ? {}
      : typeof options.keyShortcuts === "object"
        ? options.keyShortcuts
        : DEFAULT_VIDEO_SHORTCUTS;
  const reduce = useReducedMotion(options.reducedMotion);
  return {
    locale,
    // The one rule: the provider's wording with the component's own laid over it.
    messages: mergeMessages(context.messages, options.messages),
    media,
    cues,
    captionTracks,
    poster: posterUrl && isSafeUrl(posterUrl) ? posterUrl : undefined,
    shortcuts,
    /** Motion is reduced (the option, else the provider, else the system setting): the one reduced-motion source. */
    reduce,
  };
}
