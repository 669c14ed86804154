// Builds the JSON Schema for content authors from the valibot schemas, so there is one source of truth.
// Not exported from the package entry: it runs at build time (scripts/write-schema.mjs) and in tests, and
// @valibot/to-json-schema is a devDependency only.
import { type JsonSchema, toJsonSchema } from "@valibot/to-json-schema";
import type * as v from "valibot";
import { DosageSchema } from "../dosage/dosage-schema";
import { EvidenceSchema, ProvenanceSchema, ReferenceSchema } from "../model/evidence-schema";
import {
  ContraindicationSchema,
  CueSchema,
  ExerciseLinkSchema,
  ExerciseSchema,
  MediaSchema,
  RedFlagSchema,
} from "../model/exercise-schema";
import { LibrarySchema } from "../model/library-schema";
import { LocalizedLabelSchema, LocalizedTextSchema } from "../model/localized-text";
import { PainRuleSchema } from "../model/pain-rule-schema";
import { PLAIN_TEXT_PATTERN } from "../model/plain-text";
import { CriterionSchema, PhaseSchema, ProgrammeRuleSchema, ProgrammeSchema } from "../model/programme-schema";
import { RunningPlanSchema } from "../model/running-plan-schema";
import { SAFE_URL_PATTERN } from "../model/safe-url";

const DEFINITIONS: Record<string, v.GenericSchema> = {
  Exercise: ExerciseSchema,
  Programme: ProgrammeSchema,
  Phase: PhaseSchema,
  Criterion: CriterionSchema,
  ProgrammeRule: ProgrammeRuleSchema,
  PainRule: PainRuleSchema,
  RunningPlan: RunningPlanSchema,
  Dosage: DosageSchema,
  Cue: CueSchema,
  Contraindication: ContraindicationSchema,
  RedFlag: RedFlagSchema,
  ExerciseLink: ExerciseLinkSchema,
  Media: MediaSchema,
  Evidence: EvidenceSchema,
  Reference: ReferenceSchema,
  Provenance: ProvenanceSchema,
  LocalizedText: LocalizedTextSchema,
  LocalizedLabel: LocalizedLabelSchema,
};

/** The library JSON Schema (draft-07), as published in `@movekit/core/schema.json`. */
export function buildJsonSchema(): JsonSchema {
  const schema = toJsonSchema(LibrarySchema, {
    target: "draft-07",
    definitions: DEFINITIONS,
    overrideAction({ valibotAction, jsonSchema }) {
      const { message, requirement } = valibotAction as { message?: unknown; requirement?: unknown };
      // Custom checks carry their code as the message; give JSON Schema the closest equivalent.
      if (valibotAction.type === "check" && message === "unsafe-url") {
        return { ...jsonSchema, pattern: SAFE_URL_PATTERN };
      }
      // invalid-date: the regex action already gives the YYYY-MM-DD pattern; the calendar check stays in parseLibrary.
      if (valibotAction.type === "check" && message === "invalid-date") return jsonSchema;
      // Plain text: one pattern that also needs a visible character (JSON Schema allows one pattern per value).
      if (valibotAction.type === "regex" && message === "empty-text") return jsonSchema;
      // Visible letters and unsafe characters are checked by parseLibrary only (no portable pattern for them).
      if (valibotAction.type === "check" && (message === "invisible-text" || message === "unsafe-characters")) {
        return jsonSchema;
      }
      if (valibotAction.type === "check" && message === "markup-in-text") {
        return { ...jsonSchema, pattern: `(?=[\\s\\S]*\\S)${PLAIN_TEXT_PATTERN}` };
      }
      // Licence ids are a stricter pattern than plain text, so theirs replaces it.
      if (valibotAction.type === "regex" && message === "invalid-licence") {
        return { ...jsonSchema, pattern: (requirement as RegExp).source };
      }
      // JSON numbers are always finite.
      if (valibotAction.type === "finite") return jsonSchema;
      return undefined;
    },
    overrideSchema({ valibotSchema, jsonSchema }) {
      if (valibotSchema === ExerciseSchema) {
        // Safety is required: a non-empty contraindications list, or an explicit reviewed "none".
        const safety: JsonSchema[] = [
          { required: ["contraindications"], properties: { contraindications: { type: "array", minItems: 1 } } },
          { required: ["noContraindications"], properties: { noContraindications: { type: "object" } } },
        ];
        return {
          ...jsonSchema,
          anyOf: safety,
        };
      }
      return undefined;
    },
  });
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Movekit content library",
    description:
      "Exercises and programmes for @movekit/core. parseLibrary() is the authority: it also checks cross-references, " +
      "captions in the content language, pain-band coverage and translations, which JSON Schema cannot express.",
    ...schema,
  };
}
