export * from "./exercise-safety";
export * from "./inspect-exercise";
export * from "./safety-lines";
