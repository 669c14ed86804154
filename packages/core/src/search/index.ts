export * from "./normalise-text";
export * from "./search-exercises";
