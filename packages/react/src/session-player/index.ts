"use client";
export type { SessionClock } from "./use-session";
export { SessionPlayer, type SessionPlayerProps } from "./session-player";
