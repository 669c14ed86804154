import type { Catalogue } from "../i18n/messages";
import { videoMessages } from "../i18n/messages/video";
import { createTranslator } from "../i18n/translate";

/** Seconds → "1:05" (or "1:02:05" from an hour). Negative, NaN and infinite values read as 0:00. */
export function formatClock(seconds: number): string {
  const whole = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

export interface PlaybackPosition {
  currentTime: number;
  /** Total length in seconds; unknown (NaN, 0 or Infinity) before metadata loads. */
  duration: number;
  /** Label of the chapter playing now, if any. */
  chapter?: string;
}

/**
 * The position in words for a seek bar's `aria-valuetext`: "1:05 of 2:30, chapter: lower slowly".
 * Before the length is known it says only the current time.
 */
export function describePlaybackPosition(
  position: PlaybackPosition,
  locale: string = "en-GB",
  messages?: Partial<Catalogue>,
): string {
  const t = createTranslator(locale, messages, [videoMessages]);
  const known = Number.isFinite(position.duration) && position.duration > 0;
  const time = known
    ? t("video.positionOf", { current: formatClock(position.currentTime), duration: formatClock(position.duration) })
    : formatClock(position.currentTime);
  return position.chapter ? t("video.positionChapter", { time, chapter: position.chapter }) : time;
}
