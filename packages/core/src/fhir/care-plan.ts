import { describeDosage } from "../dosage/describe-dosage";
import { resolveItemDosage } from "../dosage/merge-dosage";
import { type Locale, resolveLocale } from "../i18n/locale";
import { localize } from "../model/localize";
import type { Dosage, Exercise, Phase, Programme, SessionItem } from "../model/types";
import { scheduleProgramme } from "../schedule/schedule-programme";
import { safetyNotes } from "./care-plan-notes";
import {
  localizedExtension,
  localizedPrimitive,
  MOVEKIT_EXERCISE_SYSTEM,
  MOVEKIT_FHIR_BASE,
  MOVEKIT_PROGRAMME_SYSTEM,
  toExtensions,
  UCUM,
} from "./fhir-extensions";
import type {
  CarePlan,
  CarePlanActivity,
  Extension,
  Goal,
  Quantity,
  Reference,
  Timing,
  TimingRepeat,
} from "./fhir-types";
import { spanishRecords } from "./spanish";

export const CARE_PLAN_URLS = {
  phase: `${MOVEKIT_FHIR_BASE}/StructureDefinition/programme-phase`,
  phaseId: `${MOVEKIT_FHIR_BASE}/StructureDefinition/phase-id`,
  dosage: `${MOVEKIT_FHIR_BASE}/StructureDefinition/dosage`,
  note: `${MOVEKIT_FHIR_BASE}/StructureDefinition/session-item-note`,
  contentLanguage: `${MOVEKIT_FHIR_BASE}/StructureDefinition/content-language`,
} as const;

export interface CarePlanOptions {
  /** The language of the plan's text; every language the content has travels as translations. @default the programme's */
  locale?: Locale | string;
  /** Who the plan is for. Movekit knows no patient: the host passes its own reference. @default { display: "Patient" } */
  subject?: Reference;
  /** First day of the programme, "YYYY-MM-DD": gives the plan's period and each phase's dates. */
  startDate?: string;
  /** @default "active" for clinically reviewed content, "draft" for content nobody has signed */
  status?: CarePlan["status"];
  /** When the plan was made (FHIR dateTime). */
  created?: string;
}

// Phase lengths without a start date: any Monday gives the same weeks.
const ANY_MONDAY = "2001-01-01";

function quantityFor(dosage: Dosage): Quantity | undefined {
  if (dosage.reps !== undefined)
    return { value: dosage.reps, unit: "repetitions", system: UCUM, code: "{repetitions}" };
  if (dosage.durationSeconds !== undefined)
    return { value: dosage.durationSeconds, unit: "s", system: UCUM, code: "s" };
  if (dosage.holdSeconds !== undefined) return { value: dosage.holdSeconds, unit: "s", system: UCUM, code: "s" };
  if (dosage.distance) {
    const code = dosage.distance.unit === "mi" ? "[mi_i]" : dosage.distance.unit;
    return { value: dosage.distance.value, unit: dosage.distance.unit, system: UCUM, code };
  }
  return undefined;
}

/** How often, from the dose's frequency where FHIR's Timing can say it, else the phase's sessions a week. */
function timingFor(
  dosage: Dosage,
  phase: Phase,
  bounds: Pick<TimingRepeat, "boundsPeriod" | "boundsDuration">,
): Timing {
  const f = dosage.frequency;
  const repeat: TimingRepeat = { ...bounds };
  if (f?.days) repeat.dayOfWeek = [...f.days];
  if (f?.timesPerDay !== undefined) Object.assign(repeat, { frequency: f.timesPerDay, period: 1, periodUnit: "d" });
  else if (f?.daysPerWeek !== undefined)
    Object.assign(repeat, { frequency: f.daysPerWeek, period: 1, periodUnit: "wk" });
  else if (!f?.days) Object.assign(repeat, { frequency: phase.sessionsPerWeek, period: 1, periodUnit: "wk" });
  return { repeat };
}

function activityFor(
  item: SessionItem,
  phase: Phase,
  exercise: Exercise | undefined,
  locale: Locale,
  bounds: Pick<TimingRepeat, "boundsPeriod" | "boundsDuration">,
): CarePlanActivity {
  const dosage = resolveItemDosage(item, exercise);
  const dose = describeDosage(dosage, { locale, messages: spanishRecords }).text;
  const cues = exercise?.cues.map((cue) => localize(cue.text, locale).text) ?? [];
  const name = exercise ? localize(exercise.name, locale).text : item.exerciseId;
  const description = [dose, ...cues].filter(Boolean).join("\n");
  const extension: Extension[] = [];
  // Only the programme's own override travels structured, so the import gets back exactly the programme.
  if (item.dosage) extension.push({ url: CARE_PLAN_URLS.dosage, extension: toExtensions({ ...item.dosage }) });
  if (item.note) extension.push(localizedExtension(CARE_PLAN_URLS.note, item.note, locale));
  const quantity = quantityFor(dosage);
  return {
    extension: [{ url: CARE_PLAN_URLS.phaseId, valueString: phase.id }],
    detail: {
      ...(extension.length ? { extension } : {}),
      kind: "ServiceRequest",
      code: { coding: [{ system: MOVEKIT_EXERCISE_SYSTEM, code: item.exerciseId, display: name }], text: name },
      status: "not-started",
      ...(description ? { description } : {}),
      scheduledTiming: timingFor(dosage, phase, bounds),
      ...(quantity ? { quantity } : {}),
    },
  };
}

function phaseExtension(phase: Phase, locale: Locale): Extension {
  return {
    url: CARE_PLAN_URLS.phase,
    extension: [
      { url: "id", valueString: phase.id },
      localizedExtension("title", phase.title, locale),
      ...(phase.summary ? [localizedExtension("summary", phase.summary, locale)] : []),
      ...phase.goals.map((goal) => localizedExtension("goal", goal, locale)),
      { url: "minWeeks", valueInteger: phase.minWeeks },
      { url: "sessionsPerWeek", valueInteger: phase.sessionsPerWeek },
      ...(phase.usesRunningPlan === undefined ? [] : [{ url: "usesRunningPlan", valueBoolean: phase.usesRunningPlan }]),
    ],
  };
}

/**
 * A programme as a FHIR R4 CarePlan: one activity per exercise of each phase (in order, with the dose in words and
 * as structured extensions, the cues, and a schedule), the goals as contained Goals, and every piece of safety
 * text (warning signs with their tier, pain bands, contraindications, review status) as notes. `catalogue` is the
 * exercise list the programme refers to. Nothing is sent anywhere: the host decides what to do with the result.
 */
export function programmeToCarePlan(
  programme: Programme,
  catalogue: readonly Exercise[],
  options: CarePlanOptions = {},
): CarePlan {
  const locale = resolveLocale(options.locale ?? programme.language);
  const byId = new Map(catalogue.map((exercise) => [exercise.id, exercise]));
  const subject = options.subject ?? { display: "Patient" };
  const schedule = scheduleProgramme(programme, options.startDate ?? ANY_MONDAY, {
    today: options.startDate ?? ANY_MONDAY,
  });
  const title = localizedPrimitive(programme.title, locale);
  const summary = localizedPrimitive(programme.summary, locale);
  const condition = localizedPrimitive(programme.condition, locale);

  const goals: Goal[] = programme.goals.map((goal, i) => {
    const text = localizedPrimitive(goal, locale);
    return {
      resourceType: "Goal",
      id: `goal-${i + 1}`,
      lifecycleStatus: "proposed",
      description: { text: text.value, _text: text.element },
      subject,
    };
  });

  const activity = programme.phases.flatMap((phase, index) => {
    const scheduled = schedule.phases[index];
    const bounds: Pick<TimingRepeat, "boundsPeriod" | "boundsDuration"> = options.startDate
      ? { boundsPeriod: { start: scheduled?.startDate, end: scheduled?.endDate } }
      : { boundsDuration: { value: scheduled?.weeks ?? phase.minWeeks, unit: "weeks", system: UCUM, code: "wk" } };
    return phase.contents.map((item) => activityFor(item, phase, byId.get(item.exerciseId), locale, bounds));
  });

  // Each exercise's safety once, in the order the programme first uses it; an unknown id is named, not dropped.
  const used = [...new Set(programme.phases.flatMap((phase) => phase.contents.map((item) => item.exerciseId)))];
  const exercises = used.map((id) => byId.get(id) ?? id);
  const reviewed = programme.provenance.status === "reviewed" ? programme.provenance : undefined;

  return {
    resourceType: "CarePlan",
    // FHIR ids allow 64 characters; Movekit ids up to 80, so a long one lives only in the identifier.
    ...(programme.id.length <= 64 ? { id: programme.id } : {}),
    language: locale,
    contained: goals,
    extension: [
      { url: CARE_PLAN_URLS.contentLanguage, valueCode: programme.language },
      ...programme.phases.map((phase) => phaseExtension(phase, locale)),
    ],
    identifier: [{ system: MOVEKIT_PROGRAMME_SYSTEM, value: programme.id }],
    status: options.status ?? (reviewed ? "active" : "draft"),
    intent: "plan",
    title: title.value,
    _title: title.element,
    description: summary.value,
    _description: summary.element,
    subject,
    ...(options.startDate ? { period: { start: schedule.startDate, end: schedule.endDate } } : {}),
    ...(options.created ? { created: options.created } : {}),
    author: { display: programme.provenance.author },
    ...(reviewed ? { contributor: [{ display: reviewed.reviewer }] } : {}),
    addresses: [{ display: condition.value, _display: condition.element }],
    goal: goals.map((goal) => ({ reference: `#${goal.id}` })),
    activity,
    note: safetyNotes(programme, exercises, locale),
  };
}
