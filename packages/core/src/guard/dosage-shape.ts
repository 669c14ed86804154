// A hand-written twin of `DosageSchema` (dosage/dosage-schema.ts): the same keys, ranges and word lists, so a
// card can refuse a dose it cannot describe truthfully without bundling valibot. guard-exercise.test.ts checks
// the two agree for every input fast-check draws.
import { INTERVAL_ACTIVITIES, WEEKDAYS } from "../dosage/dosage-vocabulary";
import { bool, type Check, list, num, oneOf, optional, strict, variant } from "./checks";

const seconds = optional(num(0, 3600));
const positiveSeconds = optional(num(0.5, 3600));
// The variant already matched `kind`.
const kind: Check = () => true;
const part = strict({ activity: oneOf(INTERVAL_ACTIVITIES), seconds: num(5, 3600) });

/** What `DosageSchema` accepts. */
export const isDosageShape: Check = strict({
  sets: optional(num(1, 20, true)),
  reps: optional(num(1, 200, true)),
  perSide: optional(bool),
  holdSeconds: positiveSeconds,
  durationSeconds: positiveSeconds,
  distance: optional(strict({ value: num(0, 1000), unit: oneOf(["m", "km", "mi"]) })),
  intervals: optional(strict({ work: part, recovery: part, rounds: num(1, 100, true) })),
  tempo: optional(
    strict({
      start: optional(oneOf(["lower", "lift"])),
      lower: seconds,
      pause: seconds,
      lift: seconds,
      pauseTop: seconds,
    }),
  ),
  restBetweenSetsSeconds: seconds,
  restBetweenSidesSeconds: seconds,
  load: optional(
    variant("kind", {
      bodyweight: strict({ kind }),
      kg: strict({ kind, value: num(0, 500) }),
      lb: strict({ kind, value: num(0, 1100) }),
      band: strict({ kind, resistance: oneOf(["light", "medium", "heavy"]) }),
      rpe: strict({ kind, value: num(1, 10) }),
    }),
  ),
  intensity: optional(strict({ painCeiling: optional(num(0, 10, true)), rpeCeiling: optional(num(1, 10)) })),
  frequency: optional(
    strict({
      timesPerDay: optional(num(1, 10, true)),
      daysPerWeek: optional(num(1, 7, true)),
      days: optional(list(oneOf(WEEKDAYS), 1, 7)),
    }),
  ),
  weeks: optional(num(1, 104, true)),
});
