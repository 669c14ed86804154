export * from "./figure";
export * from "./motion";
export * from "./pose";
