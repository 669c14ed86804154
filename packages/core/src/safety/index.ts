export * from "./exercise-safety";
export * from "./inspect-exercise";
