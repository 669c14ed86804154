import { collator } from "../i18n/intl-cache";
import type { Locale } from "../i18n/locale";
import { DEFAULT_LOCALE, resolveLocale } from "../i18n/locale";
import type { Exercise } from "../model/exercise-schema";
import type { LocalizedText } from "../model/localized-text";
import {
  BODY_REGIONS,
  type BodyRegion,
  CATEGORIES,
  type Category,
  DIFFICULTIES,
  type Difficulty,
  GOALS,
  type Goal,
  POSITIONS,
  type Position,
} from "../model/vocabulary";
import { normaliseText } from "./normalise-text";

export interface SearchQuery {
  /** Words to find in names, aliases and cues; every word must match. Accents and case are ignored. */
  text?: string;
  /** Each facet keeps exercises matching any of its values; facets combine with AND. */
  bodyRegions?: readonly BodyRegion[];
  /** Exercises that use any of these equipment ids. */
  equipment?: readonly string[];
  /** Only exercises that need no equipment (optional kit is allowed). */
  noEquipment?: boolean;
  positions?: readonly Position[];
  difficulties?: readonly Difficulty[];
  goals?: readonly Goal[];
  categories?: readonly Category[];
  /**
   * Result order: best text match first (`relevance`, library order when there is no text), by name in the
   * index's language, or easiest first. Ties keep the library's order.
   * @default "relevance"
   */
  sort?: SearchSort;
}

export type SearchSort = "relevance" | "name" | "difficulty";

interface IndexEntry {
  exercise: Exercise;
  order: number;
  /** The name as a reader sees it in the index's locale, for sorting by name. */
  displayName: string;
  name: string;
  aliases: string;
  cues: string;
  /** name, aliases and cues together, for a quick "does every word occur" test. */
  all: string;
  equipment: readonly string[];
  needsNoEquipment: boolean;
}

export interface SearchIndex {
  locale: Locale;
  entries: readonly IndexEntry[];
  /** Every equipment id in the library with its name, for filter labels. */
  equipment: ReadonlyMap<string, LocalizedText>;
}

function texts(text: LocalizedText, locale: Locale): string[] {
  const own = text[locale];
  const fallback = text["en-GB"];
  return own && own !== fallback ? [own, fallback] : [fallback];
}

/**
 * Precomputes folded text for each exercise once, so each query is only substring checks. Text in `locale`
 * and in en-GB is searched, so fallback text is findable too.
 */
export function createSearchIndex(exercises: readonly Exercise[], locale?: Locale | string): SearchIndex {
  const resolved = resolveLocale(locale);
  const equipment = new Map<string, LocalizedText>();
  const entries = exercises.map((exercise, order) => {
    for (const item of exercise.equipment) if (!equipment.has(item.id)) equipment.set(item.id, item.name);
    const aliasList = [...(exercise.aliases[resolved] ?? []), ...(exercise.aliases[DEFAULT_LOCALE] ?? [])];
    const name = normaliseText(texts(exercise.name, resolved).join(" "));
    const aliases = normaliseText(aliasList.join(" "));
    const cues = normaliseText(exercise.cues.flatMap((cue) => texts(cue.text, resolved)).join(" "));
    return {
      exercise,
      order,
      displayName: texts(exercise.name, resolved)[0] ?? "",
      name,
      aliases,
      cues,
      all: `${name}|${aliases}|${cues}`,
      equipment: exercise.equipment.map((item) => item.id),
      needsNoEquipment: exercise.equipment.every((item) => item.optional),
    };
  });
  return { locale: resolved, entries, equipment };
}

const anyOf = <T>(wanted: readonly T[] | undefined, has: (value: T) => boolean) =>
  !wanted || wanted.length === 0 || wanted.some(has);

type Facet = "bodyRegions" | "equipment" | "noEquipment" | "positions" | "difficulties" | "goals" | "categories";

function facetMatches(entry: IndexEntry, query: SearchQuery, facet: Facet): boolean {
  const e = entry.exercise;
  switch (facet) {
    case "bodyRegions":
      return anyOf(query.bodyRegions, (r) => e.bodyRegions.includes(r));
    case "equipment":
      return anyOf(query.equipment, (id) => entry.equipment.includes(id));
    case "noEquipment":
      return !query.noEquipment || entry.needsNoEquipment;
    case "positions":
      return anyOf(query.positions, (p) => e.position === p);
    case "difficulties":
      return anyOf(query.difficulties, (d) => e.difficulty === d);
    case "goals":
      return anyOf(query.goals, (g) => e.goals.includes(g));
    case "categories":
      return anyOf(query.categories, (c) => e.category === c);
  }
}

const FACETS: readonly Facet[] = [
  "bodyRegions",
  "equipment",
  "noEquipment",
  "positions",
  "difficulties",
  "goals",
  "categories",
];

/** Only the facets the query filters on, so unfiltered facets cost nothing per exercise. */
function activeFacets(query: SearchQuery): Facet[] {
  return FACETS.filter((facet) => {
    const value = query[facet];
    return Array.isArray(value) ? value.length > 0 : Boolean(value);
  });
}

/** 0 when a word is missing; otherwise higher for matches in the name, then aliases, then cues. */
function textScore(entry: IndexEntry, words: readonly string[], phrase: string): number {
  for (const word of words) if (!entry.all.includes(word)) return 0;
  let score = 0;
  for (const word of words) {
    if (entry.name.includes(word)) score += entry.name.startsWith(word) || entry.name.includes(` ${word}`) ? 6 : 4;
    else if (entry.aliases.includes(word)) score += 3;
    else if (entry.cues.includes(word)) score += 1;
    else return 0;
  }
  if (words.length > 1 && entry.name.includes(phrase)) score += 5;
  return score;
}

/** Exercises matching the query: best text matches first, otherwise in library order. */
export function searchExercises(index: SearchIndex, query: SearchQuery = {}): Exercise[] {
  const phrase = normaliseText(query.text ?? "");
  const words = phrase ? phrase.split(" ") : [];
  const facets = activeFacets(query);
  const hits: Array<{ entry: IndexEntry; score: number }> = [];
  for (const entry of index.entries) {
    if (!facets.every((facet) => facetMatches(entry, query, facet))) continue;
    const score = words.length > 0 ? textScore(entry, words, phrase) : 1;
    if (score > 0) hits.push({ entry, score });
  }
  const sort = query.sort ?? "relevance";
  if (sort === "name") {
    const collator = localeCollator(index.locale);
    hits.sort((a, b) => collator.compare(a.entry.displayName, b.entry.displayName) || a.entry.order - b.entry.order);
  } else if (sort === "difficulty") {
    hits.sort((a, b) => difficultyRank(a.entry) - difficultyRank(b.entry) || a.entry.order - b.entry.order);
  } else if (words.length > 0) {
    return byScore(hits);
  }
  return hits.map((hit) => hit.entry.exercise);
}

/**
 * Best score first, ties in library order. Scores are small whole numbers, so the hits are bucketed by score
 * (one pass, no comparisons) instead of sorted: a one-letter query matches nearly every exercise.
 */
function byScore(hits: ReadonlyArray<{ entry: IndexEntry; score: number }>): Exercise[] {
  const buckets: Exercise[][] = [];
  for (const hit of hits) {
    const bucket = buckets[hit.score];
    if (bucket) bucket.push(hit.entry.exercise);
    else buckets[hit.score] = [hit.entry.exercise];
  }
  const ordered: Exercise[] = [];
  for (let score = buckets.length - 1; score > 0; score--) {
    const bucket = buckets[score];
    if (bucket) for (const exercise of bucket) ordered.push(exercise);
  }
  return ordered;
}

/** A shared, accent- and case-insensitive collator for `locale`. */
export const localeCollator = (locale: Locale): Intl.Collator =>
  collator(locale, { sensitivity: "base", numeric: true });

const difficultyRank = (entry: IndexEntry) => DIFFICULTIES.indexOf(entry.exercise.difficulty);

export interface FacetCounts {
  /** Exercises matching the whole query. */
  total: number;
  bodyRegions: Record<BodyRegion, number>;
  positions: Record<Position, number>;
  difficulties: Record<Difficulty, number>;
  goals: Record<Goal, number>;
  categories: Record<Category, number>;
  equipment: Record<string, number>;
  /** Exercises that need no equipment. */
  noEquipment: number;
}

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * How many exercises each filter value would give. Each facet is counted with the other facets applied but
 * not its own, so choosing a second value in the same facet shows how many it adds.
 */
export function facetCounts(index: SearchIndex, query: SearchQuery = {}): FacetCounts {
  const counts: FacetCounts = {
    total: 0,
    bodyRegions: zeroes(BODY_REGIONS),
    positions: zeroes(POSITIONS),
    difficulties: zeroes(DIFFICULTIES),
    goals: zeroes(GOALS),
    categories: zeroes(CATEGORIES),
    equipment: Object.fromEntries([...index.equipment.keys()].map((id) => [id, 0])),
    noEquipment: 0,
  };
  const phrase = normaliseText(query.text ?? "");
  const words = phrase ? phrase.split(" ") : [];
  for (const entry of index.entries) {
    if (words.length > 0 && textScore(entry, words, phrase) === 0) continue;
    const matches = FACETS.map((facet) => facetMatches(entry, query, facet));
    const allBut = (facet: Facet) => matches.every((ok, i) => ok || FACETS[i] === facet);
    const e = entry.exercise;
    if (matches.every(Boolean)) counts.total += 1;
    if (allBut("bodyRegions")) for (const r of e.bodyRegions) counts.bodyRegions[r] += 1;
    if (allBut("positions")) counts.positions[e.position] += 1;
    if (allBut("difficulties")) counts.difficulties[e.difficulty] += 1;
    if (allBut("goals")) for (const g of e.goals) counts.goals[g] += 1;
    if (allBut("categories")) counts.categories[e.category] += 1;
    if (allBut("equipment"))
      for (const id of new Set(entry.equipment)) counts.equipment[id] = (counts.equipment[id] ?? 0) + 1;
    if (allBut("noEquipment") && entry.needsNoEquipment) counts.noEquipment += 1;
  }
  return counts;
}
