"use client";
export { preloadSessionPlayer, SessionPlayer, type SessionPlayerProps } from "./session-player";
export type { SessionClock } from "./use-session";
