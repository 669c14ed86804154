import {
  type ExerciseSafety,
  exerciseSafetyMessages,
  extendTranslator,
  safetyGapsMessages,
  type Translator,
} from "@movekit/core";
import type { InspectedExercise } from "@movekit/core/validation";
import { StopIcon, WarningIcon } from "../internal/icons";

// Bundlers replace `process.env.NODE_ENV` in the host's build, so production builds log nothing. Where nothing
// replaced it and there is no `process` (plain ESM in a browser), it throws: treated as production, silent.
declare const process: { env: { NODE_ENV?: string } };

// These notices are shown inside many components: each names its bundle here, so no parent can forget it.
const NOTICES = [exerciseSafetyMessages];
const own = (t: Translator) => extendTranslator(t, NOTICES);
// SafetyGaps names only its two strings: a contraindication list that shows nothing else of them stays small.
const SAFETY_GAPS = [safetyGapsMessages];
const gaps = (t: Translator) => extendTranslator(t, SAFETY_GAPS);

const reported = new WeakSet<InspectedExercise>();

/**
 * One console.error per broken exercise, in development only, naming the fields, so an author finds the content
 * to fix while the reader sees a notice instead of a blank page. Static: no effect hook, so it also runs on the
 * server; keyed by the inspection result, so the many parts that show one exercise report it once. The test is
 * inline so a production build's constant folding drops the whole report with its text.
 */
export function reportIncomplete(inspected: InspectedExercise, component: string): void {
  try {
    if (process.env.NODE_ENV !== "production" && inspected.problems.length > 0 && !reported.has(inspected)) {
      reported.add(inspected);
      const fields = inspected.problems.map((problem) => `${problem.field} (${problem.code})`).join(", ");
      console.error(
        `Movekit ${component}: exercise "${inspected.exercise.id}" has content that cannot be shown: ${fields}. ` +
          "Its safety information is still shown; check the content with parseExercise.",
      );
    }
  } catch {
    // No `process` (plain ESM in a browser): production, silent.
  }
}

/**
 * "This exercise's information is incomplete: ask your clinician before doing it." A paragraph, not an alert: it
 * is part of the content, read in order before the steps.
 * @selector [data-slot="exercise-incomplete"]
 */
export function IncompleteNotice({ t }: { t: Translator }) {
  return (
    <p className="mk-caution-line mk-incomplete-notice" data-slot="exercise-incomplete" data-safety="">
      <WarningIcon className="mk-caution-line__icon mk-incomplete-notice__icon" />
      {own(t)("exerciseSafety.incomplete")}
    </p>
  );
}

/**
 * What a safety part's own error boundary shows: never a quiet "could not be shown", always what to do instead.
 * @selector [data-slot="safety-fallback"]
 */
export function SafetyFallback({ t }: { t: Translator }) {
  return (
    <p className="mk-caution-line mk-incomplete-notice" data-slot="safety-fallback" data-safety="">
      <StopIcon className="mk-caution-line__icon mk-incomplete-notice__icon" />
      {own(t)("exerciseSafety.failed")}
    </p>
  );
}

/** Says that safety items exist but could not be read, or that there is no safety information at all. */
export function SafetyGaps({
  unreadable,
  missing,
  t,
}: Pick<ExerciseSafety, "unreadable" | "missing"> & { t: Translator }) {
  if (unreadable === 0 && !missing) return null;
  return (
    <div className="mk-safety-gaps" data-slot="safety-gaps">
      {missing && (
        <p className="mk-caution-line mk-incomplete-notice" data-slot="safety-missing" data-safety="">
          <WarningIcon className="mk-caution-line__icon mk-incomplete-notice__icon" />
          {gaps(t)("exerciseSafety.missing")}
        </p>
      )}
      {unreadable > 0 && (
        <p className="mk-caution-line mk-incomplete-notice" data-slot="safety-unreadable" data-safety="">
          <WarningIcon className="mk-caution-line__icon mk-incomplete-notice__icon" />
          {gaps(t)("exerciseSafety.unreadable", { count: unreadable })}
        </p>
      )}
    </div>
  );
}
