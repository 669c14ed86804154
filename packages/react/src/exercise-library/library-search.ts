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
  localize,
  type MessageKey,
  POSITIONS,
  registerMessages,
  resolveLocale,
  type SearchIndex,
  type SearchQuery,
  searchExercises,
  type Translator,
  vocabMessages,
} from "@movekit/core";
import type { FacetOption, FacetOptions } from "./library-facets";
import type { ExerciseLibraryFilters } from "./library-filters";

registerMessages(vocabMessages);

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
  };
}

const collators = new Map<Locale, Intl.Collator>();
/** One collator per locale: building one costs more than sorting a page of names. */
function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

const DIFFICULTY_RANK = new Map<string, number>(DIFFICULTIES.map((difficulty, rank) => [difficulty, rank]));

/** Orders core's results (already ranked by relevance) by name or difficulty; ties keep core's order. */
function sortResults(results: Exercise[], filters: ExerciseLibraryFilters, locale: Locale): Exercise[] {
  if (filters.sort === "relevance") return results;
  if (filters.sort === "difficulty")
    return results.sort((a, b) => (DIFFICULTY_RANK.get(a.difficulty) ?? 0) - (DIFFICULTY_RANK.get(b.difficulty) ?? 0));
  const collator = collatorFor(locale);
  const names = new Map(results.map((exercise) => [exercise, localize(exercise.name, locale).text]));
  return results.sort((a, b) => collator.compare(names.get(a) ?? "", names.get(b) ?? ""));
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
 * The exercises matching `filters`, in the chosen order. Without an index (allowed only while nothing narrows
 * the results) every exercise is a result.
 */
export function searchResults(
  index: SearchIndex | undefined,
  exercises: readonly Exercise[],
  filters: ExerciseLibraryFilters,
  locale: Locale | string,
): readonly Exercise[] {
  const resolved = resolveLocale(String(locale));
  const found = index ? searchExercises(index, toSearchQuery(filters)) : [...exercises];
  return sortResults(found, filters, resolved);
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
  const collator = collatorFor(resolved);
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
