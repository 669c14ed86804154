export * from "./library-filters";
export * from "./library-results";
export * from "./library-url";
export * from "./normalise-text";
export * from "./search-exercises";
