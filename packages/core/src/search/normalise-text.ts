const COMBINING_MARKS = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Folds text for matching: no accents ("glúteo" → "gluteo"), lower case, punctuation and hyphens as spaces
 * ("half-kneeling" matches "half kneeling"), single spaces.
 */
export function normaliseText(text: string): string {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase().replace(NOT_WORD, " ").trim();
}
