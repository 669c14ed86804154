import {
  BODY_REGIONS,
  type BodyRegion,
  DIFFICULTIES,
  type Difficulty,
  GOALS,
  type Goal,
  ID_PATTERN,
  POSITIONS,
  type Position,
  type SearchSort,
} from "@movekit/core";

/** How results are ordered. `relevance` is the search ranking (library order when there is no query). */
/** How results are ordered; core's search does the ordering. */
export type ExerciseLibrarySort = SearchSort;

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

/** Fills in what a partial filter object (say, parsed from a URL) leaves out. */
export function completeFilters(partial: Partial<ExerciseLibraryFilters> | undefined): ExerciseLibraryFilters {
  return { ...EMPTY_LIBRARY_FILTERS, ...partial };
}

/** True when anything narrows the results (the order does not). */
export function hasActiveFilters(filters: ExerciseLibraryFilters): boolean {
  return (
    filters.query.trim() !== "" || filters.noEquipment || LIBRARY_FACETS.some((facet) => filters[facet].length > 0)
  );
}

/** The same filters with the search text and every facet cleared; the order is kept. */
export function clearedFilters(filters: ExerciseLibraryFilters): ExerciseLibraryFilters {
  return { ...EMPTY_LIBRARY_FILTERS, sort: filters.sort };
}

/** A stable string for a filter object, so equal filters from a host (a fresh object each render) compare equal. */
export function filtersKey(filters: ExerciseLibraryFilters): string {
  return JSON.stringify([
    filters.query,
    filters.sort,
    filters.noEquipment,
    ...LIBRARY_FACETS.map((facet) => [...filters[facet]].sort()),
  ]);
}

const PARAM: Record<LibraryFacet, string> = {
  bodyRegions: "region",
  equipment: "equipment",
  positions: "position",
  difficulties: "difficulty",
  goals: "goal",
};

/**
 * The filters as URL search parameters (`?q=bridge&region=hip&region=knee&sort=name`), leaving out defaults,
 * for hosts that keep the library's state in the address bar.
 */
export function libraryFiltersToSearchParams(filters: ExerciseLibraryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query) params.set("q", filters.query);
  for (const facet of LIBRARY_FACETS) for (const id of filters[facet]) params.append(PARAM[facet], id);
  if (filters.noEquipment) params.set("no-equipment", "1");
  if (filters.sort !== "relevance") params.set("sort", filters.sort);
  return params;
}

const SORTS: readonly ExerciseLibrarySort[] = ["relevance", "name", "difficulty"];

const ALLOWED: Record<LibraryFacet, (value: string) => boolean> = {
  bodyRegions: (value) => (BODY_REGIONS as readonly string[]).includes(value),
  equipment: (value) => ID_PATTERN.test(value),
  positions: (value) => (POSITIONS as readonly string[]).includes(value),
  difficulties: (value) => (DIFFICULTIES as readonly string[]).includes(value),
  goals: (value) => (GOALS as readonly string[]).includes(value),
};

/**
 * Reads what `libraryFiltersToSearchParams` wrote. Values the vocabularies do not know are dropped and an
 * unknown sort falls back to relevance, so a hand-edited URL cannot put the library in a strange state.
 */
export function libraryFiltersFromSearchParams(params: URLSearchParams): ExerciseLibraryFilters {
  const sort = params.get("sort") as ExerciseLibrarySort | null;
  const facets = Object.fromEntries(
    LIBRARY_FACETS.map((facet) => [facet, [...new Set(params.getAll(PARAM[facet]))].filter(ALLOWED[facet])]),
  );
  return completeFilters({
    ...facets,
    query: params.get("q") ?? "",
    noEquipment: params.get("no-equipment") === "1",
    sort: sort && SORTS.includes(sort) ? sort : "relevance",
  });
}
