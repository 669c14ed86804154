import type { Dosage } from "./dosage-schema";

/** Seconds one repetition takes when no tempo is given: a controlled 2 s down, 1 s up. */
export const DEFAULT_REP_SECONDS = 3;
/** Rest assumed between sets when none is given. */
export const DEFAULT_REST_SECONDS = 30;

/** Seconds of work and rest for one bout of this dosage (one day's dose, not the week). */
export function estimateSessionSeconds(d: Dosage): number {
  const sides = d.perSide ? 2 : 1;
  const sets = d.sets ?? 1;
  const tempo = d.tempo;
  const tempoSeconds = tempo ? (tempo.lower ?? 0) + (tempo.pause ?? 0) + (tempo.lift ?? 0) + (tempo.pauseTop ?? 0) : 0;
  const repSeconds = tempoSeconds > 0 ? tempoSeconds : DEFAULT_REP_SECONDS;
  let perSet = 0;
  if (d.reps !== undefined) perSet = d.reps * (repSeconds + (d.holdSeconds ?? 0));
  else if (d.holdSeconds !== undefined) perSet = d.holdSeconds;
  else if (d.durationSeconds !== undefined) perSet = d.durationSeconds;
  else if (d.intervals) perSet = d.intervals.rounds * (d.intervals.work.seconds + d.intervals.recovery.seconds);
  const work = perSet * sets * sides;
  const restSets = (sets - 1) * sides * (d.restBetweenSetsSeconds ?? (sets > 1 ? DEFAULT_REST_SECONDS : 0));
  const restSides = (sides - 1) * sets * (d.restBetweenSidesSeconds ?? 0);
  return work + restSets + restSides;
}

/** Whole minutes, rounded up, never less than 1 when there is any work. */
export function estimateSessionMinutes(d: Dosage): number {
  const seconds = estimateSessionSeconds(d);
  return seconds <= 0 ? 0 : Math.max(1, Math.ceil(seconds / 60));
}
