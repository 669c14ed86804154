export * from "./check-in-readings";
export * from "./evaluate-check-in";
export * from "./evaluate-pain";
export * from "./safety-scale";
