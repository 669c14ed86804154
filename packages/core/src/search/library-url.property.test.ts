// Property: the URL codec loses nothing for any filter state, and reading any string at all gives a valid state.

import { fuzzParameters, hostileString, withinBound } from "@movekit/fixtures/fuzz-arbitraries";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ID_PATTERN } from "../model/identifiers";
import { BODY_REGIONS, DIFFICULTIES, GOALS, POSITIONS } from "../model/vocabulary";
import { type ExerciseLibraryFilters, LIBRARY_FACETS, LIBRARY_SORTS } from "./library-filters";
import { LIBRARY_URL_PARAMS, libraryFiltersFromSearchParams, libraryFiltersToSearchParams } from "./library-url";

// Search text as a person can type it: any well-formed Unicode, markup, URL syntax (& = ? # %) and spaces.
const query = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom("&", "=", "?", "#", "%", "+", " ", "a", "é", "😀", "\u200B"), maxLength: 12 }),
);

const filters: fc.Arbitrary<ExerciseLibraryFilters> = fc.record({
  query,
  bodyRegions: fc.shuffledSubarray([...BODY_REGIONS]),
  equipment: fc.uniqueArray(fc.stringMatching(ID_PATTERN), { maxLength: 5 }),
  positions: fc.shuffledSubarray([...POSITIONS]),
  difficulties: fc.shuffledSubarray([...DIFFICULTIES]),
  goals: fc.shuffledSubarray([...GOALS]),
  noEquipment: fc.boolean(),
  sort: fc.constantFrom(...LIBRARY_SORTS),
});

const PARAM_NAMES = ["q", "sort", "no-equipment", ...Object.values(LIBRARY_URL_PARAMS)];
// Query strings built from the parameters the codec knows, with made-up and hostile values.
const nearMiss = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...PARAM_NAMES), hostileString),
      fc.oneof(hostileString, fc.constantFrom("1", "hip", "name")),
    ),
    { maxLength: 8 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));

function expectValid(read: ExerciseLibraryFilters): void {
  expect(typeof read.query).toBe("string");
  expect(typeof read.noEquipment).toBe("boolean");
  expect(LIBRARY_SORTS).toContain(read.sort);
  const vocab = { bodyRegions: BODY_REGIONS, positions: POSITIONS, difficulties: DIFFICULTIES, goals: GOALS };
  for (const facet of LIBRARY_FACETS) {
    const values = read[facet] as readonly string[];
    expect(new Set(values).size).toBe(values.length);
    const allowed = (v: string) =>
      facet === "equipment" ? ID_PATTERN.test(v) : (vocab[facet] as readonly string[]).includes(v);
    expect(values.filter((v) => !allowed(v))).toEqual([]);
  }
}

describe("library URL codec", () => {
  it("reads back exactly the filters it wrote, for every filter state", () => {
    fc.assert(
      fc.property(filters, (state) => {
        const written = libraryFiltersToSearchParams(state);
        expect(libraryFiltersFromSearchParams(written)).toEqual(state);
        // Through the address bar too: as a string, with its question mark.
        expect(libraryFiltersFromSearchParams(`?${written.toString()}`)).toEqual(state);
      }),
      fuzzParameters(300),
    );
  });

  it("reads any string without throwing and always gives a valid filter state", () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, nearMiss), (input) => {
        expectValid(withinBound("libraryFiltersFromSearchParams", () => libraryFiltersFromSearchParams(input)));
      }),
      fuzzParameters(),
    );
  });

  // Linear by construction (one pass of URLSearchParams, Set lookups, one anchored regex without nested
  // quantifiers); these inputs would hang a quadratic or backtracking reader. `pnpm fuzz` also bounds each call.
  it("reads very long and repetitive query strings", () => {
    const huge = [
      "&".repeat(200_000),
      `equipment=${"a-".repeat(50_000)}!`,
      "region=hip&".repeat(20_000),
      `q=${"%".repeat(100_000)}`,
      `sort=${"name".repeat(50_000)}`,
    ];
    for (const input of huge) expectValid(libraryFiltersFromSearchParams(input));
    expect(libraryFiltersFromSearchParams("region=hip&".repeat(20_000)).bodyRegions).toEqual(["hip"]);
  });

  it("turns a lone surrogate in the search text into U+FFFD, as every URL does", () => {
    const written = libraryFiltersToSearchParams({ ...libraryFiltersFromSearchParams(""), query: "a\uD83Db" });
    expect(libraryFiltersFromSearchParams(written).query).toBe("a\uFFFDb");
  });
});
