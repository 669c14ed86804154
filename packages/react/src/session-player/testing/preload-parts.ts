import { LazyPainPrompt, LazySessionFeedback, LazySessionMedia, LazySessionSummary } from "../session-parts";

/**
 * Loads every on-demand part before a test starts its clock: those tests are about the session, not chunk
 * loading, and a first import under a busy machine's dev server can take seconds. What a person sees while a
 * part loads is tested in session-player-lazy.test.tsx.
 */
export function preloadSessionPartsForTests(): Promise<unknown> {
  return Promise.all(
    [LazySessionMedia, LazyPainPrompt, LazySessionFeedback, LazySessionSummary].map((p) => p.preload()),
  );
}
