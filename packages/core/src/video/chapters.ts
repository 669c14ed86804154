import type { Locale } from "../i18n/locale";
import { localize } from "../model/localize";
import type { LocalizedText } from "../model/localized-text";

/** The cue fields chapters need; an exercise's cues fit. */
export interface TimedCueLike {
  id?: string;
  text: Partial<LocalizedText>;
  kind?: "do" | "dont";
  time?: { start: number; end: number };
}

/** A media chapter (`media.chapters`): used only when no cue carries a time range. */
export interface ChapterMarkLike {
  start: number;
  title: Partial<LocalizedText>;
}

/** A stretch of the video that shows one cue: what the chapter list, seek bar and CueList share. */
export interface VideoChapter {
  /** Stable id: the cue's id, so CueList can highlight it. */
  id: string;
  /** The cue id this chapter shows, when it comes from a cue. */
  cueId?: string;
  label: string;
  /** Language of `label` (put it on `lang`). */
  lang: Locale;
  /** True when `label` is in another language than the one asked for. */
  isFallback: boolean;
  kind?: "do" | "dont";
  start: number;
  end: number;
}

/** The id a cue goes by: its own, else its 1-based position ("cue-3"). CueList uses the same rule. */
export function cueIdOf(cue: { id?: string }, index: number): string {
  return cue.id ?? `cue-${index + 1}`;
}

/**
 * Chapters from an exercise's cue time ranges, in time order; cues without `time` are skipped. When no cue has a
 * time, falls back to `marks` (media chapters), each ending where the next starts (the last at `duration`).
 */
export function chaptersFromCues(
  cues: readonly TimedCueLike[],
  locale: Locale | string,
  options: { marks?: readonly ChapterMarkLike[]; duration?: number } = {},
): VideoChapter[] {
  const timed: VideoChapter[] = [];
  cues.forEach((cue, index) => {
    if (!cue.time || !(cue.time.end > cue.time.start)) return;
    const label = localize(cue.text, locale);
    const id = cueIdOf(cue, index);
    timed.push({
      id,
      cueId: id,
      label: label.text,
      lang: label.lang,
      isFallback: label.isFallback,
      ...(cue.kind ? { kind: cue.kind } : {}),
      start: cue.time.start,
      end: cue.time.end,
    });
  });
  if (timed.length > 0) return timed.sort((a, b) => a.start - b.start);

  const marks = [...(options.marks ?? [])].sort((a, b) => a.start - b.start);
  return marks.map((mark, index) => {
    const label = localize(mark.title, locale);
    const next = marks[index + 1]?.start ?? options.duration ?? Number.POSITIVE_INFINITY;
    return {
      id: `chapter-${index + 1}`,
      label: label.text,
      lang: label.lang,
      isFallback: label.isFallback,
      start: mark.start,
      end: next,
    };
  });
}

// A seek to a chapter's start can read back a float hair before it, which must still count as inside.
const EPSILON = 0.001;

/**
 * The chapter playing at `time`: the one whose range holds it; when ranges overlap, the one that started last.
 * `undefined` in a gap between chapters.
 */
export function activeChapterAt<T extends { start: number; end: number }>(
  chapters: readonly T[],
  time: number,
): T | undefined {
  let found: T | undefined;
  for (const chapter of chapters) {
    if (time + EPSILON >= chapter.start && time < chapter.end && (!found || chapter.start > found.start)) {
      found = chapter;
    }
  }
  return found;
}

/** Total length the chapters cover (their latest end), for a duration estimate before metadata loads. */
export function chaptersEnd(chapters: readonly { end: number }[]): number {
  return chapters.reduce((max, c) => (Number.isFinite(c.end) && c.end > max ? c.end : max), 0);
}
