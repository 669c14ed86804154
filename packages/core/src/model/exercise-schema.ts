import * as v from "valibot";
import { DosageSchema } from "../dosage/dosage-schema";
import { EvidenceSchema, ProvenanceSchema } from "./evidence-schema";
import { IdSchema, IsoDateSchema, LocaleSchema, SafeUrlSchema, VideoSecondsSchema } from "./identifiers";
import { LocalizedLabelSchema, LocalizedListSchema, LocalizedTextSchema, localizedText } from "./localized-text";
import { VIDEO_TYPE_PATTERN } from "./patterns";
import { plainText } from "./plain-text";
import { listOf as list, nonEmptyListOf as nonEmptyList } from "./schema-helpers";
import {
  BODY_REGIONS,
  CATEGORIES,
  CONTRAINDICATION_SEVERITIES,
  CUE_KINDS,
  CUE_ROLES,
  DIFFICULTIES,
  GOALS,
  LATERALITIES,
  POSITIONS,
  RED_FLAG_URGENCIES,
} from "./vocabulary";

/** A piece of kit and what can stand in for it ("a sturdy chair" for "a box"). */
export const EquipmentSchema = v.strictObject(
  {
    id: IdSchema,
    name: LocalizedLabelSchema,
    /** True when the exercise can be done without it. */
    optional: v.optional(v.boolean("wrong-type")),
    substitutions: list(v.strictObject({ id: IdSchema, name: LocalizedLabelSchema }, "wrong-type")),
  },
  "wrong-type",
);

export const TargetMuscleSchema = v.strictObject(
  { id: IdSchema, name: LocalizedLabelSchema, primary: v.optional(v.boolean("wrong-type")) },
  "wrong-type",
);

/** A time range in the exercise video, in seconds from the start. */
export const TimeRangeSchema = v.strictObject({ start: VideoSecondsSchema, end: VideoSecondsSchema }, "wrong-type");

/** A coaching cue. `kind` marks it as a do or a don't; `time` ties it to the part of the video that shows it. */
export const CueSchema = v.strictObject(
  {
    /** Optional stable id, for keys and for linking a cue to a caption or chapter. */
    id: v.optional(IdSchema),
    role: v.picklist(CUE_ROLES, "unknown-value"),
    text: LocalizedTextSchema,
    kind: v.optional(v.picklist(CUE_KINDS, "unknown-value")),
    time: v.optional(TimeRangeSchema),
  },
  "wrong-type",
);

/** absolute: do not do this exercise; relative: do the `modification` or ask a clinician first. */
export const ContraindicationSchema = v.strictObject(
  {
    id: IdSchema,
    severity: v.picklist(CONTRAINDICATION_SEVERITIES, "unknown-value"),
    text: LocalizedTextSchema,
    modification: v.optional(LocalizedTextSchema),
  },
  "wrong-type",
);

/** An explicit, reviewed statement that the exercise has no contraindications (absence is never implied). */
export const NoContraindicationsSchema = v.strictObject(
  { reviewer: plainText(200), reviewedOn: IsoDateSchema, note: v.optional(LocalizedTextSchema) },
  "wrong-type",
);

/** A symptom that means stop and seek care, with how urgently and what to do. */
export const RedFlagSchema = v.strictObject(
  {
    id: IdSchema,
    urgency: v.picklist(RED_FLAG_URGENCIES, "unknown-value"),
    text: LocalizedTextSchema,
    action: LocalizedTextSchema,
  },
  "wrong-type",
);

/** A step down (regression) or up (progression) the ladder, with when to take it. Order = nearest first. */
export const ExerciseLinkSchema = v.strictObject({ exerciseId: IdSchema, criteria: LocalizedTextSchema }, "wrong-type");

export const VideoSourceSchema = v.strictObject(
  {
    src: SafeUrlSchema,
    /** MIME type such as "video/mp4", "video/webm" or, for HLS, "application/vnd.apple.mpegurl". */
    type: v.pipe(v.string("wrong-type"), v.regex(VIDEO_TYPE_PATTERN, "invalid-media-type")),
  },
  "wrong-type",
);

/** A WebVTT captions track (`<track kind="captions">`). One is required in the content language. */
export const CaptionTrackSchema = v.strictObject(
  { src: SafeUrlSchema, lang: LocaleSchema, label: plainText(80) },
  "wrong-type",
);

export const ChapterSchema = v.strictObject({ start: VideoSecondsSchema, title: LocalizedLabelSchema }, "wrong-type");

/** The exercise video and its text alternatives. */
export const MediaSchema = v.strictObject(
  {
    sources: nonEmptyList(VideoSourceSchema),
    poster: v.optional(SafeUrlSchema),
    captions: v.pipe(v.array(CaptionTrackSchema, "wrong-type"), v.minLength(1, "missing-captions")),
    chapters: v.optional(v.array(ChapterSchema, "wrong-type")),
    durationSeconds: v.optional(VideoSecondsSchema),
    /** Full text of what is said and shown, for people who cannot watch or hear the video. */
    transcript: localizedText(20000),
    /** A short description of what the video shows. */
    alt: LocalizedTextSchema,
  },
  "wrong-type",
);

/**
 * One exercise, described so it can be replicated (CERT item 8), with its safety information (item 11) and
 * default dose (item 13). `language` is the language the content was written in: its captions are required.
 */
export const ExerciseSchema = v.strictObject(
  {
    id: IdSchema,
    slug: IdSchema,
    language: LocaleSchema,
    name: LocalizedLabelSchema,
    aliases: v.optional(LocalizedListSchema, () => ({})),
    summary: LocalizedTextSchema,
    category: v.picklist(CATEGORIES, "unknown-value"),
    bodyRegions: nonEmptyList(v.picklist(BODY_REGIONS, "unknown-value")),
    targetMuscles: list(TargetMuscleSchema),
    /** Empty when no equipment is needed. */
    equipment: list(EquipmentSchema),
    position: v.picklist(POSITIONS, "unknown-value"),
    laterality: v.picklist(LATERALITIES, "unknown-value"),
    difficulty: v.picklist(DIFFICULTIES, "unknown-value"),
    goals: nonEmptyList(v.picklist(GOALS, "unknown-value")),
    startPosition: LocalizedTextSchema,
    steps: nonEmptyList(LocalizedTextSchema),
    cues: list(CueSchema),
    commonMistakes: list(LocalizedTextSchema),
    whatYouShouldFeel: LocalizedTextSchema,
    /** Required unless `noContraindications` says, with a reviewer and date, that there are none. */
    contraindications: v.optional(v.array(ContraindicationSchema, "wrong-type")),
    noContraindications: v.optional(NoContraindicationsSchema),
    redFlags: list(RedFlagSchema),
    regressions: list(ExerciseLinkSchema),
    progressions: list(ExerciseLinkSchema),
    media: v.optional(MediaSchema),
    evidence: nonEmptyList(EvidenceSchema),
    provenance: ProvenanceSchema,
    defaultDosage: DosageSchema,
  },
  "wrong-type",
);

/** A validated exercise (defaults filled in: empty lists instead of missing ones). */
/** What an author writes: optional lists may be left out. */
export type ExerciseInput = v.InferInput<typeof ExerciseSchema>;

// The public shapes are interfaces (see types.ts); types.test-d.ts keeps them equal to these schemas.
export type {
  CaptionTrack,
  Chapter,
  Contraindication,
  Cue,
  Equipment,
  Exercise,
  ExerciseLink,
  Media,
  NoContraindications,
  RedFlag,
  TargetMuscle,
  TimeRange,
  VideoSource,
} from "./types";
