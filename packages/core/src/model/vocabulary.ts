// Controlled vocabularies. Content uses these ids; labels come from the i18n catalogue ("vocab.goal.strength").

export const CATEGORIES = ["strength", "stretch", "mobility", "stability", "cardio", "yoga", "warm-up"] as const;
export const BODY_REGIONS = [
  "neck",
  "shoulder",
  "upper-back",
  "lower-back",
  "core",
  "hip",
  "glutes",
  "thigh",
  "knee",
  "lower-leg",
  "ankle-foot",
  "elbow",
  "wrist-hand",
  "whole-body",
] as const;
export const POSITIONS = [
  "standing",
  "sitting",
  "supine",
  "prone",
  "side-lying",
  "kneeling",
  "half-kneeling",
  "quadruped",
  "moving",
] as const;
export const LATERALITIES = ["bilateral", "unilateral", "alternating"] as const;
export const DIFFICULTIES = ["beginner", "intermediate", "advanced"] as const;
export const GOALS = [
  "strength",
  "mobility",
  "flexibility",
  "stability",
  "endurance",
  "warm-up",
  "cardio",
  "balance",
] as const;
export const CUE_ROLES = ["setup", "movement", "breathing", "form", "safety"] as const;
export const CUE_KINDS = ["do", "dont"] as const;
/** absolute: do not do the exercise; relative: modify it or ask a clinician first. */
export const CONTRAINDICATION_SEVERITIES = ["absolute", "relative"] as const;
/** NHS care-card tiers plus "stop-exercising" (stop now, then follow the action). Most urgent first. */
export const RED_FLAG_URGENCIES = ["emergency", "urgent", "stop-exercising", "non-urgent"] as const;
export const EVIDENCE_KINDS = ["evidence", "advice"] as const;
/**
 * The one ordered safety scale, mildest first: every advising component shows one of these, and nothing milder.
 * "stop-today": stop this session, start again next time (a step back); "stop-and-contact": stop, and do not
 * exercise this part again until your clinician has advised you; "urgent": get medical advice the same day;
 * "emergency": call the emergency number now. See evaluateCheckIn.
 */
export const SAFETY_ACTIONS = ["continue", "modify", "stop-today", "stop-and-contact", "urgent", "emergency"] as const;
/** The part of the scale a pain rule's bands and checks may give; urgent care comes from warning signs only. */
export const PAIN_ACTIONS = ["continue", "modify", "stop-today", "stop-and-contact"] as const;

export type Category = (typeof CATEGORIES)[number];
export type BodyRegion = (typeof BODY_REGIONS)[number];
export type Position = (typeof POSITIONS)[number];
export type Laterality = (typeof LATERALITIES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type Goal = (typeof GOALS)[number];
export type CueRole = (typeof CUE_ROLES)[number];
export type CueKind = (typeof CUE_KINDS)[number];
export type ContraindicationSeverity = (typeof CONTRAINDICATION_SEVERITIES)[number];
export type RedFlagUrgency = (typeof RED_FLAG_URGENCIES)[number];
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type PainAction = (typeof PAIN_ACTIONS)[number];
export type SafetyAction = (typeof SAFETY_ACTIONS)[number];
