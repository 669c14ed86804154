export * from "./describe-progress";
export * from "./progress-summary";
export * from "./progress-types";
