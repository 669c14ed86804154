export { sessionMessages } from "../i18n/messages/session";
export * from "./announce";
export * from "./session-log";
export * from "./session-machine";
export * from "./session-plan";
export * from "./session-progress";
export * from "./session-saved";
export * from "./session-text";
export * from "./session-view";
