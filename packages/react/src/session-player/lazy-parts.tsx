import { lazyPart } from "../internal/lazy-part";

// Parts of the player that are not needed for its first paint, each split off its entry chunk (issue #17):
// the demonstration (video or movement demo), the pain scale with its advice, the end-of-session questions, the
// summary and the sound. Red flags, the stop controls and the ended screen are in the entry.

/** The exercise's video, movement demo or start position. */
export const LazySessionMedia = lazyPart(() => import("./session-media").then((m) => m.SessionMedia));

/**
 * The 0–10 scale of "Skip, it hurts" and the verdict's advice, together: a score, and so a verdict, exists only
 * once this part is here. The stop controls and warning signs render in the entry, around it.
 */
export const LazyPainAnswer = lazyPart(() => import("./pain-answer").then((m) => m.PainAnswer));

/** The questions at the end of a session. */
export const LazySessionFeedback = lazyPart(() => import("./session-feedback").then((m) => m.SessionFeedback));

/** What was done, once the session is complete. */
export const LazySessionSummary = lazyPart(() => import("./session-summary").then((m) => m.SessionSummary));

let audioCues: Promise<typeof import("./audio-cues")> | undefined;
/** The code of the optional sound, fetched once: the player preloads it, and turning sound on waits for it. */
export function loadAudioCues(): Promise<typeof import("./audio-cues")> {
  audioCues ??= import("./audio-cues").catch((error: unknown) => {
    audioCues = undefined; // a later attempt may succeed (back online)
    throw error;
  });
  return audioCues;
}

/**
 * Loads every lazy part of SessionPlayer. The player calls it after its first paint, so a part is ready before
 * the person reaches it; tests and apps that want no loading state can await it before rendering.
 */
export function preloadSessionPlayer(): Promise<unknown> {
  const parts = [LazySessionMedia, LazyPainAnswer, LazySessionFeedback, LazySessionSummary];
  return Promise.all([...parts.map((part) => part.preload()), loadAudioCues()]);
}
