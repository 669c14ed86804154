export * from "./chapters";
export * from "./format-time";
export * from "./shortcuts";
export * from "./sources";
export * from "./webvtt";
