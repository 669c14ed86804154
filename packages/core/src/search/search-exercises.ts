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
  /** name, aliases and cues together: one check tells that a word is missing, the common case. */
  all: string;
  equipment: readonly string[];
  /** The equipment ids without repeats, for counting. */
  uniqueEquipment: readonly string[];
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
      uniqueEquipment: [...new Set(exercise.equipment.map((item) => item.id))],
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

/** Each facet's bit in a mask of the facets an entry passes. */
const FACET_BIT = Object.fromEntries(FACETS.map((facet, i) => [facet, 1 << i])) as Record<Facet, number>;
const ALL_FACETS = (1 << FACETS.length) - 1;
/** An entry counts towards a facet's options when it passes every other facet. */
const countsFor = (passed: number, facet: Facet) => (passed | FACET_BIT[facet]) === ALL_FACETS;

/** Only the facets the query filters on, so unfiltered facets cost nothing per exercise. */
function activeFacets(query: SearchQuery): Facet[] {
  return FACETS.filter((facet) => {
    const value = query[facet];
    return Array.isArray(value) ? value.length > 0 : Boolean(value);
  });
}

/** A query's text, folded and split once, for scoring every entry against it. */
interface TextQuery {
  words: readonly string[];
  /** Each word with a space before it, to find it at the start of a later word of the name. */
  spaced: readonly string[];
  phrase: string;
}

/** The folded words of `text`, or undefined when it has none (then every exercise matches). */
function textQuery(text: string | undefined): TextQuery | undefined {
  const phrase = normaliseText(text ?? "");
  if (!phrase) return undefined;
  const words = phrase.split(" ");
  return { words, spaced: words.map((word) => ` ${word}`), phrase };
}

/** 0 when a word is missing; otherwise higher for matches in the name, then aliases, then cues. */
function textScore(entry: IndexEntry, { words, spaced, phrase }: TextQuery): number {
  let score = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (!entry.all.includes(word)) return 0;
    if (entry.name.includes(word))
      score += entry.name.startsWith(word) || entry.name.includes(spaced[i] as string) ? 6 : 4;
    else if (entry.aliases.includes(word)) score += 3;
    else score += 1;
  }
  if (words.length > 1 && entry.name.includes(phrase)) score += 5;
  return score;
}

/**
 * Exercises matching the query: best text matches first, otherwise in library order. It runs on every
 * keystroke, so the loop allocates nothing per exercise: scores go into one typed array.
 */
export function searchExercises(index: SearchIndex, query: SearchQuery = {}): Exercise[] {
  const text = textQuery(query.text);
  const facets = activeFacets(query);
  const entries = index.entries;
  const scores = new Uint16Array(entries.length);
  let count = 0;
  let best = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as IndexEntry;
    if (facets.length > 0 && !facets.every((facet) => facetMatches(entry, query, facet))) continue;
    const score = text ? textScore(entry, text) : 1;
    if (score === 0) continue;
    scores[i] = score;
    count += 1;
    if (score > best) best = score;
  }
  const sort = query.sort ?? "relevance";
  if (sort === "relevance" && text) return byScore(entries, scores, count, best);
  const hits: IndexEntry[] = [];
  for (let i = 0; i < entries.length; i++) if (scores[i]) hits.push(entries[i] as IndexEntry);
  if (sort === "name") {
    const collator = localeCollator(index.locale);
    hits.sort((a, b) => collator.compare(a.displayName, b.displayName) || a.order - b.order);
  } else if (sort === "difficulty") {
    hits.sort((a, b) => difficultyRank(a) - difficultyRank(b) || a.order - b.order);
  }
  return hits.map((entry) => entry.exercise);
}

/**
 * The scored entries, best score first and ties in library order. Scores are small whole numbers, so this is
 * a counting sort (two passes, no comparisons): a one-letter query matches nearly every exercise.
 */
function byScore(entries: readonly IndexEntry[], scores: Uint16Array, count: number, best: number): Exercise[] {
  // next[s]: where the next exercise with score s goes; higher scores come first.
  const next = new Uint32Array(best + 1);
  for (const score of scores) if (score) next[score] = (next[score] as number) + 1;
  let offset = 0;
  for (let score = best; score > 0; score--) {
    const size = next[score] as number;
    next[score] = offset;
    offset += size;
  }
  const ordered = new Array<Exercise>(count);
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] as number;
    if (score === 0) continue;
    const at = next[score] as number;
    ordered[at] = (entries[i] as IndexEntry).exercise;
    next[score] = at + 1;
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
  const text = textQuery(query.text);
  for (const entry of index.entries) {
    if (text && textScore(entry, text) === 0) continue;
    let passed = 0; // bit i is FACETS[i], as in FACET_BIT
    for (let i = 0; i < FACETS.length; i++) if (facetMatches(entry, query, FACETS[i] as Facet)) passed |= 1 << i;
    const e = entry.exercise;
    if (passed === ALL_FACETS) counts.total += 1;
    if (countsFor(passed, "bodyRegions")) for (const r of e.bodyRegions) counts.bodyRegions[r] += 1;
    if (countsFor(passed, "positions")) counts.positions[e.position] += 1;
    if (countsFor(passed, "difficulties")) counts.difficulties[e.difficulty] += 1;
    if (countsFor(passed, "goals")) for (const g of e.goals) counts.goals[g] += 1;
    if (countsFor(passed, "categories")) counts.categories[e.category] += 1;
    if (countsFor(passed, "equipment"))
      for (const id of entry.uniqueEquipment) counts.equipment[id] = (counts.equipment[id] ?? 0) + 1;
    if (countsFor(passed, "noEquipment") && entry.needsNoEquipment) counts.noEquipment += 1;
  }
  return counts;
}
