import { describe, expect, it } from "vitest";
import {
  clearLibraryFilters,
  completeLibraryFilters as completeFilters,
  EMPTY_LIBRARY_FILTERS,
  libraryFiltersKey as filtersKey,
  hasActiveLibraryFilters as hasActiveFilters,
  toggleLibraryFacet,
} from "./library-filters";
import { libraryFiltersFromSearchParams, libraryFiltersToSearchParams } from "./library-url";

describe("library filters", () => {
  it("writes only what differs from the defaults to the URL and reads it back", () => {
    const filters = completeFilters({
      query: "glute bridge",
      bodyRegions: ["hip", "knee"],
      equipment: ["resistance-band"],
      noEquipment: true,
      sort: "name",
    });
    const params = libraryFiltersToSearchParams(filters);
    expect(params.toString()).toBe(
      "q=glute+bridge&region=hip&region=knee&equipment=resistance-band&no-equipment=1&sort=name",
    );
    expect(libraryFiltersFromSearchParams(params)).toEqual(filters);
    expect(libraryFiltersToSearchParams(EMPTY_LIBRARY_FILTERS).toString()).toBe("");
  });

  it("drops values a hand-edited URL made up", () => {
    const read = libraryFiltersFromSearchParams(
      new URLSearchParams("region=hip&region=elbowz&difficulty=expert&equipment=Bad%20Id&sort=random&position=prone"),
    );
    expect(read).toEqual(completeFilters({ bodyRegions: ["hip"], positions: ["prone"] }));
  });

  it("knows when anything narrows the results, the order aside", () => {
    expect(hasActiveFilters(completeFilters({ sort: "name" }))).toBe(false);
    expect(hasActiveFilters(completeFilters({ query: "  " }))).toBe(false);
    expect(hasActiveFilters(completeFilters({ goals: ["balance"] }))).toBe(true);
    expect(hasActiveFilters(completeFilters({ noEquipment: true }))).toBe(true);
  });

  it("gives equal filters the same key whatever the order of choices", () => {
    expect(filtersKey(completeFilters({ bodyRegions: ["hip", "knee"] }))).toBe(
      filtersKey(completeFilters({ bodyRegions: ["knee", "hip"] })),
    );
    expect(filtersKey(completeFilters({ query: "a" }))).not.toBe(filtersKey(completeFilters({ query: "b" })));
  });

  it("adds a facet choice once and removes it, keeping the other choices in order", () => {
    const hip = toggleLibraryFacet(EMPTY_LIBRARY_FILTERS, "bodyRegions", "hip", true);
    const both = toggleLibraryFacet(hip, "bodyRegions", "knee", true);
    expect(both.bodyRegions).toEqual(["hip", "knee"]);
    expect(toggleLibraryFacet(both, "bodyRegions", "knee", true).bodyRegions).toEqual(["hip", "knee"]);
    expect(toggleLibraryFacet(both, "bodyRegions", "hip", false).bodyRegions).toEqual(["knee"]);
    expect(EMPTY_LIBRARY_FILTERS.bodyRegions).toEqual([]);
  });

  it("clears every narrowing choice but keeps the order", () => {
    const busy = completeFilters({ query: "plank", goals: ["balance"], noEquipment: true, sort: "difficulty" });
    expect(clearLibraryFilters(busy)).toEqual(completeFilters({ sort: "difficulty" }));
  });

  it("reads a query string with or without its question mark", () => {
    expect(libraryFiltersFromSearchParams("?q=bridge&goal=balance")).toEqual(
      completeFilters({ query: "bridge", goals: ["balance"] }),
    );
    expect(libraryFiltersFromSearchParams("q=bridge")).toEqual(completeFilters({ query: "bridge" }));
  });
});
