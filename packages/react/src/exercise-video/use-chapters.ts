import type { Locale, Media } from "@movekit/core";
import { activeChapterAt, chaptersFromCues, cueIdOf, type TimedCueLike, type VideoChapter } from "@movekit/core/video";
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from "react";

export interface ChaptersState {
  chapters: VideoChapter[];
  activeChapter: VideoChapter | undefined;
  activeCue: (TimedCueLike & { id: string }) | undefined;
  loopChapterId: string | undefined;
  /** Loop the chapter playing now (or the first), or stop looping. */
  toggleLoopChapter(): void;
  /** Keep looping the chosen chapter when the person jumps to another one. */
  followChapter(id: string): void;
  /** The chapter with this id (or cue id). */
  findChapter(id: string): VideoChapter | undefined;
  /** Call on every time update: jumps back to the looped chapter's start at its end. */
  keepInLoop(video: HTMLVideoElement): void;
}

/**
 * Chapters from the cue times, the chapter and cue at `currentTime` (the video's own clock: one clock), and the
 * chapter loop.
 */
export function useChapters(
  cues: readonly TimedCueLike[],
  locale: Locale,
  media: Media | undefined,
  currentTime: number,
  videoRef: RefObject<HTMLVideoElement | null>,
  onActiveCueChange: ((cueId: string | undefined) => void) | undefined,
): ChaptersState {
  const [loopChapterId, setLoopChapterId] = useState<string | undefined>();
  const chapters = useMemo(
    () => chaptersFromCues(cues, locale, { marks: media?.chapters, duration: media?.durationSeconds }),
    [cues, locale, media?.chapters, media?.durationSeconds],
  );
  const activeChapter = activeChapterAt(chapters, currentTime);
  const activeCueIndex = activeChapter?.cueId
    ? cues.findIndex((cue, i) => cueIdOf(cue, i) === activeChapter.cueId)
    : -1;
  const activeCueItem = activeCueIndex >= 0 ? cues[activeCueIndex] : undefined;
  const activeCue = activeCueItem ? { ...activeCueItem, id: cueIdOf(activeCueItem, activeCueIndex) } : undefined;
  const activeCueId = activeCue?.id;

  // Latest values for event handlers; refs avoid stale closures in callbacks made once.
  const latest = useRef({ chapters, loopChapterId });
  latest.current = { chapters, loopChapterId };

  useEffect(() => {
    onActiveCueChange?.(activeCueId);
  }, [activeCueId, onActiveCueChange]);

  const toggleLoopChapter = useCallback(
    () =>
      setLoopChapterId((id) => {
        if (id) return undefined;
        const all = latest.current.chapters;
        return (activeChapterAt(all, videoRef.current?.currentTime ?? 0) ?? all[0])?.id;
      }),
    [videoRef],
  );
  const followChapter = useCallback((id: string) => {
    if (latest.current.loopChapterId) setLoopChapterId(id);
  }, []);
  const findChapter = useCallback(
    (id: string) => latest.current.chapters.find((c) => c.id === id || c.cueId === id),
    [],
  );
  const keepInLoop = useCallback((video: HTMLVideoElement) => {
    const { loopChapterId: loopId, chapters: all } = latest.current;
    const loop = loopId ? all.find((c) => c.id === loopId) : undefined;
    if (loop && (video.currentTime >= loop.end || video.ended)) {
      video.currentTime = loop.start;
      if (video.paused && video.ended) video.play()?.catch(() => {});
    }
  }, []);

  return {
    chapters,
    activeChapter,
    activeCue,
    loopChapterId,
    toggleLoopChapter,
    followChapter,
    findChapter,
    keepInLoop,
  };
}
