// The player's public types: what useExerciseVideo takes and returns.

import type {
  CaptionTrack,
  Catalogue,
  Locale,
  LocalizedText,
  Media,
  TimedCueLike,
  VideoChapter,
  VideoShortcutMap,
  VideoSourceLike,
} from "@movekit/core";
import type { KeyboardEvent, VideoHTMLAttributes } from "react";
import type { TranscriptState } from "./use-transcript";

/** The parts of an exercise the player uses (a validated `Exercise` fits). */
export interface ExerciseVideoContent {
  name?: Partial<LocalizedText>;
  cues?: readonly TimedCueLike[];
  media?: Media;
  steps?: readonly Partial<LocalizedText>[];
}

export interface UseExerciseVideoOptions {
  /** The exercise: its `media` (sources, poster, captions, transcript), cues (chapters) and steps (fallback). */
  exercise?: ExerciseVideoContent;
  /** Sources, when not taken from `exercise.media`. MP4/WebM, or HLS `.m3u8`. */
  sources?: readonly VideoSourceLike[];
  /** Cues with time ranges (chapters), when not taken from `exercise.cues`. */
  cues?: readonly TimedCueLike[];
  /** Caption tracks, when not taken from `exercise.media`. */
  captions?: readonly CaptionTrack[];
  /** Poster image, when not taken from `exercise.media`. */
  poster?: string;
  /** BCP 47 locale for labels and the default caption language. @default the provider's, else "en-GB" */
  locale?: Locale | string;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
  /** Keyboard shortcuts while focus is inside the player: `false` turns them off, a map remaps them. @default true */
  keyShortcuts?: boolean | VideoShortcutMap;
  /**
   * Fetch no media (no video bytes, no caption file) until the person presses play or asks for the caption
   * text; the poster alone loads, lazily. `false` attaches sources and captions at once (preload metadata).
   * @default true
   */
  lazy?: boolean;
  /** Whether captions start on; the person can turn them off and on. @default true */
  defaultCaptionsOn?: boolean;
  /** The old name of `defaultCaptionsOn`. @deprecated Use `defaultCaptionsOn`; this name goes in the next release. */
  captionsOn?: boolean;
  /**
   * A silent demo loop: plays muted and looping once near the viewport, except under reduced motion. The pause
   * control stays visible. Sound never autoplays.
   * @default false
   */
  autoPlayMutedLoop?: boolean;
  /** Force the reduced-motion behaviour on or off (tests, in-app settings). @default the user's setting */
  reducedMotion?: boolean;
  /** `crossorigin` for media and tracks on another origin (captions fail silently without CORS). */
  crossOrigin?: "anonymous" | "use-credentials";
  /** Called when the cue shown by the video changes (for a CueList elsewhere on the page). */
  onActiveCueChange?: (cueId: string | undefined) => void;
  /**
   * Milliseconds without progress after play was pressed (or while buffering) before the player gives up, says
   * so and shows the written steps and transcript. @default 10000
   */
  stallTimeoutMs?: number;
  /** Milliseconds to wait for the caption file before treating captions as failed. @default 10000 */
  captionTimeoutMs?: number;
}

export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25] as const;
export type PlaybackRate = (typeof PLAYBACK_RATES)[number];

export type VideoError = "media" | "no-source" | "stalled";

export interface ExerciseVideoState {
  playing: boolean;
  currentTime: number;
  /** Known length, else the chapters' (or media's) stated length, else NaN. */
  duration: number;
  rate: number;
  muted: boolean;
  captionsOn: boolean;
  captionLang: string | undefined;
  /**
   * Set when no source could play (`no-source`), every source failed (`media`) or the video made no progress for
   * `stallTimeoutMs` after play (`stalled`): show the fallback.
   */
  error: VideoError | undefined;
  /** A caption track failed to load (404, CORS, timeout, not valid WebVTT). */
  trackError: boolean;
  /**
   * What the captions control shows as pressed: on and, once media is attached, the caption file really arrived.
   * Never true when captions failed or there are none.
   */
  captionsShowing: boolean;
  /** Id of the chapter being looped. */
  loopChapterId: string | undefined;
  fullscreen: boolean;
  /** The video has a frame to show (data loaded or playing): until then the poster covers it. */
  frameReady: boolean;
  /** True once sources and captions are attached (play pressed, `load()`, `lazy: false` or a demo loop). */
  loaded: boolean;
}

export interface ExerciseVideoActions {
  play(): void;
  /** Attach the sources and the caption file without playing (the transcript's "show" button). */
  load(): void;
  pause(): void;
  toggle(): void;
  seek(seconds: number): void;
  seekBy(seconds: number): void;
  seekChapter(id: string): void;
  setRate(rate: number): void;
  toggleLoopChapter(): void;
  toggleCaptions(): void;
  setCaptionLang(lang: string): void;
  toggleMute(): void;
  requestFullscreen(): void;
}

type VideoElementProps = VideoHTMLAttributes<HTMLVideoElement> & {
  ref: (element: HTMLVideoElement | null) => void;
  "data-slot": string;
};

export interface ExerciseVideoController {
  /** The exercise given in the options (steps, transcript and alt text for the fallback). */
  exercise: ExerciseVideoContent | undefined;
  state: ExerciseVideoState;
  actions: ExerciseVideoActions;
  chapters: VideoChapter[];
  activeChapter: VideoChapter | undefined;
  /** The cue the video is showing now, with its id (for CueList's `activeCueId`). */
  activeCue: (TimedCueLike & { id: string }) | undefined;
  /** "1:05 of 2:30, chapter: lower slowly": the seek bar's `aria-valuetext`. */
  positionText: string;
  /** Caption tracks with safe URLs, for a language menu. */
  captionTracks: CaptionTrack[];
  /** Plain-text lines from the selected caption file. */
  transcript: TranscriptState;
  poster: string | undefined;
  locale: Locale;
  messages: Partial<Catalogue> | undefined;
  /** The shortcut map in force (empty when off). */
  shortcuts: VideoShortcutMap;
  /** Props for the `<video>` element. */
  getVideoProps(): VideoElementProps;
  /** Props for each `<track>` (rendered inside the video). */
  getTrackProps(): Array<{ key: string; kind: "captions"; src: string; srcLang: string; label: string }>;
  /** Props for the element that scopes keyboard shortcuts and goes full screen. */
  getPlayerProps(): { ref: (element: HTMLElement | null) => void; onKeyDown: (event: KeyboardEvent) => void };
}
