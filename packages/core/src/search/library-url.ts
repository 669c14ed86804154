// The library's filters in the address bar, for hosts that keep the library's state in the URL (shareable,
// survives a reload, works with the back button). Reading is total: any string gives a valid filter state.
import { ID_PATTERN } from "../model/patterns";
import { BODY_REGIONS, DIFFICULTIES, GOALS, POSITIONS } from "../model/vocabulary";
import {
  completeLibraryFilters,
  type ExerciseLibraryFilters,
  type ExerciseLibrarySort,
  LIBRARY_FACETS,
  LIBRARY_SORTS,
  type LibraryFacet,
} from "./library-filters";

/** The URL parameter for each facet (singular, as a person would type it). */
export const LIBRARY_URL_PARAMS: Readonly<Record<LibraryFacet, string>> = Object.freeze({
  bodyRegions: "region",
  equipment: "equipment",
  positions: "position",
  difficulties: "difficulty",
  goals: "goal",
});

/**
 * The filters as URL search parameters (`?q=bridge&region=hip&region=knee&sort=name`), leaving out defaults.
 * Facet choices keep their order; `libraryFiltersFromSearchParams` reads back the same filters.
 */
export function libraryFiltersToSearchParams(filters: ExerciseLibraryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query) params.set("q", filters.query);
  for (const facet of LIBRARY_FACETS) for (const id of filters[facet]) params.append(LIBRARY_URL_PARAMS[facet], id);
  if (filters.noEquipment) params.set("no-equipment", "1");
  if (filters.sort !== "relevance") params.set("sort", filters.sort);
  return params;
}

const known = (values: readonly string[]) => {
  const set = new Set(values);
  return (value: string) => set.has(value);
};

// Set lookups and one anchored regex without nested quantifiers: each value is checked in time linear in its length.
const ALLOWED: Record<LibraryFacet, (value: string) => boolean> = {
  bodyRegions: known(BODY_REGIONS),
  equipment: (value) => ID_PATTERN.test(value),
  positions: known(POSITIONS),
  difficulties: known(DIFFICULTIES),
  goals: known(GOALS),
};
const isSort = known(LIBRARY_SORTS);

/**
 * Reads what `libraryFiltersToSearchParams` wrote, from `URLSearchParams` or a query string (`"?q=…"` or
 * `"q=…"`). Never throws: values the vocabularies do not know and repeated choices are dropped, an unknown sort
 * falls back to relevance, so a hand-edited or hostile URL cannot put the library in a strange state.
 */
export function libraryFiltersFromSearchParams(input: URLSearchParams | string): ExerciseLibraryFilters {
  const params = typeof input === "string" ? new URLSearchParams(input) : input;
  const sort = params.get("sort") ?? "";
  const facets = Object.fromEntries(
    LIBRARY_FACETS.map((facet) => [
      facet,
      [...new Set(params.getAll(LIBRARY_URL_PARAMS[facet]))].filter(ALLOWED[facet]),
    ]),
  );
  return completeLibraryFilters({
    ...facets,
    query: params.get("q") ?? "",
    noEquipment: params.get("no-equipment") === "1",
    sort: isSort(sort) ? (sort as ExerciseLibrarySort) : "relevance",
  });
}
