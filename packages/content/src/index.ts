export const library = { exercises: [], programmes: [] };
export * from "./demos";
