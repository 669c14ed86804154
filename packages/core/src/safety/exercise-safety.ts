// Hand-written guards, not the schemas: every safety component reads through here and must not bundle valibot.
import { isLocalizedTextValue, isNoContraindicationsValue, isRecord } from "../model/text-guards";
import type { Contraindication, NoContraindications, RedFlag } from "../model/types";
import {
  CONTRAINDICATION_SEVERITIES,
  type ContraindicationSeverity,
  RED_FLAG_URGENCIES,
  type RedFlagUrgency,
} from "../model/vocabulary";

/**
 * An exercise's safety information as a component may show it: every item whose text can be read, none dropped
 * for a wrong tier. Built from the raw fields alone, so a broken step, cue or dosage cannot take it down.
 */
export interface ExerciseSafety {
  /** Readable contraindications; an unknown severity becomes `absolute`, the strictest. */
  contraindications: Contraindication[];
  /** Readable red flags; an unknown urgency becomes `emergency`, the strictest. */
  redFlags: RedFlag[];
  /** The reviewed statement that there are none, when it is well formed. */
  noContraindications?: NoContraindications;
  /** Safety items present but without readable text: counted so a component can say so, never dropped silently. */
  unreadable: number;
  /** Neither a readable contraindication nor a reviewed "none": the safety information is missing. */
  missing: boolean;
}

/** The strictest thing a summary of an exercise's safety has to say, strictest first. */
export const SAFETY_SUMMARY_TIERS = ["absolute", "missing", "caution", "none"] as const;
export type SafetySummaryTier = (typeof SAFETY_SUMMARY_TIERS)[number];

/** Counts for a one-line summary such as ExerciseCard's. */
export interface SafetySummary {
  /** Contraindications that mean "do not do this exercise" (unknown severities included). */
  absolute: number;
  /** Contraindications that mean "ask first or change it". */
  relative: number;
  /** Red flags, and how many of each urgency. */
  redFlags: number;
  byUrgency: Record<RedFlagUrgency, number>;
  /** Cautions other than absolute contraindications: relative ones plus red flags. */
  cautions: number;
  unreadable: number;
  /**
   * `absolute`: at least one "do not do this if"; `missing`: no safety information, or some of it unreadable;
   * `caution`: things to check first; `none`: a clinician recorded that there are none and there are no red flags.
   */
  tier: SafetySummaryTier;
}

function severityOf(value: unknown): ContraindicationSeverity {
  // Anything but a known milder severity is read as the strictest: an unknown tier must never hide an item.
  return (CONTRAINDICATION_SEVERITIES as readonly unknown[]).includes(value)
    ? (value as ContraindicationSeverity)
    : "absolute";
}

function urgencyOf(value: unknown): RedFlagUrgency {
  return (RED_FLAG_URGENCIES as readonly unknown[]).includes(value) ? (value as RedFlagUrgency) : "emergency";
}

// An empty id is no id.
const idOf = (item: Record<string, unknown>, fallback: string) => (typeof item.id === "string" && item.id) || fallback;

function items<T>(
  list: unknown,
  read: (item: Record<string, unknown>, index: number) => T | undefined,
): { kept: T[]; unreadable: number } {
  const kept: T[] = [];
  let unreadable = 0;
  // Absent is no items; anything else but an array counts as one item that cannot be read (never as a list).
  const all: unknown[] = list === undefined || list === null ? [] : Array.isArray(list) ? list : [undefined];
  all.forEach((item, index) => {
    const value = isRecord(item) ? read(item, index) : undefined;
    if (value === undefined) unreadable += 1;
    else kept.push(value);
  });
  return { kept, unreadable };
}

/** The contraindication half of {@link ExerciseSafety}: what a contraindication list needs, without red flags. */
export type ContraindicationSafety = Omit<ExerciseSafety, "redFlags">;

/**
 * The contraindications and the reviewed "none" of an exercise, read exactly as {@link exerciseSafety} reads them
 * (it is built from this), for a view that shows no red flags and should not carry their reader. Never throws.
 */
export function contraindicationSafety(exercise: {
  contraindications?: unknown;
  noContraindications?: unknown;
}): ContraindicationSafety {
  const contraindications = items<Contraindication>(exercise.contraindications, (item, index) =>
    isLocalizedTextValue(item.text)
      ? {
          id: idOf(item, `contraindication-${index}`),
          severity: severityOf(item.severity),
          text: item.text as Contraindication["text"],
          ...(isLocalizedTextValue(item.modification)
            ? { modification: item.modification as Contraindication["text"] }
            : {}),
        }
      : undefined,
  );
  const none = isNoContraindicationsValue(exercise.noContraindications) ? exercise.noContraindications : undefined;
  return {
    contraindications: contraindications.kept,
    ...(none ? { noContraindications: none } : {}),
    unreadable: contraindications.unreadable,
    missing: contraindications.kept.length === 0 && !none,
  };
}

const cache = new WeakMap<object, ExerciseSafety>();

/**
 * The safety part of an exercise, read field by field from whatever was given (validated or not). Never throws.
 * Cached per object: a view that asks for the same exercise many times reads it once.
 */
export function exerciseSafety(exercise: unknown): ExerciseSafety {
  if (!isRecord(exercise)) return { contraindications: [], redFlags: [], unreadable: 0, missing: true };
  const hit = cache.get(exercise);
  if (hit) return hit;
  const { unreadable, ...rest } = contraindicationSafety(exercise);
  const redFlags = items<RedFlag>(exercise.redFlags, (item, index) =>
    isLocalizedTextValue(item.text)
      ? {
          id: idOf(item, `red-flag-${index}`),
          urgency: urgencyOf(item.urgency),
          text: item.text as RedFlag["text"],
          // A flag without its action still shows: its tier's heading already says what to do.
          action: (isLocalizedTextValue(item.action) ? item.action : {}) as RedFlag["action"],
        }
      : undefined,
  );
  const result: ExerciseSafety = { ...rest, redFlags: redFlags.kept, unreadable: unreadable + redFlags.unreadable };
  cache.set(exercise, result);
  return result;
}

/** Counts by severity and the strictest tier of an exercise's safety information: the one selector cards use. */
export function summarizeSafety(exercise: unknown): SafetySummary {
  const safety = exerciseSafety(exercise);
  const byUrgency = Object.fromEntries(RED_FLAG_URGENCIES.map((urgency) => [urgency, 0])) as Record<
    RedFlagUrgency,
    number
  >;
  for (const flag of safety.redFlags) byUrgency[flag.urgency] += 1;
  const absolute = safety.contraindications.filter((item) => item.severity === "absolute").length;
  const relative = safety.contraindications.length - absolute;
  const cautions = relative + safety.redFlags.length;
  const tier: SafetySummaryTier =
    absolute > 0 ? "absolute" : safety.missing || safety.unreadable > 0 ? "missing" : cautions > 0 ? "caution" : "none";
  return {
    absolute,
    relative,
    redFlags: safety.redFlags.length,
    byUrgency,
    cautions,
    unreadable: safety.unreadable,
    tier,
  };
}

/** Red flags grouped by urgency, most urgent first; an unknown urgency joins the emergency group. */
export function redFlagsByUrgency(redFlags: unknown): Array<{ urgency: RedFlagUrgency; flags: RedFlag[] }> {
  const flags = exerciseSafety({ redFlags }).redFlags;
  return RED_FLAG_URGENCIES.map((urgency) => ({ urgency, flags: flags.filter((f) => f.urgency === urgency) })).filter(
    (group) => group.flags.length > 0,
  );
}
