// What the main entry exports of the content model: its types and the valibot-free readers. The schemas, the
// parsers and their issues are on `@movekit/core/validation` (../validation), so a page that only shows content
// does not bundle the schema library.

// Types only (they vanish from the JavaScript), so code typed against the validation subpath needs no import of it.
export type { ExerciseInput } from "./exercise-schema";
export { isIsoDate } from "./iso-date";
export type { LibraryInput } from "./library-schema";
export { type LocalizedString, localize, localizeList } from "./localize";
export type { PainRuleInput } from "./pain-rule-schema";
export type { ParseOptions } from "./parse";
export type { PlainText } from "./plain-text";
export { isPlainText } from "./plain-text-check";
export type { ProgrammeInput } from "./programme-schema";
export { isPlaceholderReviewer } from "./provenance-checks";
export type { RunningPlanInput } from "./running-plan-schema";
export * from "./safe-url";
export { isLocalizedTextValue, isNoContraindicationsValue, isPlainTextValue } from "./text-guards";
export type {
  CaptionTrack,
  Chapter,
  Contraindication,
  Criterion,
  CriterionCheck,
  Cue,
  Delivery,
  Dosage,
  DraftProvenance,
  EducationItem,
  Equipment,
  Evidence,
  Exercise,
  ExerciseLink,
  Frequency,
  IntervalActivity,
  IntervalBlock,
  Intervals,
  Library,
  Load,
  LocalizedList,
  LocalizedText,
  Media,
  NoContraindications,
  PainBand,
  PainCheck,
  PainRule,
  Phase,
  Programme,
  ProgrammeRule,
  Provenance,
  RedFlag,
  Reference,
  ReviewedProvenance,
  RunCriterion,
  RunningPlan,
  RunSession,
  RunStage,
  RunWeek,
  SessionItem,
  TargetMuscle,
  Tempo,
  TimeRange,
  VideoSource,
} from "./types";
export type { ParseResult, PathKey, ValidationCode, ValidationIssue } from "./validation-error";
export * from "./vocabulary";
