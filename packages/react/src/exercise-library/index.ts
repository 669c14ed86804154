"use client";
export { ExerciseLibrary, type ExerciseLibraryProps } from "./exercise-library";
export {
  EMPTY_LIBRARY_FILTERS,
  type ExerciseLibraryFilters,
  type ExerciseLibrarySort,
  libraryFiltersFromSearchParams,
  libraryFiltersToSearchParams,
} from "./library-filters";
