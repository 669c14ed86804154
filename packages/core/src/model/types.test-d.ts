// Compiled by `tsc` (the typecheck), not run: each line fails to compile when an interface in types.ts and the
// valibot schema it mirrors drift apart, in either direction. Adding a schema field means adding one line there.
import type * as v from "valibot";
import type { DosageSchema, FrequencySchema, LoadSchema, TempoSchema } from "../dosage/dosage-schema";
import type * as Evidence from "./evidence-schema";
import type * as Exercise from "./exercise-schema";
import type { LibrarySchema } from "./library-schema";
import type { LocalizedListSchema, LocalizedTextSchema } from "./localized-text";
import type * as Pain from "./pain-rule-schema";
import type * as Programme from "./programme-schema";
import type * as Running from "./running-plan-schema";
import type * as T from "./types";

type Out<S extends v.GenericSchema> = v.InferOutput<S>;
/** Mutually assignable. (valibot's outputs are intersections, so an identity-style Equals<> would never hold.) */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Every field path in T ("redFlags[].urgency"), with "?" on optional ones; union members contribute theirs. */
type Paths<T, P extends string = ""> = T extends readonly (infer E)[]
  ? Paths<E, `${P}[]`>
  : T extends object
    ? {
        [K in keyof T & string]-?:
          | `${P}.${K}${undefined extends T[K] ? "?" : ""}`
          | Paths<Exclude<T[K], undefined>, `${P}.${K}`>;
      }[keyof T & string]
    : never;
function expectTrue<T extends true>(_?: T) {}

expectTrue<Same<T.LocalizedText, Out<typeof LocalizedTextSchema>>>();
expectTrue<Same<T.LocalizedList, Out<typeof LocalizedListSchema>>>();
expectTrue<Same<T.Tempo, Out<typeof TempoSchema>>>();
expectTrue<Same<T.Load, Out<typeof LoadSchema>>>();
expectTrue<Same<T.Frequency, Out<typeof FrequencySchema>>>();
expectTrue<Same<T.Dosage, Out<typeof DosageSchema>>>();
expectTrue<Same<T.Reference, Out<typeof Evidence.ReferenceSchema>>>();
expectTrue<Same<T.Evidence, Out<typeof Evidence.EvidenceSchema>>>();
expectTrue<Same<T.Provenance, Out<typeof Evidence.ProvenanceSchema>>>();
expectTrue<Same<T.Equipment, Out<typeof Exercise.EquipmentSchema>>>();
expectTrue<Same<T.TargetMuscle, Out<typeof Exercise.TargetMuscleSchema>>>();
expectTrue<Same<T.TimeRange, Out<typeof Exercise.TimeRangeSchema>>>();
expectTrue<Same<T.Cue, Out<typeof Exercise.CueSchema>>>();
expectTrue<Same<T.Contraindication, Out<typeof Exercise.ContraindicationSchema>>>();
expectTrue<Same<T.NoContraindications, Out<typeof Exercise.NoContraindicationsSchema>>>();
expectTrue<Same<T.RedFlag, Out<typeof Exercise.RedFlagSchema>>>();
expectTrue<Same<T.ExerciseLink, Out<typeof Exercise.ExerciseLinkSchema>>>();
expectTrue<Same<T.VideoSource, Out<typeof Exercise.VideoSourceSchema>>>();
expectTrue<Same<T.CaptionTrack, Out<typeof Exercise.CaptionTrackSchema>>>();
expectTrue<Same<T.Chapter, Out<typeof Exercise.ChapterSchema>>>();
expectTrue<Same<T.Media, Out<typeof Exercise.MediaSchema>>>();
expectTrue<Same<T.Exercise, Out<typeof Exercise.ExerciseSchema>>>();
expectTrue<Same<T.PainBand, Out<typeof Pain.PainBandSchema>>>();
expectTrue<Same<T.PainCheck, Out<typeof Pain.PainCheckSchema>>>();
expectTrue<Same<T.PainRule, Out<typeof Pain.PainRuleSchema>>>();
expectTrue<Same<T.CriterionCheck, Out<typeof Programme.CriterionCheckSchema>>>();
expectTrue<Same<T.Criterion, Out<typeof Programme.CriterionSchema>>>();
expectTrue<Same<T.SessionItem, Out<typeof Programme.SessionItemSchema>>>();
expectTrue<Same<T.EducationItem, Out<typeof Programme.EducationItemSchema>>>();
expectTrue<Same<T.Phase, Out<typeof Programme.PhaseSchema>>>();
expectTrue<Same<T.ProgrammeRule, Out<typeof Programme.ProgrammeRuleSchema>>>();
expectTrue<Same<T.Delivery, Out<typeof Programme.DeliverySchema>>>();
expectTrue<Same<T.Programme, Out<typeof Programme.ProgrammeSchema>>>();
expectTrue<Same<T.IntervalBlock, Out<typeof Running.IntervalBlockSchema>>>();
expectTrue<Same<T.RunSession, Out<typeof Running.RunSessionSchema>>>();
expectTrue<Same<T.RunWeek, Out<typeof Running.RunWeekSchema>>>();
expectTrue<Same<T.RunCriterion, Out<typeof Running.RunCriterionSchema>>>();
expectTrue<Same<T.RunStage, Out<typeof Running.RunStageSchema>>>();
expectTrue<Same<T.RunningPlan, Out<typeof Running.RunningPlanSchema>>>();
expectTrue<Same<T.Library, Out<typeof LibrarySchema>>>();

// Assignability lets a new optional field through in both directions, so the field paths must match as well,
// each marked "?" when optional: a field added to a schema but not to its interface (or the reverse) fails here.
expectTrue<Same<Paths<T.Exercise>, Paths<Out<typeof Exercise.ExerciseSchema>>>>();
expectTrue<Same<Paths<T.Programme>, Paths<Out<typeof Programme.ProgrammeSchema>>>>();
expectTrue<Same<Paths<T.Library>, Paths<Out<typeof LibrarySchema>>>>();
