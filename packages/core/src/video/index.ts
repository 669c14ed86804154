export { videoMessages } from "../i18n/messages/video";
export * from "./chapters";
export * from "./format-time";
export * from "./shortcuts";
export * from "./sources";
export * from "./webvtt";
