import { validateRunningPlan } from "../running/validate-running-plan";
import { type CheckReport, checkDosage, checkProvenanceDates } from "./exercise-checks";
import type { PainRule } from "./pain-rule-schema";
import type { Criterion, Programme, ProgrammeRule } from "./programme-schema";
import { issue, type PathKey } from "./validation-error";

const scoreRange = (from: number, to: number) =>
  from === to ? `Pain score ${from} falls` : `Pain scores ${from}–${to} fall`;

/** Bands must not be inverted and must cover the whole scale once: no gaps, no overlaps. */
export function checkPainRule(rule: PainRule, keys: readonly PathKey[], report: CheckReport): void {
  const at = (...more: PathKey[]) => [...keys, ...more];
  const ordered = rule.bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.min - b.band.min);
  let next: number = rule.scale.min;
  for (const { band, index } of ordered) {
    if (band.min > band.max) {
      report.errors.push(
        issue(
          at("bands", index, "max"),
          "pain-band-inverted",
          `Band "${band.id}" ends (${band.max}) below where it starts (${band.min}).`,
        ),
      );
      continue;
    }
    if (band.min > next) {
      report.errors.push(
        issue(
          at("bands", index, "min"),
          "pain-band-gap",
          `${scoreRange(next, band.min - 1)} in no band. Extend a band so every score from 0 to 10 has an action.`,
        ),
      );
    } else if (band.min < next) {
      report.errors.push(
        issue(
          at("bands", index, "min"),
          "pain-band-overlap",
          `Band "${band.id}" overlaps the band before it at score ${band.min}. Each score must have exactly one action.`,
        ),
      );
    }
    next = Math.max(next, band.max + 1);
  }
  if (next <= rule.scale.max) {
    const last = ordered.at(-1);
    report.errors.push(
      issue(
        at("bands", last?.index ?? 0, "max"),
        "pain-band-gap",
        `${scoreRange(next, rule.scale.max)} in no band. Extend the last band to ${rule.scale.max}.`,
      ),
    );
  }
  const seen = new Set<string>();
  rule.bands.forEach((band, i) => {
    if (seen.has(band.id))
      report.errors.push(issue(at("bands", i, "id"), "duplicate-id", `The band id "${band.id}" is used twice.`));
    seen.add(band.id);
  });
}

function criterionExerciseIds(criteria: readonly Criterion[]): Array<{ id: string; index: number }> {
  return criteria.flatMap((c, index) => (c.check?.kind === "can-perform" ? [{ id: c.check.exerciseId, index }] : []));
}

export interface ProgrammeCheckOptions {
  /** Exercise ids the programme may reference; when left out, exercise references are not checked. */
  exerciseIds?: ReadonlySet<string>;
  today?: string;
}

/** Cross-references and clinical consistency inside one programme. */
export function checkProgramme(
  programme: Programme,
  keys: readonly PathKey[],
  report: CheckReport,
  options: ProgrammeCheckOptions = {},
): void {
  const at = (...more: PathKey[]) => [...keys, ...more];
  const exerciseIds = options.exerciseIds;
  const knownExercise = (id: string, path: PathKey[]) => {
    if (exerciseIds && !exerciseIds.has(id)) {
      report.errors.push(
        issue(
          path,
          "unknown-exercise",
          `No exercise has the id "${id}". Check the spelling or add the exercise to the library.`,
        ),
      );
    }
  };

  const phaseIndex = new Map<string, number>();
  programme.phases.forEach((phase, i) => {
    if (phaseIndex.has(phase.id)) {
      report.errors.push(issue(at("phases", i, "id"), "duplicate-id", `The phase id "${phase.id}" is used twice.`));
    } else phaseIndex.set(phase.id, i);
    phase.contents.forEach((item, j) => {
      knownExercise(item.exerciseId, at("phases", i, "contents", j, "exerciseId"));
      if (item.dosage) checkDosage(item.dosage, at("phases", i, "contents", j, "dosage"), report);
    });
    for (const list of ["entryCriteria", "exitCriteria"] as const) {
      for (const ref of criterionExerciseIds(phase[list])) {
        knownExercise(ref.id, at("phases", i, list, ref.index, "check", "exerciseId"));
      }
    }
    if (phase.usesRunningPlan && !programme.runningPlan) {
      report.errors.push(
        issue(
          at("phases", i, "usesRunningPlan"),
          "missing-running-plan",
          'This phase uses the running plan, but the programme has no "runningPlan". Add it.',
        ),
      );
    }
  });

  const ruleIds = new Set<string>();
  const checkRules = (list: "progressionRules" | "regressionRules", rules: readonly ProgrammeRule[]) => {
    rules.forEach((rule, i) => {
      if (ruleIds.has(rule.id))
        report.errors.push(issue(at(list, i, "id"), "duplicate-id", `The rule id "${rule.id}" is used twice.`));
      ruleIds.add(rule.id);
      for (const key of ["fromPhaseId", "toPhaseId"] as const) {
        const id = rule[key];
        if (id !== undefined && !phaseIndex.has(id)) {
          report.errors.push(
            issue(
              at(list, i, key),
              "unknown-phase",
              `No phase has the id "${id}". Use one of: ${[...phaseIndex.keys()].join(", ")}.`,
            ),
          );
        }
      }
      for (const key of ["fromExerciseId", "toExerciseId"] as const) {
        const id = rule[key];
        if (id !== undefined) knownExercise(id, at(list, i, key));
      }
      for (const ref of criterionExerciseIds(rule.criteria)) {
        knownExercise(ref.id, at(list, i, "criteria", ref.index, "check", "exerciseId"));
      }
      const from = rule.fromPhaseId === undefined ? undefined : phaseIndex.get(rule.fromPhaseId);
      const to = rule.toPhaseId === undefined ? undefined : phaseIndex.get(rule.toPhaseId);
      if (from !== undefined && to !== undefined) {
        const forward = to > from;
        if (list === "progressionRules" ? !forward : forward) {
          report.errors.push(
            issue(
              at(list, i, "toPhaseId"),
              "phase-order",
              list === "progressionRules"
                ? `A progression must move to a later phase, but "${rule.toPhaseId}" does not come after "${rule.fromPhaseId}". Use a regression rule to step back.`
                : `A regression must move to an earlier phase, but "${rule.toPhaseId}" does not come before "${rule.fromPhaseId}".`,
            ),
          );
        }
      }
    });
  };
  checkRules("progressionRules", programme.progressionRules);
  checkRules("regressionRules", programme.regressionRules);

  checkPainRule(programme.painRule, at("painRule"), report);
  if (programme.runningPlan) {
    // Advisory, so warnings: the clinician decides (see RUNNING_LOAD_EVIDENCE).
    for (const flag of validateRunningPlan(programme.runningPlan)) {
      const keys: PathKey[] =
        flag.sessionIndex === undefined
          ? ["weeks", flag.weekIndex]
          : ["weeks", flag.weekIndex, "sessions", flag.sessionIndex];
      if (flag.blockIndex !== undefined) keys.push("blocks", flag.blockIndex);
      report.warnings.push(issue(at("runningPlan", ...keys), flag.code, flag.message));
    }
  }
  programme.evidence.forEach((item, i) => {
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
  checkProvenanceDates(programme.provenance, at("provenance"), report, options.today);
}
