import * as v from "valibot";
import { RedFlagSchema } from "../model/exercise-schema";
import { IdSchema, LocaleSchema } from "../model/identifiers";
import { LocalizedLabelSchema, LocalizedTextSchema } from "../model/localized-text";
import { PhaseSchema } from "../model/programme-schema";
import { listOf, nonEmptyListOf } from "../model/schema-helpers";
import type { Phase, Programme } from "../model/types";
import { fromValibotIssues, issue, type ParseResult } from "../model/validation-error";
import { CARE_PLAN_URLS } from "./care-plan";
import { readRedFlags } from "./care-plan-notes";
import {
  extensionsOf,
  findExtension,
  findExtensions,
  fromExtensions,
  MOVEKIT_EXERCISE_SYSTEM,
  MOVEKIT_PROGRAMME_SYSTEM,
  readLocalized,
  readLocalizedExtension,
} from "./fhir-extensions";

/** A phase as a CarePlan carries it (criteria and education stay in the programme). */
export type CarePlanPhase = Pick<
  Phase,
  "id" | "title" | "summary" | "goals" | "minWeeks" | "sessionsPerWeek" | "contents" | "usesRunningPlan"
>;

/**
 * The parts of a programme a CarePlan carries and gives back. The pain rule, progression and regression rules,
 * criteria, education, running plan, evidence and provenance do not travel structured: a CarePlan has no place
 * for them, and a pain rule must never be guessed, so the import does not invent them.
 */
export interface CarePlanProgramme
  extends Pick<Programme, "id" | "language" | "title" | "condition" | "summary" | "goals" | "redFlags"> {
  phases: CarePlanPhase[];
}

const PHASE_KEYS = [
  "id",
  "title",
  "summary",
  "goals",
  "minWeeks",
  "sessionsPerWeek",
  "contents",
  "usesRunningPlan",
] as const;

const CarePlanProgrammeSchema = v.strictObject({
  id: IdSchema,
  language: LocaleSchema,
  title: LocalizedLabelSchema,
  condition: LocalizedLabelSchema,
  summary: LocalizedTextSchema,
  goals: nonEmptyListOf(LocalizedTextSchema),
  redFlags: listOf(RedFlagSchema),
  phases: nonEmptyListOf(v.pick(PhaseSchema, PHASE_KEYS)),
});

/** What of `programme` a CarePlan export carries: compare an import with this. */
export function carePlanParts(programme: Programme): CarePlanProgramme {
  const { id, language, title, condition, summary, goals, redFlags } = programme;
  const phases = programme.phases.map((phase) => {
    const out: CarePlanPhase = {
      id: phase.id,
      title: phase.title,
      goals: phase.goals,
      minWeeks: phase.minWeeks,
      sessionsPerWeek: phase.sessionsPerWeek,
      contents: phase.contents,
    };
    if (phase.summary) out.summary = phase.summary;
    if (phase.usesRunningPlan !== undefined) out.usesRunningPlan = phase.usesRunningPlan;
    return out;
  });
  return structuredClone({ id, language, title, condition, summary, goals, redFlags, phases });
}

const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function readPhase(ext: unknown, activities: unknown[]) {
  const part = (url: string) => findExtension(ext, url);
  const id = part("id")?.valueString;
  const contents = activities
    .filter((activity) => findExtension(activity, CARE_PLAN_URLS.phaseId)?.valueString === id)
    .map((activity) => {
      const detail = asObject(asObject(activity).detail);
      const coding = asArray(asObject(detail.code).coding).map(asObject);
      const exerciseId = coding.find((c) => c.system === MOVEKIT_EXERCISE_SYSTEM)?.code;
      const dosage = findExtension(detail, CARE_PLAN_URLS.dosage);
      const note = readLocalizedExtension(findExtension(detail, CARE_PLAN_URLS.note));
      return {
        exerciseId,
        ...(dosage ? { dosage: fromExtensions(extensionsOf(dosage), new Set(["days"])) } : {}),
        ...(note ? { note } : {}),
      };
    });
  const summary = readLocalizedExtension(part("summary"));
  const usesRunningPlan = part("usesRunningPlan")?.valueBoolean;
  return {
    id,
    title: readLocalizedExtension(part("title")),
    ...(summary ? { summary } : {}),
    goals: findExtensions(ext, "goal").map(readLocalizedExtension),
    minWeeks: part("minWeeks")?.valueInteger,
    sessionsPerWeek: part("sessionsPerWeek")?.valueInteger,
    contents,
    ...(usesRunningPlan === undefined ? {} : { usesRunningPlan }),
  };
}

/**
 * Reads a CarePlan written by `programmeToCarePlan` back into the parts of a programme it carries, checked with the
 * same rules as authored content. Anything else (a plan from another system, a changed or broken one) gives errors
 * with JSON paths rather than a half-read programme. Never throws.
 */
export function carePlanToProgramme(carePlan: unknown): ParseResult<CarePlanProgramme> {
  const plan = asObject(carePlan);
  if (plan.resourceType !== "CarePlan")
    return {
      ok: false,
      errors: [issue(["resourceType"], "unknown-value", "This is not a FHIR CarePlan.")],
      warnings: [],
    };
  const identifier = asArray(plan.identifier)
    .map(asObject)
    .find((i) => i.system === MOVEKIT_PROGRAMME_SYSTEM);
  const contained = asArray(plan.contained).map(asObject);
  const goals = asArray(plan.goal).map((ref) => {
    const id = String(asObject(ref).reference ?? "").replace(/^#/, "");
    const goal = asObject(contained.find((c) => c.resourceType === "Goal" && c.id === id)?.description);
    return readLocalized(goal.text, goal._text);
  });
  const addresses = asObject(asArray(plan.addresses)[0]);
  const activities = asArray(plan.activity);
  const candidate = {
    id: identifier?.value,
    language: findExtension(plan, CARE_PLAN_URLS.contentLanguage)?.valueCode,
    title: readLocalized(plan.title, plan._title),
    condition: readLocalized(addresses.display, addresses._display),
    summary: readLocalized(plan.description, plan._description),
    goals,
    redFlags: readRedFlags(plan.note),
    phases: findExtensions(plan, CARE_PLAN_URLS.phase).map((ext) => readPhase(ext, activities)),
  };
  const result = v.safeParse(CarePlanProgrammeSchema, candidate);
  if (!result.success) return { ok: false, errors: fromValibotIssues(result.issues), warnings: [] };
  return { ok: true, value: result.output as CarePlanProgramme, warnings: [] };
}
