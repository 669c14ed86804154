/**
 * The content model as plain interfaces: what `parseLibrary` and friends return and what content is typed as.
 *
 * Why not the valibot inferred types: `v.InferOutput<typeof LibrarySchema>` is re-instantiated by every consumer's
 * compiler and hits TS2589 ("excessively deep") on TypeScript 5.9–7. Interfaces are checked once, by name.
 * `types.test-d.ts` keeps each interface equal to its schema's output, so a field added to a schema without its
 * line here (or the reverse) fails the type check.
 */

import type { Locale } from "../i18n/locale";
import type { Dosage } from "./dosage-types";
import type { RunningPlan } from "./running-types";
import type {
  BodyRegion,
  Category,
  ContraindicationSeverity,
  CueKind,
  CueRole,
  Difficulty,
  EvidenceKind,
  Goal,
  Laterality,
  PainAction,
  Position,
  RedFlagUrgency,
} from "./vocabulary";

export interface Equipment {
  id: string;
  name: LocalizedText;
  optional?: boolean;
  substitutions: {
    id: string;
    name: LocalizedText;
  }[];
}

export interface TargetMuscle {
  id: string;
  name: LocalizedText;
  primary?: boolean;
}

export interface TimeRange {
  start: number;
  end: number;
}

export interface Cue {
  id?: string;
  role: CueRole;
  text: LocalizedText;
  kind?: CueKind;
  time?: TimeRange;
}

export interface Contraindication {
  id: string;
  severity: ContraindicationSeverity;
  text: LocalizedText;
  modification?: LocalizedText;
}

export interface NoContraindications {
  reviewer: string;
  reviewedOn: string;
  note?: LocalizedText;
}

export interface RedFlag {
  id: string;
  urgency: RedFlagUrgency;
  text: LocalizedText;
  action: LocalizedText;
}

export interface ExerciseLink {
  exerciseId: string;
  criteria: LocalizedText;
}

export interface VideoSource {
  src: string;
  type: string;
}

export interface CaptionTrack {
  src: string;
  lang: Locale;
  label: string;
}

export interface Chapter {
  start: number;
  title: LocalizedText;
}

export interface Media {
  sources: VideoSource[];
  poster?: string;
  captions: CaptionTrack[];
  chapters?: Chapter[];
  durationSeconds?: number;
  transcript: LocalizedText;
  alt: LocalizedText;
}

export interface Exercise {
  id: string;
  slug: string;
  language: Locale;
  name: LocalizedText;
  aliases: LocalizedList;
  summary: LocalizedText;
  category: Category;
  bodyRegions: BodyRegion[];
  targetMuscles: TargetMuscle[];
  equipment: Equipment[];
  position: Position;
  laterality: Laterality;
  difficulty: Difficulty;
  goals: Goal[];
  startPosition: LocalizedText;
  steps: LocalizedText[];
  cues: Cue[];
  commonMistakes: LocalizedText[];
  whatYouShouldFeel: LocalizedText;
  contraindications?: Contraindication[];
  noContraindications?: NoContraindications;
  redFlags: RedFlag[];
  regressions: ExerciseLink[];
  progressions: ExerciseLink[];
  media?: Media;
  evidence: Evidence[];
  provenance: Provenance;
  defaultDosage: Dosage;
}

/** What a criterion checks, when a machine can check it. */
export type CriterionCheck =
  | { kind: "pain-band"; action: PainAction; weeks?: number }
  | { kind: "settled-within-24h" }
  | { kind: "weeks-completed"; weeks: number }
  | { kind: "can-perform"; exerciseId: string; dosage?: Dosage }
  | { kind: "run-continuous"; minutes: number };

export interface Criterion {
  id?: string;
  text: LocalizedText;
  check?: CriterionCheck;
}

export interface SessionItem {
  exerciseId: string;
  dosage?: Dosage;
  note?: LocalizedText;
}

export interface EducationItem {
  id: string;
  title: LocalizedText;
  text: LocalizedText;
  evidence: Evidence[];
}

export interface Phase {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  goals: LocalizedText[];
  entryCriteria: Criterion[];
  exitCriteria: Criterion[];
  minWeeks: number;
  sessionsPerWeek: number;
  contents: SessionItem[];
  education: EducationItem[];
  usesRunningPlan?: boolean;
}

export interface ProgrammeRule {
  id: string;
  when: LocalizedText;
  action: LocalizedText;
  criteria: Criterion[];
  fromPhaseId?: string;
  toPhaseId?: string;
  fromExerciseId?: string;
  toExerciseId?: string;
}

export interface Delivery {
  setting: "home" | "clinic" | "gym" | "outdoors";
  supervision: "supervised" | "unsupervised" | "mixed";
  format: "individual" | "group";
}

export interface Programme {
  id: string;
  language: Locale;
  title: LocalizedText;
  condition: LocalizedText;
  summary: LocalizedText;
  goals: LocalizedText[];
  delivery?: Delivery;
  phases: Phase[];
  painRule: PainRule;
  progressionRules: ProgrammeRule[];
  regressionRules: ProgrammeRule[];
  runningPlan?: RunningPlan;
  redFlags: RedFlag[];
  evidence: Evidence[];
  provenance: Provenance;
}

export interface Library {
  $schema?: string;
  exercises: Exercise[];
  programmes: Programme[];
}

export interface PainBand {
  id: string;
  min: number;
  max: number;
  action: PainAction;
  label: LocalizedText;
  message: LocalizedText;
}

export interface PainCheck {
  action: "modify" | "stop-today" | "stop-and-contact";
  message: LocalizedText;
}

export interface PainRule {
  id: string;
  name: LocalizedText;
  scale: {
    min: 0;
    max: 10;
  };
  measures: ("during" | "after")[];
  bands: PainBand[];
  settleWithin24h: {
    maxNextMorning: number;
    /** "Back to your usual level": a patient's recorded baseline raises the limit to that level. */
    usualLevel?: boolean;
    action: PainCheck["action"];
    message: LocalizedText;
  };
  weekOnWeekTrend: PainCheck;
  source: Reference;
  references?: Reference[];
}

export interface Reference {
  citation: string;
  url?: string;
  doi?: string;
}

export interface Evidence {
  id?: string;
  claim: LocalizedText;
  kind: EvidenceKind;
  source: string;
  references: Reference[];
}

/** Written but not signed by a clinician: shown to patients as "Not yet clinically reviewed". */
export interface DraftProvenance {
  status: "draft";
  author: string;
  licence: string;
}

/** Signed by a named clinician on a date. */
export interface ReviewedProvenance {
  status: "reviewed";
  author: string;
  reviewer: string;
  reviewedOn: string;
  nextReviewDue?: string;
  licence: string;
}

export type Provenance = DraftProvenance | ReviewedProvenance;

export interface LocalizedText {
  "en-GB": string;
  "en-US"?: string;
  es?: string;
}

export interface LocalizedList {
  "en-GB"?: string[];
  "en-US"?: string[];
  es?: string[];
}

export type { Dosage, Frequency, IntervalActivity, Intervals, Load, Tempo } from "./dosage-types";
export type { IntervalBlock, RunCriterion, RunningPlan, RunSession, RunStage, RunWeek } from "./running-types";
