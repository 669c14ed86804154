// Bridges the library's filter state to @movekit/core's search. Matching, ranking and facet counts are core's;
// this file only builds the index once per library, maps filters to a SearchQuery and labels the options.
import {
  BODY_REGIONS,
  createSearchIndex,
  DIFFICULTIES,
  type Exercise,
  type FacetCounts,
  facetCounts,
  GOALS,
  type Locale,
  localeCollator,
  localize,
  type MessageKey,
  POSITIONS,
  resolveLocale,
  type SearchIndex,
  type SearchQuery,
  searchExercises,
  type Translator,
} from "@movekit/core";
import type { FacetOption, FacetOptions } from "./library-facets";
import type { ExerciseLibraryFilters } from "./library-filters";

// One index per library array and locale, shared by every ExerciseLibrary showing it and kept across
// remounts; it goes away with the array.
const indexes = new WeakMap<readonly Exercise[], Map<Locale, SearchIndex>>();

/** The index for `exercises` in `locale` if it has been built already. */
export function peekSearchIndex(exercises: readonly Exercise[], locale: Locale | string): SearchIndex | undefined {
  return indexes.get(exercises)?.get(resolveLocale(String(locale)));
}

/** core's search index for `exercises` in `locale`, built on first use. */
export function searchIndexFor(exercises: readonly Exercise[], locale: Locale | string): SearchIndex {
  const resolved = resolveLocale(String(locale));
  let byLocale = indexes.get(exercises);
  if (!byLocale) {
    byLocale = new Map();
    indexes.set(exercises, byLocale);
  }
  let index = byLocale.get(resolved);
  if (!index) {
    index = createSearchIndex(exercises, resolved);
    byLocale.set(resolved, index);
  }
  return index;
}

export function toSearchQuery(filters: ExerciseLibraryFilters): SearchQuery {
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

function vocabularyOptions<K extends string>(
  ids: readonly K[],
  counts: Record<K, number>,
  prefix: string,
  t: Translator,
): FacetOption[] {
  return ids.map((id) => ({ id, label: t(`${prefix}.${id}` as MessageKey), count: counts[id] ?? 0 }));
}

/**
 * The exercises matching `filters`, in the chosen order (core's search does both). Without an index (allowed
 * only while nothing narrows the results) every exercise is a result.
 */
export function searchResults(
  index: SearchIndex | undefined,
  exercises: readonly Exercise[],
  filters: ExerciseLibraryFilters,
  locale: Locale | string,
): readonly Exercise[] {
  // Without an index nothing narrows the results; only a chosen order needs the index straight away.
  const ready = index ?? (filters.sort === "relevance" ? undefined : searchIndexFor(exercises, locale));
  return ready ? searchExercises(ready, toSearchQuery(filters)) : exercises;
}

export interface FacetSummary {
  options: FacetOptions;
  noEquipmentCount: number;
}

/** Each facet option, labelled in the reader's language, with how many results choosing it would give. */
export function facetSummary(
  index: SearchIndex,
  filters: ExerciseLibraryFilters,
  locale: Locale | string,
  t: Translator,
): FacetSummary {
  const resolved = resolveLocale(String(locale));
  const counts: FacetCounts = facetCounts(index, toSearchQuery(filters));
  const collator = localeCollator(resolved);
  const equipment = [...index.equipment]
    .map(([id, name]): FacetOption => {
      const label = localize(name, resolved);
      const lang = label.lang === resolved ? undefined : label.lang;
      return { id, label: label.text, lang, count: counts.equipment[id] ?? 0 };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
  return {
    options: {
      bodyRegions: vocabularyOptions(BODY_REGIONS, counts.bodyRegions, "vocab.bodyRegion", t),
      equipment,
      positions: vocabularyOptions(POSITIONS, counts.positions, "vocab.position", t),
      difficulties: vocabularyOptions(DIFFICULTIES, counts.difficulties, "vocab.difficulty", t),
      goals: vocabularyOptions(GOALS, counts.goals, "vocab.goal", t),
    },
    noEquipmentCount: counts.noEquipment,
  };
}
