export const library = { exercises: [], programmes: [] };
