import type { Dosage } from "./dosage-schema";

/** The fields that say how much to do; a dose has one kind of amount (see `amountKind`). */
export const AMOUNT_FIELDS = ["reps", "holdSeconds", "durationSeconds", "distance", "intervals"] as const;

export type AmountKind = "intervals" | "distance" | "duration" | "reps" | "hold";

/** Which kind of amount a dose gives: reps (optionally held), a hold, a time, a distance or intervals. */
export function amountKind(d: Dosage): AmountKind | undefined {
  if (d.intervals) return "intervals";
  if (d.distance) return "distance";
  if (d.durationSeconds !== undefined) return "duration";
  if (d.reps !== undefined) return "reps";
  if (d.holdSeconds !== undefined) return "hold";
  return undefined;
}

function withoutAmount(d: Dosage): Dosage {
  const out: Dosage = { ...d };
  for (const key of AMOUNT_FIELDS) delete out[key];
  // A tempo describes one repetition; it means nothing once the amount is a hold, a time or a distance.
  delete out.tempo;
  return out;
}

/** Copies the fields that have a value, so an explicit `undefined` in an override never wipes a default. */
function defined<T extends object>(o: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function mergeFrequency(base: Dosage["frequency"], over: Dosage["frequency"]): Dosage["frequency"] {
  if (!over) return base;
  if (!base) return over;
  const merged = { ...base, ...defined(over) };
  // "On Monday and Friday" and "3 days a week" are two ways of saying one thing: the override's wins.
  if (over.days !== undefined && over.daysPerWeek === undefined) delete merged.daysPerWeek;
  if (over.daysPerWeek !== undefined && over.days === undefined) delete merged.days;
  return merged;
}

/**
 * A programme's dose for an exercise laid over the exercise's default dose. Fields the override leaves out keep
 * their default, so a phase that only changes sets and reps keeps the pain ceiling, the rests and the tempo
 * (clinical safety: an override must never silently drop a pain ceiling or a rest). Nested parts (intensity,
 * frequency, tempo) merge field by field. When the override gives a different kind of amount (a hold instead of
 * reps, say), the default's amount and tempo give way, so the result never says two things about how much to do.
 */
export function mergeDosage(base: Dosage, override: Dosage | undefined): Dosage {
  if (!override) return { ...base };
  const overKind = amountKind(override);
  const start = overKind !== undefined && overKind !== amountKind(base) ? withoutAmount(base) : base;
  const merged: Dosage = { ...start };
  for (const [key, value] of Object.entries(override) as [keyof Dosage, unknown][]) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  if (start.intensity || override.intensity) merged.intensity = { ...start.intensity, ...defined(override.intensity) };
  if (start.tempo && override.tempo) merged.tempo = { ...start.tempo, ...defined(override.tempo) };
  const frequency = mergeFrequency(start.frequency, override.frequency);
  if (frequency) merged.frequency = frequency;
  return merged;
}

/**
 * The dose a patient is given for one item of a programme: the item's dose over the exercise's default. Every view
 * that shows or times a programme's exercise (programme view, handout, session player) resolves it here.
 */
export function resolveItemDosage(
  item: { dosage?: Dosage | undefined },
  exercise: { defaultDosage: Dosage } | undefined,
): Dosage {
  return mergeDosage(exercise?.defaultDosage ?? {}, item.dosage);
}
