// A hand-written twin of `ExerciseSchema` (model/exercise-schema.ts), field by field: the same keys, word lists,
// text limits and URL rule. guard-exercise.test.ts checks it against the schema for every input fast-check draws.
import { LOCALES } from "../i18n/locale";
import { DOI_PATTERN, LICENCE_PATTERN, VIDEO_TYPE_PATTERN } from "../model/patterns";
import { isNoContraindicationsValue } from "../model/text-guards";
import {
  BODY_REGIONS,
  CATEGORIES,
  CONTRAINDICATION_SEVERITIES,
  CUE_KINDS,
  CUE_ROLES,
  DIFFICULTIES,
  EVIDENCE_KINDS,
  GOALS,
  LATERALITIES,
  POSITIONS,
  RED_FLAG_URGENCIES,
} from "../model/vocabulary";
import {
  bool,
  type Check,
  id,
  isoDate,
  list,
  matches,
  num,
  oneOf,
  optional,
  plain,
  strict,
  text,
  url,
  variant,
} from "./checks";
import { isDosageShape } from "./dosage-shape";

const label = text(160);
const body = text();
const locale = oneOf(LOCALES);
const seconds = num(0, 36000);
const nonEmpty = (check: Check) => list(check, 1);
const plainList = optional(list(plain(160)));

const named = { id, name: label };
const link = strict({ exerciseId: id, criteria: body });
const licence = plain(60, LICENCE_PATTERN);

const reference = strict({ citation: plain(600), url: optional(url), doi: optional(matches(DOI_PATTERN)) });

const media = strict({
  sources: nonEmpty(strict({ src: url, type: matches(VIDEO_TYPE_PATTERN) })),
  poster: optional(url),
  captions: nonEmpty(strict({ src: url, lang: locale, label: plain(80) })),
  chapters: optional(list(strict({ start: seconds, title: label }))),
  durationSeconds: optional(seconds),
  transcript: text(20000),
  alt: body,
});

/** Checks per field of an exercise, in content-model order. */
export const EXERCISE_FIELDS: Readonly<Record<string, Check>> = {
  id,
  slug: id,
  language: locale,
  name: label,
  aliases: strict({ "en-GB": plainList, "en-US": plainList, es: plainList }),
  summary: body,
  category: oneOf(CATEGORIES),
  bodyRegions: nonEmpty(oneOf(BODY_REGIONS)),
  targetMuscles: list(strict({ ...named, primary: optional(bool) })),
  equipment: list(strict({ ...named, optional: optional(bool), substitutions: optional(list(strict(named))) })),
  position: oneOf(POSITIONS),
  laterality: oneOf(LATERALITIES),
  difficulty: oneOf(DIFFICULTIES),
  goals: nonEmpty(oneOf(GOALS)),
  startPosition: body,
  steps: nonEmpty(body),
  cues: list(
    strict({
      id: optional(id),
      role: oneOf(CUE_ROLES),
      text: body,
      kind: optional(oneOf(CUE_KINDS)),
      time: optional(strict({ start: seconds, end: seconds })),
    }),
  ),
  commonMistakes: list(body),
  whatYouShouldFeel: body,
  contraindications: optional(
    list(strict({ id, severity: oneOf(CONTRAINDICATION_SEVERITIES), text: body, modification: optional(body) })),
  ),
  noContraindications: optional(isNoContraindicationsValue),
  redFlags: list(strict({ id, urgency: oneOf(RED_FLAG_URGENCIES), text: body, action: body })),
  regressions: list(link),
  progressions: list(link),
  media: optional(media),
  evidence: nonEmpty(
    strict({
      id: optional(id),
      claim: body,
      kind: oneOf(EVIDENCE_KINDS),
      source: plain(300),
      references: optional(list(reference)),
    }),
  ),
  provenance: variant("status", {
    draft: strict({ status: () => true, author: plain(200), licence }),
    reviewed: strict({
      status: () => true,
      author: plain(200),
      reviewer: plain(200),
      reviewedOn: isoDate,
      nextReviewDue: optional(isoDate),
      licence,
    }),
  }),
  defaultDosage: isDosageShape,
};

/** Fields the schema fills in when left out, and with what. */
export const FIELD_DEFAULTS: Readonly<Record<string, () => unknown>> = {
  aliases: () => ({}),
  targetMuscles: () => [],
  equipment: () => [],
  cues: () => [],
  commonMistakes: () => [],
  redFlags: () => [],
  regressions: () => [],
  progressions: () => [],
};

/** Lists inside items that the schema fills with `[]` when left out: a component maps over them unguarded. */
export function withNestedDefaults(field: string, value: unknown): unknown {
  const fill = (key: string) => (item: Record<string, unknown>) =>
    item[key] === undefined ? { ...item, [key]: [] } : item;
  if (field === "equipment") return (value as Array<Record<string, unknown>>).map(fill("substitutions"));
  if (field === "evidence") return (value as Array<Record<string, unknown>>).map(fill("references"));
  return value;
}
