// What a programme's printed guide lists: each exercise once with its dose per phase. Pure data, so a PDF
// or server page lists exactly what the on-screen guide does.
import { resolveItemDosage } from "../dosage/merge-dosage";
import type { Dosage } from "../model/dosage-types";
import type { Exercise } from "../model/exercise-schema";
import type { Phase } from "../model/programme-schema";
import { isSafeUrl } from "../model/safe-url";

export interface HandoutEntry {
  exercise: Exercise;
  /** The dose in each phase that uses the exercise, in phase order. */
  doses: { phase: Phase; index: number; dosage: Dosage | undefined }[];
}

/**
 * Each exercise once, in order of first use, with its dose per phase (a phase listing it twice counts once).
 * Items whose exercise is not in `exercises` are left out.
 */
export function programmeHandoutEntries(
  phases: readonly Phase[],
  exercises: ReadonlyMap<string, Exercise>,
): HandoutEntry[] {
  const entries = new Map<string, HandoutEntry>();
  phases.forEach((phase, index) => {
    for (const item of phase.contents) {
      const exercise = exercises.get(item.exerciseId);
      if (!exercise) continue;
      const entry = entries.get(exercise.id) ?? { exercise, doses: [] };
      if (!entry.doses.some((d) => d.phase === phase)) {
        entry.doses.push({ phase, index, dosage: resolveItemDosage(item, exercise) });
      }
      entries.set(exercise.id, entry);
    }
  });
  return [...entries.values()];
}

/** The exercise's first video source when it is an absolute https URL (a printed QR code needs a full address). */
export function printableVideoHref(exercise: Exercise): string | undefined {
  const src = exercise.media?.sources[0]?.src;
  return src && /^https:\/\//i.test(src) && isSafeUrl(src) ? src : undefined;
}
