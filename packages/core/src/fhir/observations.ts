import { type Locale, resolveLocale } from "../i18n/locale";
import { painCheckMessages } from "../i18n/messages/index";
import { recordsMessages } from "../i18n/messages/records";
import { type MessageKey, type MessageVars, translatorsFor } from "../i18n/translate";
import { SAFETY_ACTIONS, type SafetyAction } from "../model/vocabulary";
import type { PainReadingName } from "../pain/check-in-readings";
import type { SessionLog } from "../session/session-log";
import { MOVEKIT_EXERCISE_SYSTEM, MOVEKIT_FHIR_BASE, UCUM } from "./fhir-extensions";
import type { CodeableConcept, Observation, ObservationComponent, Reference } from "./fhir-types";
import { spanishRecords } from "./spanish";

const translators = /* @__PURE__ */ translatorsFor([recordsMessages, painCheckMessages]);
const translate = (locale: Locale, key: MessageKey, vars?: MessageVars) =>
  translators(locale, spanishRecords)(key, vars);

export const LOINC = "http://loinc.org";
/** LOINC 72514-3, "Pain severity - 0-10 verbal numeric rating [Score] - Reported". */
export const PAIN_SEVERITY_LOINC = "72514-3";
const CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
const DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
const MOVEKIT_CODES = `${MOVEKIT_FHIR_BASE}/CodeSystem/record`;

/** One pain check-in as PainCheck reports it: the 0–10 readings given, when, and the advice the verdict gave. */
export interface PainCheckEntry {
  /** When the check-in was answered (FHIR dateTime with a zone, e.g. "2026-03-02T09:15:00Z"). */
  recordedAt: string;
  readings: Partial<Record<PainReadingName, number>>;
  /** The verdict's action at the time: what the person was told to do. */
  action?: SafetyAction;
  /** The exercise the check-in was about, if any. */
  exerciseId?: string;
}

export interface ObservationOptions {
  /** Who the observations are about: the host's own reference. Movekit knows no patient. */
  subject?: Reference;
  /** Language of the code texts. @default "en-GB" */
  locale?: Locale | string;
}

const category = (code: "survey" | "activity"): CodeableConcept[] => [
  { coding: [{ system: CATEGORY, code }], text: code === "survey" ? "Survey" : "Activity" },
];

const movekitCode = (code: string, text: string): CodeableConcept => ({
  coding: [{ system: MOVEKIT_CODES, code }],
  text,
});

/** A 0–10 score as FHIR wants it (a whole number), or undefined when it is not a score at all. */
function score(value: unknown): number | undefined {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 10) return undefined;
  // Between two whole numbers, the higher: the safer reading, as the verdict reads it.
  return Math.ceil(value);
}

function painObservation(
  value: unknown,
  when: PainReadingName,
  at: string,
  locale: Locale,
  options: ObservationOptions,
  extra: ObservationComponent[] = [],
): Observation {
  const valid = score(value);
  return {
    resourceType: "Observation",
    language: locale,
    status: "final",
    category: category("survey"),
    code: {
      coding: [
        {
          system: LOINC,
          code: PAIN_SEVERITY_LOINC,
          display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
        },
      ],
      text: translate(locale, "records.painCode"),
    },
    ...(options.subject ? { subject: options.subject } : {}),
    effectiveDateTime: at,
    // A reading that is not a 0–10 score is kept as "error", never dropped or guessed.
    ...(valid === undefined
      ? { dataAbsentReason: { coding: [{ system: DATA_ABSENT, code: "error" }] } }
      : { valueInteger: valid }),
    component: [
      {
        code: movekitCode("pain-timing", "When"),
        valueCodeableConcept: {
          coding: [{ system: MOVEKIT_CODES, code: when }],
          text: translate(locale, `records.painWhen.${when}`),
        },
      },
      ...extra,
    ],
  };
}

const exerciseComponent = (exerciseId: string): ObservationComponent => ({
  code: movekitCode("exercise", "Exercise"),
  valueCodeableConcept: { coding: [{ system: MOVEKIT_EXERCISE_SYSTEM, code: exerciseId }], text: exerciseId },
});

function actionComponent(action: SafetyAction, locale: Locale): ObservationComponent {
  const known = (SAFETY_ACTIONS as readonly string[]).includes(action);
  return {
    code: movekitCode("safety-action", "Advice given"),
    valueCodeableConcept: {
      coding: [{ system: `${MOVEKIT_FHIR_BASE}/CodeSystem/safety-action`, code: known ? action : "unknown" }],
      text: known ? translate(locale, `painCheck.action.${action}`) : String(action),
    },
  };
}

/** A pain check-in as one Observation per reading given (LOINC 72514-3), each saying when and what advice followed. */
export function painCheckToObservations(entry: PainCheckEntry, options: ObservationOptions = {}): Observation[] {
  const locale = resolveLocale(options.locale);
  const extra = [
    ...(entry.exerciseId ? [exerciseComponent(entry.exerciseId)] : []),
    ...(entry.action ? [actionComponent(entry.action, locale)] : []),
  ];
  return (["during", "after", "nextMorning"] as const)
    .filter((when) => entry.readings[when] !== undefined)
    .map((when) => painObservation(entry.readings[when], when, entry.recordedAt, locale, options, extra));
}

/**
 * A finished or ended session as FHIR Observations: one for the session (category "activity": active time, whether
 * it was completed, exercises done and skipped, and whether it ended early for pain with the advice given), and
 * one pain Observation for each score given (during, after, an exercise skipped because it hurt, the score that
 * ended the session). An Observation, not a Procedure: this is what the person reports doing at home, not
 * something a clinician performed, and FHIR's "activity" category is meant for exactly this.
 */
export function sessionLogToObservations(log: SessionLog, at: string, options: ObservationOptions = {}): Observation[] {
  const locale = resolveLocale(options.locale);
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const count = (status: "done" | "skipped") => log.exercises.filter((e) => e.status === status).length;
  const components: ObservationComponent[] = [
    { code: movekitCode("completed", t("records.sessionCompleted")), valueBoolean: log.completed },
    { code: movekitCode("exercises-done", t("records.exercisesDone")), valueInteger: count("done") },
    { code: movekitCode("exercises-skipped", t("records.exercisesSkipped")), valueInteger: count("skipped") },
    { code: movekitCode("ended-for-pain", t("records.sessionEndedForPain")), valueBoolean: log.ended !== undefined },
    ...(log.ended ? [actionComponent(log.ended.action, locale)] : []),
  ];
  const session: Observation = {
    resourceType: "Observation",
    language: locale,
    status: "final",
    category: category("activity"),
    code: movekitCode("exercise-session", t("records.session")),
    ...(options.subject ? { subject: options.subject } : {}),
    effectiveDateTime: at,
    valueQuantity: { value: Math.max(0, Math.round(log.activeSeconds)), unit: "s", system: UCUM, code: "s" },
    component: components,
  };
  const pain: Observation[] = [];
  if (log.painDuring !== undefined) pain.push(painObservation(log.painDuring, "during", at, locale, options));
  if (log.painAfter !== undefined) pain.push(painObservation(log.painAfter, "after", at, locale, options));
  // Ending the session also logs its exercise as stopped for pain with the same score: report that score once.
  const endedIn = log.ended?.painScore !== undefined ? log.ended.exerciseId : undefined;
  for (const exercise of log.exercises) {
    if (exercise.skipReason === "pain" && exercise.painScore !== undefined && exercise.exerciseId !== endedIn)
      pain.push(
        painObservation(exercise.painScore, "during", at, locale, options, [exerciseComponent(exercise.exerciseId)]),
      );
  }
  if (log.ended?.painScore !== undefined) {
    const extra = [
      ...(log.ended.exerciseId ? [exerciseComponent(log.ended.exerciseId)] : []),
      actionComponent(log.ended.action, locale),
    ];
    pain.push(painObservation(log.ended.painScore, "during", at, locale, options, extra));
  }
  return [session, ...pain];
}
