// The exercise library's filter state as plain data: what the search box, the facets and the sort hold. Any UI
// (the React ExerciseLibrary, a server page reading the URL) works on this model; core's search consumes it.
import type { BodyRegion, Difficulty, Goal, Position } from "../model/vocabulary";
import type { SearchQuery, SearchSort } from "./search-exercises";

/** How results are ordered; `relevance` is the search ranking (library order when there is no query). */
export type ExerciseLibrarySort = SearchSort;

/** Every order the library offers, in display order. */
export const LIBRARY_SORTS: readonly ExerciseLibrarySort[] = Object.freeze(["relevance", "name", "difficulty"]);

/**
 * What the library shows: the search text, the facet selections and the order. Within a facet the choices
 * are alternatives (hip OR knee); different facets narrow each other (hip AND beginner).
 */
export interface ExerciseLibraryFilters {
  /** Search text. */
  query: string;
  bodyRegions: BodyRegion[];
  /** Equipment ids. */
  equipment: string[];
  positions: Position[];
  difficulties: Difficulty[];
  goals: Goal[];
  /** Only exercises that need no equipment. */
  noEquipment: boolean;
  sort: ExerciseLibrarySort;
}

/** The facets shown as checkbox groups, in display order. */
export const LIBRARY_FACETS = ["bodyRegions", "equipment", "positions", "difficulties", "goals"] as const;
export type LibraryFacet = (typeof LIBRARY_FACETS)[number];

export const EMPTY_LIBRARY_FILTERS: ExerciseLibraryFilters = Object.freeze({
  query: "",
  bodyRegions: [],
  equipment: [],
  positions: [],
  difficulties: [],
  goals: [],
  noEquipment: false,
  sort: "relevance",
}) as ExerciseLibraryFilters;

/** Fills in what a partial filter object (a host's `value`, say) leaves out. */
export function completeLibraryFilters(partial: Partial<ExerciseLibraryFilters> | undefined): ExerciseLibraryFilters {
  return { ...EMPTY_LIBRARY_FILTERS, ...partial };
}

/** True when anything narrows the results (the order does not). */
export function hasActiveLibraryFilters(filters: ExerciseLibraryFilters): boolean {
  return (
    filters.query.trim() !== "" || filters.noEquipment || LIBRARY_FACETS.some((facet) => filters[facet].length > 0)
  );
}

/** The same filters with the search text and every facet cleared; the order is kept. */
export function clearLibraryFilters(filters: ExerciseLibraryFilters): ExerciseLibraryFilters {
  return { ...EMPTY_LIBRARY_FILTERS, sort: filters.sort };
}

/** The filters with one facet choice added (`checked`) or removed; choosing twice keeps one entry. */
export function toggleLibraryFacet(
  filters: ExerciseLibraryFilters,
  facet: LibraryFacet,
  option: string,
  checked: boolean,
): ExerciseLibraryFilters {
  const list = filters[facet] as readonly string[];
  const without = list.filter((item) => item !== option);
  return { ...filters, [facet]: checked ? [...without, option] : without };
}

/** A stable string for a filter object, so equal filters from a host (a fresh object each render) compare equal. */
export function libraryFiltersKey(filters: ExerciseLibraryFilters): string {
  return JSON.stringify([
    filters.query,
    filters.sort,
    filters.noEquipment,
    ...LIBRARY_FACETS.map((facet) => [...filters[facet]].sort()),
  ]);
}

/** The filters as core's search query. */
export function libraryFiltersToSearchQuery(filters: ExerciseLibraryFilters): SearchQuery {
  return {
    text: filters.query,
    bodyRegions: filters.bodyRegions,
    equipment: filters.equipment,
    noEquipment: filters.noEquipment,
    positions: filters.positions,
    difficulties: filters.difficulties,
    goals: filters.goals,
    sort: filters.sort,
  };
}
