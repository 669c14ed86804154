// The library's results and facet counts for a filter state, on core's search index. The index is built once
// per exercise array and locale and shared by every view of that array; it goes away with the array.

import type { Locale } from "../i18n/locale";
import { resolveLocale } from "../i18n/locale";
import type { MessageKey, Translator } from "../i18n/translate";
import type { Exercise } from "../model/exercise-schema";
import { localize } from "../model/localize";
import { BODY_REGIONS, DIFFICULTIES, GOALS, POSITIONS } from "../model/vocabulary";
import { type ExerciseLibraryFilters, type LibraryFacet, libraryFiltersToSearchQuery } from "./library-filters";
import { createSearchIndex, facetCounts, localeCollator, type SearchIndex, searchExercises } from "./search-exercises";

const indexes = new WeakMap<readonly Exercise[], Map<Locale, SearchIndex>>();

/** The index for `exercises` in `locale` if it has been built already (building it is the costly step). */
export function peekLibraryIndex(exercises: readonly Exercise[], locale: Locale | string): SearchIndex | undefined {
  return indexes.get(exercises)?.get(resolveLocale(String(locale)));
}

/** core's search index for `exercises` in `locale`, built on first use and cached per array. */
export function libraryIndexFor(exercises: readonly Exercise[], locale: Locale | string): SearchIndex {
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

/**
 * The exercises matching `filters`, in the chosen order. Without an index (allowed only while nothing narrows
 * the results) every exercise is a result in library order; a chosen order builds the index straight away.
 */
export function libraryResults(
  index: SearchIndex | undefined,
  exercises: readonly Exercise[],
  filters: ExerciseLibraryFilters,
  locale: Locale | string,
): readonly Exercise[] {
  const ready = index ?? (filters.sort === "relevance" ? undefined : libraryIndexFor(exercises, locale));
  return ready ? searchExercises(ready, libraryFiltersToSearchQuery(filters)) : exercises;
}

/** One choice in a facet: its id, its label in the reader's language and how many results choosing it gives. */
export interface LibraryFacetOption {
  id: string;
  label: string;
  /** Set when the label is in another language than the reader's (equipment names from content). */
  lang?: string;
  count: number;
}

export type LibraryFacetOptions = Record<LibraryFacet, LibraryFacetOption[]>;

export interface LibraryFacetSummary {
  options: LibraryFacetOptions;
  noEquipmentCount: number;
}

function vocabularyOptions<K extends string>(
  ids: readonly K[],
  counts: Record<K, number>,
  prefix: string,
  t: Translator,
): LibraryFacetOption[] {
  return ids.map((id) => ({ id, label: t(`${prefix}.${id}` as MessageKey), count: counts[id] ?? 0 }));
}

/**
 * Each facet option, labelled in the reader's language (`t` must know the `vocab.*` keys), with how many results
 * choosing it would give. Vocabularies keep their fixed order; equipment, named by content, sorts by its label.
 */
export function libraryFacetSummary(
  index: SearchIndex,
  filters: ExerciseLibraryFilters,
  locale: Locale | string,
  t: Translator,
): LibraryFacetSummary {
  const resolved = resolveLocale(String(locale));
  const counts = facetCounts(index, libraryFiltersToSearchQuery(filters));
  const collator = localeCollator(resolved);
  const equipment = [...index.equipment]
    .map(([id, name]): LibraryFacetOption => {
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
