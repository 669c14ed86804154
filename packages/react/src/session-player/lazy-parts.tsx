import { lazyPart } from "../internal/lazy-part";

// Parts of the player that are not needed for its first paint, split off its entry chunk (issue #17): the
// demonstration (video or movement demo), the pain scale with its advice, the end-of-session questions, the
// summary and the sound. Red flags, the stop controls and the ended screen are in the entry. All of them come
// from one `import()`: each separate one would split the code it shares with the entry into more up-front chunks.
const later = () => import("./later-parts");

/** The exercise's video, movement demo or start position. */
export const LazySessionMedia = lazyPart(() => later().then((m) => m.SessionMedia));

/**
 * The 0–10 scale of "Skip, it hurts" and the verdict's advice, together: a score, and so a verdict, exists only
 * once this part is here. The stop controls and warning signs render in the entry, around it.
 */
export const LazyPainAnswer = lazyPart(() => later().then((m) => m.PainAnswer));

/** The questions at the end of a session. */
export const LazySessionFeedback = lazyPart(() => later().then((m) => m.SessionFeedback));

/** What was done, once the session is complete. */
export const LazySessionSummary = lazyPart(() => later().then((m) => m.SessionSummary));

/** The code of the optional sound: the player preloads it, and turning sound on waits for it. */
export const loadAudioCues = (): Promise<typeof import("./audio-cues")> => later();

/**
 * Loads every lazy part of SessionPlayer. The player calls it after its first paint, so a part is ready before
 * the person reaches it; tests and apps that want no loading state can await it before rendering.
 */
export function preloadSessionPlayer(): Promise<unknown> {
  const parts = [LazySessionMedia, LazyPainAnswer, LazySessionFeedback, LazySessionSummary];
  return Promise.all([...parts.map((part) => part.preload()), loadAudioCues()]);
}
