import { lazyPart } from "./lazy-part";

// The parts of the player the first screen does not show, each in its own chunk. The first screen (the exercise,
// its dose, its warning signs, Start) and the "session ended" screen (which carries the warning signs) stay in the
// entry: safety text never waits for a chunk.

/** The video or movement demo; the written start position stands in while it loads. */
export const LazySessionMedia = lazyPart(() => import("./session-media").then((m) => m.SessionMedia));
/** "Skip, it hurts": the pain scale and the safety verdict. */
export const LazyPainPrompt = lazyPart(() => import("./pain-prompt").then((m) => m.PainPrompt));
/** The end-of-session questions. */
export const LazySessionFeedback = lazyPart(() => import("./session-feedback").then((m) => m.SessionFeedback));
/** What was done, once finished. */
export const LazySessionSummary = lazyPart(() => import("./session-summary").then((m) => m.SessionSummary));

/**
 * Fetches what the person may reach next once the session is under way, so "Skip, it hurts" and the end of the
 * session show at once. Failures are left for the part itself to retry when it is needed.
 */
export function preloadSessionParts(): void {
  for (const part of [LazyPainPrompt, LazySessionFeedback, LazySessionSummary]) void part.preload().catch(() => {});
}
