import type { Dosage } from "../dosage/dosage-schema";
import type { Exercise } from "./exercise-schema";
import { checkProvenance as checkProvenanceDates } from "./provenance-checks";
import { issue, type PathKey, type ValidationIssue } from "./validation-error";

export interface CheckReport {
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

/** Checks a dose makes sense on its own: some work to do, and no two ways of saying how much. */
export function checkDosage(dosage: Dosage, keys: readonly PathKey[], report: CheckReport): void {
  const amounts = (["reps", "durationSeconds", "distance", "intervals"] as const).filter(
    (k) => dosage[k] !== undefined,
  );
  if (amounts.length === 0 && dosage.holdSeconds === undefined) {
    report.errors.push(
      issue(
        keys,
        "empty-dosage",
        "The dose says nothing about how much to do. Give reps, a hold, a duration, a distance or intervals.",
      ),
    );
  }
  if (amounts.length > 1) {
    report.errors.push(
      issue(
        [...keys, amounts[1] as string],
        "conflicting-dosage",
        `The dose gives both "${amounts[0]}" and "${amounts[1]}". Keep one of them so the patient knows what to do.`,
      ),
    );
  }
  if (dosage.intervals && (dosage.sets !== undefined || dosage.holdSeconds !== undefined)) {
    report.errors.push(
      issue(
        [...keys, dosage.sets !== undefined ? "sets" : "holdSeconds"],
        "conflicting-dosage",
        'The dose gives intervals with "sets" or "holdSeconds". Say how many times to repeat the intervals in "intervals.rounds".',
      ),
    );
  }
  if (dosage.holdSeconds !== undefined && dosage.durationSeconds !== undefined) {
    report.errors.push(
      issue(
        [...keys, "durationSeconds"],
        "conflicting-dosage",
        'The dose gives both "holdSeconds" and "durationSeconds". Use holdSeconds for a held position, durationSeconds for continuous activity.',
      ),
    );
  }
}

function checkDuplicateIds(
  items: readonly { id: string }[],
  keys: readonly PathKey[],
  report: CheckReport,
  what: string,
) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      report.errors.push(
        issue(
          [...keys, i, "id"],
          "duplicate-id",
          `The ${what} id "${item.id}" is already used by item ${first + 1}. Ids must be unique.`,
        ),
      );
    } else seen.set(item.id, i);
  });
}

/** Safety, accessibility and consistency checks for one exercise that the schema's shape cannot express. */
export function checkExercise(
  exercise: Exercise,
  keys: readonly PathKey[],
  report: CheckReport,
  options: { today?: string } = {},
): void {
  const at = (...more: PathKey[]) => [...keys, ...more];
  const contraindications = exercise.contraindications ?? [];
  if (contraindications.length === 0 && !exercise.noContraindications) {
    report.errors.push(
      issue(
        at("contraindications"),
        "missing-contraindications",
        'The exercise lists no contraindications. List them, or add "noContraindications" with the reviewer and review date to say a clinician checked there are none.',
      ),
    );
  }
  if (contraindications.length > 0 && exercise.noContraindications) {
    report.errors.push(
      issue(
        at("noContraindications"),
        "contradictory-safety",
        'The exercise lists contraindications and also says it has none. Remove "noContraindications" or the list.',
      ),
    );
  }
  contraindications.forEach((c, i) => {
    if (c.severity === "relative" && !c.modification) {
      report.errors.push(
        issue(
          at("contraindications", i, "modification"),
          "missing-modification",
          `The relative contraindication "${c.id}" says to modify the exercise but not how. Add a "modification" (or make it absolute).`,
        ),
      );
    }
  });
  checkDuplicateIds(contraindications, at("contraindications"), report, "contraindication");
  checkDuplicateIds(exercise.redFlags, at("redFlags"), report, "red flag");

  const media = exercise.media;
  if (media && !media.captions.some((track) => track.lang === exercise.language)) {
    report.errors.push(
      issue(
        at("media", "captions"),
        "missing-captions-language",
        `The video has no captions track in the content language (${exercise.language}). Add one: captions in other languages do not replace it.`,
      ),
    );
  }
  exercise.cues.forEach((cue, i) => {
    if (!cue.time) return;
    if (!media) {
      report.errors.push(
        issue(
          at("cues", i, "time"),
          "cue-time-without-video",
          'This cue points to a time in the video, but the exercise has no video. Remove "time" or add the video.',
        ),
      );
    } else checkTimeRange(cue.time, media.durationSeconds, at("cues", i, "time"), report);
  });
  media?.chapters?.forEach((chapter, i) => {
    if (media.durationSeconds !== undefined && chapter.start >= media.durationSeconds) {
      report.errors.push(
        issue(
          at("media", "chapters", i, "start"),
          "invalid-time-range",
          `The chapter starts at ${chapter.start} s, after the video ends (${media.durationSeconds} s).`,
        ),
      );
    }
  });

  exercise.evidence.forEach((item, i) => {
    if (item.kind === "evidence" && item.references.length === 0) {
      report.errors.push(
        issue(
          at("evidence", i, "references"),
          "missing-reference",
          'A claim marked as "evidence" needs at least one reference. Add it, or mark the claim as "advice".',
        ),
      );
    }
  });

  for (const list of ["regressions", "progressions"] as const) {
    exercise[list].forEach((link, i) => {
      if (link.exerciseId === exercise.id) {
        report.errors.push(
          issue(
            at(list, i, "exerciseId"),
            "self-link",
            `The exercise links to itself in its ${list}. Link a different exercise.`,
          ),
        );
      }
    });
  }

  checkDosage(exercise.defaultDosage, at("defaultDosage"), report);
  if (exercise.laterality === "bilateral" && exercise.defaultDosage.perSide) {
    report.warnings.push(
      issue(
        at("defaultDosage", "perSide"),
        "per-side-on-bilateral",
        'The dose is "per side" but the exercise works both sides at once. Check the laterality or the dose.',
      ),
    );
  }
  checkProvenanceDates(exercise.provenance, at("provenance"), report, options.today);
}

export function checkTimeRange(
  range: { start: number; end: number },
  duration: number | undefined,
  keys: readonly PathKey[],
  report: CheckReport,
): void {
  if (range.end <= range.start) {
    report.errors.push(
      issue(
        [...keys, "end"],
        "invalid-time-range",
        `The time range ends (${range.end} s) before it starts (${range.start} s).`,
      ),
    );
  } else if (duration !== undefined && range.end > duration) {
    report.errors.push(
      issue(
        [...keys, "end"],
        "invalid-time-range",
        `The time range ends at ${range.end} s, after the video ends (${duration} s).`,
      ),
    );
  }
}

// Review status and dates live in their own module; the old name stays for the programme checks.
export { checkProvenanceDates };
