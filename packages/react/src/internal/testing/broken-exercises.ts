import type { Exercise } from "@movekit/core";

/** What a host might really pass: the typed Exercise with one part broken. */
type Break = (exercise: Exercise) => Exercise;

const cast = (value: unknown) => value as Exercise;

/**
 * The broken-content cases of issue 14: each breaks one non-safety part (or adds a broken safety item) and names
 * the field a development-mode error must name. Every case keeps the exercise's intact safety items.
 */
export const BROKEN_CASES: ReadonlyArray<{ name: string; field: string; break: Break }> = [
  { name: "cues: null", field: "cues", break: (e) => cast({ ...e, cues: null }) },
  {
    name: "contraindications: [null, …]",
    field: "contraindications",
    break: (e) => cast({ ...e, contraindications: [null, ...(e.contraindications ?? [])] }),
  },
  { name: "defaultDosage: null", field: "defaultDosage", break: (e) => cast({ ...e, defaultDosage: null }) },
  {
    name: "commonMistakes missing",
    field: "commonMistakes",
    break: ({ commonMistakes: _, ...rest }) => cast(rest),
  },
];

/** The en-GB text of every contraindication of the exercises given. */
export function contraindicationTexts(exercises: ReadonlyArray<Exercise>): string[] {
  return exercises.flatMap((exercise) => (exercise.contraindications ?? []).map((item) => item.text["en-GB"]));
}

export const INCOMPLETE = "This exercise's information is incomplete: ask your clinician before doing it.";
export const MISSING = "The safety information for this exercise is missing: ask your clinician before doing it.";
