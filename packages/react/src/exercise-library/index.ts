"use client";
export {
  EMPTY_LIBRARY_FILTERS,
  type ExerciseLibraryFilters,
  type ExerciseLibrarySort,
  libraryFiltersFromSearchParams,
  libraryFiltersToSearchParams,
} from "@movekit/core";
export { ExerciseLibrary, type ExerciseLibraryProps } from "./exercise-library";
export { preloadExerciseLibrary } from "./library-results";
