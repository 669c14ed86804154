// Everything the player loads after its first paint, as one chunk (lazy-parts.tsx): each separate `import()`
// would split the code it shares with the entry into more up-front chunks, each with its own gzip and import
// overhead (about 1 kB gzip for the player's five parts, issue #17).
export { createAudioCues } from "./audio-cues";
export { PainAnswer } from "./pain-answer";
export { SessionFeedback } from "./session-feedback";
export { SessionMedia } from "./session-media";
export { SessionSummary } from "./session-summary";
