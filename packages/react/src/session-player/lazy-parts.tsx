import { lazyPart } from "../internal/lazy-part";

// Parts of the player that are not needed for its first paint, each split off its entry chunk (issue #17):
// the demonstration (video or movement demo), the pain scale (Radix Slider), the end-of-session questions and the
// summary. Safety text never comes from here: red flags, the pain verdict and the ended screen are in the entry.

/** The exercise's video, movement demo or start position. */
export const LazySessionMedia = lazyPart(() => import("./session-media").then((m) => m.SessionMedia));

/** The 0–10 scale of "Skip, it hurts" (its verdict and warning signs render in the entry, around it). */
export const LazyPainScale = lazyPart(() => import("../pain-check/pain-scale").then((m) => m.PainScale));

/** The questions at the end of a session. */
export const LazySessionFeedback = lazyPart(() => import("./session-feedback").then((m) => m.SessionFeedback));

/** What was done, once the session is complete. */
export const LazySessionSummary = lazyPart(() => import("./session-summary").then((m) => m.SessionSummary));

/**
 * Loads every lazy part of SessionPlayer. The player calls it after its first paint, so a part is ready before
 * the person reaches it; tests and apps that want no loading state can await it before rendering.
 */
export function preloadSessionPlayer(): Promise<unknown> {
  return Promise.all(
    [LazySessionMedia, LazyPainScale, LazySessionFeedback, LazySessionSummary].map((part) => part.preload()),
  );
}
